import { isRealDay } from './calendar.js';
import type { DateContext } from './context.js';
import { MAX_NUMBER_TOKENS, readDayOfMonth, readFullYear, twoDigitYear } from './read-number.js';
import { GAP_NONE, KIND_MARK, KIND_NUMBER, type DateTokens } from './scan-tokens.js';
import { continuesNumber, continuesRight, endsClause, follows, glued, isMark, numberAt } from './token-match.js';
import { hasTrigger, Trigger } from './triggers.js';

/** A written calendar date: day and month, with or without its year. */
export interface CalendarDate {
  readonly day: number;
  readonly month: number;
  readonly year: number | null;
  readonly last: number;
}

/** The month named by the word at i (null otherwise); `dotted` when an abbreviation's dot follows. */
export function readMonthName(context: DateContext, i: number): { month: number; last: number; dottedOnly: boolean } | null {
  const token = follows(context.tokens, i);
  if (!token || token.kind !== 'word') return null;
  const entry = context.vocabulary.months.get(token.text);
  if (!entry) return null;
  const dot = entry.abbreviation && isMark(context.tokens, i + 1, '.') && context.tokens.get(i + 1)!.gap === 'none';
  return { month: entry.month, last: dot ? i + 1 : i, dottedOnly: entry.dottedOnly && !dot };
}

/** A year right after a day and month: « 2021 », « , 2016 », or two digits ending the clause (« 1er avril 78 »). */
function readYearAfter(context: DateContext, i: number): { year: number; last: number } | null {
  const { tokens } = context;
  let j = i;
  if (isMark(tokens, j, ',')) j++;
  const full = readFullYear(context, j);
  if (full) return { year: full.value, last: full.last };
  const token = follows(tokens, j);
  if (token && token.kind === 'number' && token.text.length === 2 && j === i && !continuesRight(tokens, j) && endsClause(tokens, j)) {
    return { year: twoDigitYear(Number.parseInt(token.text, 10)), last: j };
  }
  return null;
}

function numericYear(text: string): number | null {
  if (text.length === 4) return Number.parseInt(text, 10);
  if (text.length === 2) return twoDigitYear(Number.parseInt(text, 10));
  return null;
}

/** A number followed by a mark with no space: the start every numeric date has (« 14/ », « 2015- »), tested before any reading. */
export function startsNumericDate(tokens: DateTokens, i: number): boolean {
  return tokens.kinds[i] === KIND_NUMBER && tokens.kinds[i + 1] === KIND_MARK && tokens.gaps[i + 1] === GAP_NONE;
}

/**
 * Digits: 14/04/2021, 14-04-2021, 13.5.2015, 2015/08/12, 2015-08-12, 21/04/16, 12/08,2015; a day
 * and month alone (22/04) only when `cued` (after « le », a weekday...) or the day cannot be a month.
 * Where the day cannot be a day but the month can (02/22/2016), the American order is read.
 */
export function readNumericDate(context: DateContext, i: number, cued: boolean): CalendarDate | null {
  const { tokens } = context;
  if (!startsNumericDate(tokens, i)) return null;
  const a = tokens.get(i);
  if (!a || a.kind !== 'number' || continuesNumber(tokens, i)) return null;
  const sep = glued(tokens, i + 1);
  const b = glued(tokens, i + 2);
  if (!sep || sep.kind !== 'mark' || !'/-.'.includes(sep.text) || !b || b.kind !== 'number') return null;
  const sep2 = glued(tokens, i + 3);
  const c = glued(tokens, i + 4);
  if (sep2 && sep2.text === sep.text && c && c.kind === 'number') {
    if (continuesRight(tokens, i + 4)) return null;
    let year: number | null;
    let month: number;
    let day: number;
    if (a.text.length === 4) {
      year = Number.parseInt(a.text, 10);
      month = Number.parseInt(b.text, 10);
      day = Number.parseInt(c.text, 10);
    } else {
      year = numericYear(c.text);
      const first = Number.parseInt(a.text, 10);
      const second = Number.parseInt(b.text, 10);
      [day, month] = first <= 12 && second > 12 ? [second, first] : [first, second];
    }
    if (year === null || a.text.length > 4 || b.text.length > 2 || !isRealDay(year, month, day)) return null;
    return { day, month, year, last: i + 4 };
  }
  if (sep.text !== '/' || a.text.length > 2 || b.text.length > 2) return null;
  const day = Number.parseInt(a.text, 10);
  const month = Number.parseInt(b.text, 10);
  if (!isRealDay(2000, month, day)) return null;
  // « 12/08, 2015 » and « 12/08,2015 »
  if (isMark(tokens, i + 3, ',') && tokens.get(i + 3)!.gap === 'none') {
    const yearToken = follows(tokens, i + 4);
    const year = yearToken && yearToken.kind === 'number' && !continuesRight(tokens, i + 4) ? numericYear(yearToken.text) : null;
    if (year !== null && isRealDay(year, month, day)) return { day, month, year, last: i + 4 };
  }
  if (continuesRight(tokens, i + 2)) return null;
  // « 24/7 » is round-the-clock, and a small fraction or score is no date
  if ((day === 24 && month === 7) || !(cued || day > 12)) return null;
  return { day, month, year: null, last: i + 2 };
}

/**
 * Words: « 14 avril 2021 », « 1er mai », « premier janvier », « 22-avril », « 1 sep. 2019 »,
 * « 12 Janvier, 2018 »; and the month first: « Oct. 2 », « Jan-1 », « Jan/1 ».
 */
export function readWrittenDate(context: DateContext, i: number): CalendarDate | null {
  const { tokens } = context;
  // the month name comes first, or after the day and a dash
  if (!hasTrigger(context.triggers, Trigger.Month, i, i + MAX_NUMBER_TOKENS + 1)) return null;
  const day = readDayOfMonth(context, i);
  if (day) {
    let j = day.last + 1;
    if (isMark(tokens, j, '-') && tokens.get(j)!.gap === 'none') j++;
    const month = readMonthName(context, j);
    if (!month) return null;
    const year = readYearAfter(context, month.last + 1);
    if (month.dottedOnly && !year) return null;
    const yearValue = year ? year.year : null;
    if (!isRealDay(yearValue ?? 2000, month.month, day.value)) return null;
    return { day: day.value, month: month.month, year: yearValue, last: year ? year.last : month.last };
  }
  const month = readMonthName(context, i);
  if (!month) return null;
  const sep = glued(tokens, month.last === i ? i + 1 : month.last + 1);
  let j: number;
  if (month.last > i) j = month.last + 1; // « Oct. 2 »
  else if (sep && (sep.text === '-' || sep.text === '/')) j = i + 2; // « Jan-1 », « Jan/1 »
  else return null;
  const value = numberAt(tokens, j);
  if (value === null || tokens.get(j)!.text.length > 2 || continuesRight(tokens, j) || !isRealDay(2000, month.month, value)) return null;
  const year = readYearAfter(context, j + 1);
  return { day: value, month: month.month, year: year ? year.year : null, last: year ? year.last : j };
}
