import type { Parser } from '../../pipeline.js';
import { mentionOf, type DateContext, type Resolution } from '../context.js';
import { readCount } from '../read-number.js';
import { resolveOffset, unresolved } from '../resolve.js';
import { isMark, isWord } from '../token-match.js';
import type { DateMention } from '../types.js';

interface Duration {
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
function readDuration(context: DateContext, i: number): Duration | null {
  const { tokens, vocabulary } = context;
  const duration: Duration = { years: 0, months: 0, days: 0, vague: false, finest: 'year', last: -1 };
  let j = i;
  for (;;) {
    const count = readCount(context, j);
    if (!count) break;
    const unit = vocabulary.units.get(tokens[count.last + 1]?.text ?? '');
    if (!unit || tokens[count.last + 1].gap === 'line') break;
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
    if (!nextCount || !vocabulary.units.has(tokens[nextCount.last + 1]?.text ?? '')) break;
    j = k;
  }
  return duration.last === -1 ? null : duration;
}

function resolveDuration(duration: Duration, sign: number, context: DateContext): Resolution {
  if (duration.vague) return unresolved(duration.finest);
  return resolveOffset(sign * duration.years, sign * duration.months, sign * duration.days, context.reference);
}

/**
 * Dates given by an offset: « il y a deux ans », « dans trois mois », « d'ici deux semaines »
 * from the document date; « deux semaines plus tard », « deux mois auparavant » from the narrated
 * events (a date, but its value is null). The precision is the finest unit stated: « il y a deux ans »
 * is a year, not a day.
 */
export const offsetParser: Parser<DateContext, DateMention> = {
  name: 'offset',
  *parse(context) {
    const { tokens } = context;
    for (let i = 0; i < tokens.length; i++) {
      let sign = 0;
      let durationStart = -1;
      if (isWord(tokens, i, 'il') && isWord(tokens, i + 1, 'y') && isWord(tokens, i + 2, 'a')) {
        sign = -1;
        durationStart = i + 3;
      } else if (isWord(tokens, i, 'dans')) {
        sign = 1;
        durationStart = i + 1;
      } else if (isWord(tokens, i, 'd') && isMark(tokens, i + 1, "'") && isWord(tokens, i + 2, 'ici')) {
        sign = 1;
        durationStart = i + 3;
      }
      const duration = readDuration(context, durationStart === -1 ? i : durationStart);
      if (!duration) continue;
      if (sign !== 0) {
        yield mentionOf(context, i, duration.last, resolveDuration(duration, sign, context));
        i = duration.last;
        continue;
      }
      // anaphoric offsets: « deux semaines plus tard », « deux mois auparavant », « trois jours après »
      let last = -1;
      if (isWord(tokens, duration.last + 1, 'plus') && isWord(tokens, duration.last + 2, 'tard', 'tot')) last = duration.last + 2;
      else if (isWord(tokens, duration.last + 1, 'auparavant')) last = duration.last + 1;
      if (last === -1) continue;
      yield mentionOf(context, i, last, unresolved(duration.finest));
      i = last;
    }
  },
};
