import type { DateContext } from './context.js';
import { mayBeCount, readCount } from './read-number.js';
import { isMark, isWord } from './token-match.js';

export interface Duration {
  years: number;
  months: number;
  days: number;
  vague: boolean;
  finest: 'day' | 'month' | 'year';
  last: number;
}

/**
 * « deux ans », « un mois et vingt-et-un jours », « 2 ans, 3 mois et 21 jours », « quelques mois ».
 * Hours and minutes are not calendar units: « il y a dix minutes » is no date.
 */
export function readDuration(context: DateContext, i: number): Duration | null {
  // most numbers and « un » are no count: no unit follows them
  if (!mayBeCount(context, i)) return null;
  const { tokens, vocabulary } = context;
  const duration: Duration = { years: 0, months: 0, days: 0, vague: false, finest: 'year', last: -1 };
  let j = i;
  for (;;) {
    const count = readCount(context, j);
    if (!count) break;
    const unit = vocabulary.units.get(tokens.get(count.last + 1)?.text ?? '');
    if (!unit || tokens.get(count.last + 1)!.gap === 'line') break;
    const n = count.value;
    if (Number.isNaN(n)) duration.vague = true;
    else if (unit === 'year') duration.years += n;
    else if (unit === 'month') duration.months += n;
    else duration.days += unit === 'week' ? 7 * n : n;
    if (unit === 'day' || unit === 'week') duration.finest = 'day';
    else if (unit === 'month' && duration.finest === 'year') duration.finest = 'month';
    duration.last = count.last + 1;
    // « ouvrés », « de travail »: working days are not calendar days; the offset is left unresolved
    if (isWord(tokens, duration.last + 1, 'ouvres', 'ouvrables')) {
      duration.vague = true;
      duration.last += 1;
    } else if (isWord(tokens, duration.last + 1, 'de') && isWord(tokens, duration.last + 2, 'travail')) {
      duration.vague = true;
      duration.last += 2;
    }
    // joined by « , », « et », « plus », « plus d' »
    let k = duration.last + 1;
    if (isMark(tokens, k, ',')) k++;
    else if (isWord(tokens, k, 'et')) k++;
    else if (isWord(tokens, k, 'plus')) {
      k++;
      if (isWord(tokens, k, 'de')) k++;
      else if (isWord(tokens, k, 'd') && isMark(tokens, k + 1, "'")) k += 2;
    } else break;
    const nextCount = readCount(context, k);
    if (!nextCount || !vocabulary.units.has(tokens.get(nextCount.last + 1)?.text ?? '')) break;
    j = k;
  }
  return duration.last === -1 ? null : duration;
}

