import type { Refiner } from '../../pipeline.js';
import { countBefore } from '../../../document/sorted-search.js';
import type { DateContext } from '../context.js';
import { isMarkBefore, isWordBefore } from '../token-match.js';
import type { DateMention } from '../types.js';

/** Words between two days of one month (« les 16 et 17 juillet », « du 16 au 18 juillet », « les 3, 4 et 5 mai »). */
const DAY_JOINERS = ['et', 'au', 'a', 'ou'];

/** The day written as a number at token i, if it is one (1–31, one or two digits). */
function dayAt(context: DateContext, i: number): number | null {
  const token = context.tokens.get(i);
  if (token === undefined || token.kind !== 'number' || token.text.length > 2) return null;
  const day = Number.parseInt(token.text, 10);
  return day >= 1 && day <= 31 ? day : null;
}

/** The first day written « 1er » (« 1re ») ending at token i: the token of its digit, or -1. */
function firstDayEndingAt(context: DateContext, i: number): number {
  const { tokens } = context;
  const suffix = tokens.get(i);
  if (suffix === undefined || suffix.kind !== 'word' || suffix.gap !== 'none' || !FIRST_SUFFIXES.has(suffix.text)) return -1;
  return dayAt(context, i - 1) === 1 ? i - 1 : -1;
}

const FIRST_SUFFIXES = new Set(['er', 're', 'ere']);

/**
 * The days written before a full date of the same month and joined to it (« les 16 et 17
 * juillet », « du 16 au 18 juillet 2024 », « les 3, 4 et 5 mai », « entre le 2 et le 5 mars »,
 * « du 1er au 3 mars »):
 * each is a date of that month, earlier than the next. Without them the first days were read
 * as counts.
 */
export const addCoordinatedDays: Refiner<DateContext, DateMention> = {
  name: 'add-coordinated-days',
  refine(mentions, context) {
    const { tokens } = context;
    const added: DateMention[] = [];
    for (const mention of mentions) {
      // a date with no year to resolve it (no document date) still makes its coordinated days dates
      if (mention.precision !== 'day') continue;
      let next = countBefore(tokens.length, (k) => tokens.starts[k] < mention.start);
      let nextDay = dayAt(context, next);
      if (nextDay === null) continue;
      for (;;) {
        // « et », « au », « , », each maybe followed by « le »
        let k = next - 1;
        if (isWordBefore(tokens, k, 'le')) k--;
        if (!(isWordBefore(tokens, k, ...DAY_JOINERS) || isMarkBefore(tokens, k, ',-'))) break;
        k--;
        // « du 1er au 3 mars »: the first day with its ordinal suffix
        const first = firstDayEndingAt(context, k);
        const end = k;
        if (first >= 0) k = first;
        const day = dayAt(context, k);
        if (day === null || day >= nextDay || tokens.get(end + 1)?.gap === 'line') break;
        const iso = mention.value === null ? null : `${mention.value.slice(0, 8)}${String(day).padStart(2, '0')}`;
        added.push({ start: tokens.starts[k], end: tokens.ends[end], value: iso, precision: 'day', relative: mention.relative });
        next = k;
        nextDay = day;
      }
    }
    if (added.length === 0) return mentions;
    // the mentions are disjoint and sorted: the one that could overlap a day is the last to start before its end
    const sorted = [...mentions].sort((a, b) => a.start - b.start);
    const free = added.filter((day) => {
      const k = countBefore(sorted.length, (n) => sorted[n].start < day.end) - 1;
      return k < 0 || sorted[k].end <= day.start;
    });
    return [...sorted, ...free].sort((a, b) => a.start - b.start);
  },
};
