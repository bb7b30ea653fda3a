import type { Parser } from '../../pipeline.js';
import { mentionOf, type DateContext, type Resolution } from '../context.js';
import { readDuration, type Duration } from '../read-duration.js';
import { resolveOffset, unresolved } from '../resolve.js';
import { isMark, isWord } from '../token-match.js';
import type { DateMention } from '../types.js';
import { Trigger } from '../triggers.js';

function resolveDuration(duration: Duration, sign: number, context: DateContext): Resolution {
  if (duration.vague) return unresolved(duration.finest);
  return resolveOffset(sign * duration.years, sign * duration.months, sign * duration.days, context.reference);
}

/** The tokens this parser's pattern can start with. */
const STARTS = Trigger.OffsetCue | Trigger.Number | Trigger.Cardinal | Trigger.Vague;

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
    const { bits, flagged } = context.triggers;
    let resume = 0;
    for (let k = 0; k < flagged.length; k++) {
      const i = flagged[k];
      if (i < resume || (bits[i] & STARTS) === 0) continue;
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
      const anaphoric = isWord(tokens, duration.last + 1, 'auparavant') || (isWord(tokens, duration.last + 1, 'plus') && isWord(tokens, duration.last + 2, 'tard', 'tot'));
      if (sign !== 0 && anaphoric) {
        // « d'ici 2 ans et 21 jours plus tard »: « plus tard » counts from the narrated events
        resume = durationStart;
        continue;
      }
      if (sign !== 0) {
        yield mentionOf(context, i, duration.last, resolveDuration(duration, sign, context));
        resume = duration.last + 1;
        continue;
      }
      // anaphoric offsets: « deux semaines plus tard », « deux mois auparavant », « trois jours après »
      let last = -1;
      if (isWord(tokens, duration.last + 1, 'plus') && isWord(tokens, duration.last + 2, 'tard', 'tot')) last = duration.last + 2;
      else if (isWord(tokens, duration.last + 1, 'auparavant')) last = duration.last + 1;
      if (last === -1) continue;
      yield mentionOf(context, i, last, unresolved(duration.finest));
      resume = last + 1;
    }
  },
};
