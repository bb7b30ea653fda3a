import type { Parser } from '../../pipeline.js';
import { formatMonth } from '../calendar.js';
import { mentionOf, type DateContext } from '../context.js';
import { readMonthName } from '../read-calendar-date.js';
import { readFullYear } from '../read-number.js';
import { absolute, resolveMonth } from '../resolve.js';
import { continuesNumber, continuesRight, glued, isMark, isWord } from '../token-match.js';
import type { DateMention } from '../types.js';
import { yearCueStart } from './year-cue.js';
import { Trigger } from '../triggers.js';

/** The tokens this parser's pattern can start with. */
const STARTS = Trigger.Number | Trigger.Month;

/**
 * A month: with its year (« mars 2020 », « fin avril 2021 », « 04/2021 ») or after a cue that makes
 * the word a date (« en mars », « début juin », « au mois de mai »), the year then coming from the document date.
 * A month name alone is left out: « mars » is also a planet and « mai » a name.
 */
export const monthParser: Parser<DateContext, DateMention> = {
  name: 'month',
  *parse(context) {
    const { tokens, reference } = context;
    const { bits, flagged } = context.triggers;
    let resume = 0;
    for (let k = 0; k < flagged.length; k++) {
      const i = flagged[k];
      if (i < resume || (bits[i] & STARTS) === 0) continue;
      const token = tokens.get(i)!;
      if (token.kind === 'number' && token.text.length <= 2 && !continuesNumber(tokens, i) && isMark(tokens, i + 1, '/') && glued(tokens, i + 1)) {
        // « 04/2021 »
        const yearToken = glued(tokens, i + 2);
        const year = yearToken?.kind === 'number' && yearToken.text.length === 4 ? Number.parseInt(yearToken.text, 10) : 0;
        const month = Number.parseInt(token.text, 10);
        if (year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && !continuesRight(tokens, i + 2)) {
          yield mentionOf(context, i, i + 2, absolute(formatMonth(year, month), 'month'));
          resume = i + 3;
        }
        continue;
      }
      const month = readMonthName(context, i);
      if (!month) continue;
      // a number just before the month was refused as its day (« 107,31 août 2019 »): not a month either
      if (tokens.get(i - 1)?.kind === 'number' && tokens.get(i)!.gap !== 'line') continue;
      let start = yearCueStart(context, i);
      if (start === -1 && isWord(tokens, i - 1, 'de') && isWord(tokens, i - 2, 'mois')) start = i;
      if (start === -1 && isMark(tokens, i - 1, "'") && isWord(tokens, i - 2, 'd') && isWord(tokens, i - 3, 'mois')) start = i;
      const year = readFullYear(context, month.last + 1);
      if (year) {
        yield mentionOf(context, start === -1 ? i : start, year.last, absolute(formatMonth(year.value, month.month), 'month'));
        resume = year.last + 1;
        continue;
      }
      if (start === -1 || month.dottedOnly) continue;
      yield mentionOf(context, start, month.last, resolveMonth(month.month, reference));
      resume = month.last + 1;
    }
  },
};
