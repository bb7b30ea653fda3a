import type { Refiner } from '../../pipeline.js';
import { countBefore } from '../../../document/sorted-search.js';
import { dayNumber, formatMonth, isoWeekday, isRealDay, pad2 } from '../calendar.js';
import type { DateContext } from '../context.js';
import { KIND_NUMBER, KIND_WORD } from '../scan-tokens.js';
import { isMark, isWord } from '../token-match.js';
import type { DateMention } from '../types.js';

/** Words that join two dates of one range or list (« entre mars et mai 2023 », « du 3 mars au 5 avril 2024 », « de janvier à mars »). */
const JOINERS = ['et', 'au', 'a', 'ou'];

/** The index of the first token starting at or after `offset`. */
function tokenAt(context: DateContext, offset: number): number {
  const { tokens } = context;
  return countBefore(tokens.length, (k) => tokens.starts[k] < offset);
}

/**
 * The tokens from..to (inclusive) are only a joiner, maybe after a comma and before an article:
 * « et », « à », « au », « , », « - » (glued), « et le », « , et ». No line break among them.
 */
function onlyJoiner(context: DateContext, from: number, to: number): boolean {
  const { tokens } = context;
  let k = from;
  if (k <= to && isMark(tokens, k, ',')) k++;
  if (k === to + 1) return from === to; // a comma alone (« janvier, février et mars 2024 »)
  if (isMark(tokens, k, '-')) return k === to && tokens.gaps[k] === 0 && tokens.gaps[k + 1] === 0;
  if (!isWord(tokens, k, ...JOINERS)) return false;
  k++;
  if (k <= to && isWord(tokens, k, 'le')) k++;
  return k === to + 1;
}

/** The month written as a name among the tokens from..to (0: none), the weekday written there, and whether a day is written in digits. */
function writtenMonth(context: DateContext, from: number, to: number): { month: number; weekday: number | null; day: boolean } {
  const { tokens, vocabulary } = context;
  let month = 0;
  let weekday: number | null = null;
  let day = false;
  for (let k = from; k <= to; k++) {
    if (tokens.kinds[k] === KIND_NUMBER) day = true;
    if (tokens.kinds[k] !== KIND_WORD) continue;
    const text = tokens.get(k)!.text;
    month = vocabulary.months.get(text)?.month ?? month;
    weekday = vocabulary.weekdays.get(text) ?? weekday;
  }
  return { month, weekday, day };
}

/**
 * The value of `left`, a date whose year (or month) came from the document date, read in the
 * frame of `right`, a later date of the same range or list that writes its year: null when it
 * cannot be told.
 */
function valueInFrameOf(context: DateContext, left: DateMention, leftTokens: [number, number], right: DateMention): string | null {
  const { month, weekday, day: dayWritten } = writtenMonth(context, leftTokens[0], leftTokens[1]);
  const year = Number.parseInt(right.value!.slice(0, 4), 10);
  const rightMonth = Number.parseInt(right.value!.slice(5, 7), 10);
  const rightDay = right.precision === 'day' ? Number.parseInt(right.value!.slice(8, 10), 10) : 32;
  if (left.precision === 'month') {
    if (month === 0) return null;
    // the range runs forward: a later month is of the year before (« entre décembre et février 2024 »)
    return formatMonth(month > rightMonth ? year - 1 : year, month);
  }
  const day = Number.parseInt(left.value!.slice(8, 10), 10);
  let leftYear = year;
  let leftMonth = month;
  if (month === 0) {
    // a day without its month (« le mardi 3 et le mercredi 4 mars 2020 ») is of the later date's month, before it
    if (!dayWritten || right.precision !== 'day' || day >= rightDay) return null;
    leftMonth = rightMonth;
  } else if (month > rightMonth || (month === rightMonth && day >= rightDay)) leftYear--;
  if (!isRealDay(leftYear, leftMonth, day)) return null;
  if (weekday !== null && isoWeekday(dayNumber(leftYear, leftMonth, day)) !== weekday) return null;
  return `${leftYear}-${pad2(leftMonth)}-${pad2(day)}`;
}

/**
 * A date whose year came from the document date, joined to a later one that writes its year,
 * takes that year: « entre mars et mai 2023 », « du 28 novembre au 2 décembre 2023 », « le mardi 3
 * et le mercredi 4 mars 2020 ». The first is read in the frame of the second, as a reader does;
 * the document date gave it a year the text contradicts. Read right to left, so a list takes the
 * year of its last date (« en janvier, février et mars 2024 »).
 */
export const yearFromCoordinatedDate: Refiner<DateContext, DateMention> = {
  name: 'year-from-coordinated-date',
  refine(mentions, context) {
    const sorted = [...mentions].sort((a, b) => a.start - b.start);
    let changed = false;
    for (let n = sorted.length - 2; n >= 0; n--) {
      const left = sorted[n];
      const right = sorted[n + 1];
      if (!left.relative || left.value === null || (left.precision !== 'day' && left.precision !== 'month')) continue;
      if (right.relative || right.value === null || (right.precision !== 'day' && right.precision !== 'month')) continue;
      const leftTokens: [number, number] = [tokenAt(context, left.start), tokenAt(context, left.end) - 1];
      // « le 15 mars dernier » is told from the document date in words
      if (isWord(context.tokens, leftTokens[1], 'dernier', 'derniere', 'prochain', 'prochaine')) continue;
      if (!onlyJoiner(context, leftTokens[1] + 1, tokenAt(context, right.start) - 1)) continue;
      const value = valueInFrameOf(context, left, leftTokens, right);
      if (value === null) continue;
      sorted[n] = { ...left, value, relative: false };
      changed = true;
    }
    return changed ? sorted : mentions;
  },
};
