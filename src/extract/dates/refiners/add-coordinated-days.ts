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

/**
 * The days written before a full date of the same month and joined to it (« les 16 et 17
 * juillet », « du 16 au 18 juillet 2024 », « les 3, 4 et 5 mai », « entre le 2 et le 5 mars »):
 * each is a date of that month, earlier than the next. Without them the first days were read
 * as counts.
 */
export const addCoordinatedDays: Refiner<DateContext, DateMention> = {
  name: 'add-coordinated-days',
  refine(mentions, context) {
    const { tokens } = context;
    const added: DateMention[] = [];
    for (const mention of mentions) {
      if (mention.precision !== 'day' || mention.value === null) continue;
      let next = countBefore(tokens.length, (k) => tokens.starts[k] < mention.start);
      let nextDay = dayAt(context, next);
      if (nextDay === null) continue;
      for (;;) {
        // « et », « au », « , », each maybe followed by « le »
        let k = next - 1;
        if (isWordBefore(tokens, k, 'le')) k--;
        if (!(isWordBefore(tokens, k, ...DAY_JOINERS) || isMarkBefore(tokens, k, ',-'))) break;
        k--;
        const day = dayAt(context, k);
        if (day === null || day >= nextDay || tokens.get(k + 1)?.gap === 'line') break;
        const iso = `${mention.value.slice(0, 8)}${String(day).padStart(2, '0')}`;
        added.push({ start: tokens.starts[k], end: tokens.ends[k], value: iso, precision: 'day', relative: mention.relative });
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
