import type { Parser } from '../../pipeline.js';
import { mentionOf, type DateContext } from '../context.js';
import { readNumericDate, readWrittenDate } from '../read-calendar-date.js';
import { readDayOfMonth } from '../read-number.js';
import { resolveDayOfMonth } from '../resolve.js';
import { follows, isMark, isWord } from '../token-match.js';
import type { DateMention } from '../types.js';
import { resolveCalendarDate } from './calendar-date-parser.js';
import { Trigger } from '../triggers.js';

/** Words that make a number after a weekday a time of day (« vendredi 22 heures »). */
const TIME_WORDS = new Set(['h', 'heure', 'heures', 'minutes', 'min']);

/** The tokens this parser's pattern can start with. */
const STARTS = Trigger.Weekday | Trigger.WeekdayAbbreviation;

/**
 * A weekday with its date: « samedi 30 janvier », « jeudi 12 septembre », « lundi, 22 janvier 2018 »,
 * « ce vendredi (15/06) », « vendredi, le 15 », « samedi 23 ». The weekday picks the year (or month)
 * when the date leaves it open.
 */
export const weekdayDateParser: Parser<DateContext, DateMention> = {
  name: 'weekday-date',
  *parse(context) {
    const { tokens, vocabulary } = context;
    const { bits, flagged } = context.triggers;
    let resume = 0;
    for (let k = 0; k < flagged.length; k++) {
      const i = flagged[k];
      if (i < resume || (bits[i] & STARTS) === 0) continue;
      const abbreviation = vocabulary.weekdayAbbreviations.get(tokens.get(i)!.text);
      const weekday = vocabulary.weekdays.get(tokens.get(i)!.text) ?? abbreviation;
      if (weekday === undefined || tokens.get(i)!.kind !== 'word') continue;
      const first = isWord(tokens, i - 1, 'ce', 'cette') && tokens.get(i)!.gap !== 'line' ? i - 1 : i;
      let j = i + 1;
      if (abbreviation !== undefined && isMark(tokens, j, '.') && tokens.get(j)!.gap === 'none') j++;
      if (isMark(tokens, j, ',')) j++;
      if (isWord(tokens, j, 'le')) j++;
      const open = isMark(tokens, j, '(');
      if (open) j++;
      const date = readNumericDate(context, j, true) ?? readWrittenDate(context, j);
      if (date) {
        const last = open && isMark(tokens, date.last + 1, ')') ? date.last + 1 : date.last;
        if (open && last === date.last) continue;
        yield mentionOf(context, first, last, resolveCalendarDate(date, weekday, context));
        resume = last + 1;
        continue;
      }
      if (open || abbreviation !== undefined) continue;
      const day = readDayOfMonth(context, j);
      if (!day) continue;
      const after = follows(tokens, day.last + 1);
      if (after && (TIME_WORDS.has(after.text) || after.kind === 'number' || after.text === '%')) continue;
      yield mentionOf(context, first, day.last, resolveDayOfMonth(day.value, weekday, context.reference));
      resume = day.last + 1;
    }
  },
};
