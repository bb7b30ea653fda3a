import { formatMonth } from '../calendar.js';
import type { DateContext } from '../context.js';
import { readMonthName } from '../read-calendar-date.js';
import { readFullYear } from '../read-number.js';
import { absolute, resolveMonth } from '../resolve.js';
import { statedTense, tenseAround } from '../sentence-tense.js';
import { continuesNumber, continuesRight, glued, isMark, isMarkBefore, isWordBefore } from '../token-match.js';
import { yearCueStart } from './year-cue.js';
import { triggeredParser, type Reading } from '../triggered-parser.js';
import { Trigger } from '../triggers.js';

/** « 04/2021 » */
function readNumericMonth(context: DateContext, i: number): Reading | null {
  const { tokens } = context;
  const yearToken = glued(tokens, i + 2);
  const year = yearToken?.kind === 'number' && yearToken.text.length === 4 ? Number.parseInt(yearToken.text, 10) : 0;
  const month = Number.parseInt(tokens.get(i)!.text, 10);
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || continuesRight(tokens, i + 2)) return null;
  return { first: i, last: i + 2, resolution: absolute(formatMonth(year, month), 'month') };
}

function readMonth(context: DateContext, i: number): Reading | null {
  const { tokens, reference } = context;
  const token = tokens.get(i)!;
  if (token.kind === 'number' && token.text.length <= 2 && !continuesNumber(tokens, i) && isMark(tokens, i + 1, '/') && glued(tokens, i + 1)) {
    return readNumericMonth(context, i);
  }
  const month = readMonthName(context, i);
  if (!month) return null;
  // a number just before the month was refused as its day (« 107,31 août 2019 »): not a month either
  if (tokens.get(i - 1)?.kind === 'number' && tokens.get(i)!.gap !== 'line') return null;
  let start = yearCueStart(context, i);
  if (start === -1 && isWordBefore(tokens, i - 1, 'de') && isWordBefore(tokens, i - 2, 'mois')) start = i;
  if (start === -1 && isMarkBefore(tokens, i - 1, "'") && isWordBefore(tokens, i - 2, 'd') && isWordBefore(tokens, i - 3, 'mois')) start = i;
  const year = readFullYear(context, month.last + 1);
  if (year) return { first: start === -1 ? i : start, last: year.last, resolution: absolute(formatMonth(year.value, month.month), 'month') };
  if (start === -1 || month.dottedOnly) return null;
  const stated = statedTense(tokens, month.last);
  const tense = stated ? stated.tense : tenseAround(context.text, tokens, i);
  return { first: start, last: stated ? stated.last : month.last, resolution: resolveMonth(month.month, reference, tense) };
}

/**
 * A month: with its year (« mars 2020 », « fin avril 2021 », « 04/2021 ») or after a cue that makes
 * the word a date (« en mars », « début juin », « au mois de mai »), the year then coming from the document date.
 * A month name alone is left out: « mars » is also a planet and « mai » a name.
 */
export const monthParser = triggeredParser('month', Trigger.Number | Trigger.Month, readMonth);
