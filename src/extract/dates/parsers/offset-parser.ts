import type { DateContext, Resolution } from '../context.js';
import { readDuration, type Duration } from '../read-duration.js';
import { resolveOffset, unresolved } from '../resolve.js';
import { isMarkBefore, isWord, isWordBefore } from '../token-match.js';
import { triggeredParser, type Reading } from '../triggered-parser.js';
import { Trigger } from '../triggers.js';

function resolveDuration(duration: Duration, sign: number, context: DateContext): Resolution {
  if (duration.vague) return unresolved(duration.finest);
  return resolveOffset(sign * duration.years, sign * duration.months, sign * duration.days, context.reference);
}

/**
 * Read at « y » of « il y a » and at « ici » of « d'ici » (rarer words than « il » and « d »), at
 * « dans », and at the count of an offset.
 */
function readOffset(context: DateContext, i: number): Reading | null {
  const { tokens } = context;
  let first = i;
  let sign = 0;
  let durationStart = -1;
  if (isWordBefore(tokens, i - 1, 'il') && isWord(tokens, i, 'y') && isWord(tokens, i + 1, 'a')) {
    first = i - 1;
    sign = -1;
    durationStart = i + 2;
  } else if (isWord(tokens, i, 'dans')) {
    sign = 1;
    durationStart = i + 1;
  } else if (isWordBefore(tokens, i - 2, 'd') && isMarkBefore(tokens, i - 1, "'") && isWord(tokens, i, 'ici')) {
    first = i - 2;
    sign = 1;
    durationStart = i + 1;
  }
  const duration = readDuration(context, durationStart === -1 ? i : durationStart);
  if (!duration) return null;
  const anaphoric = isWord(tokens, duration.last + 1, 'auparavant') || (isWord(tokens, duration.last + 1, 'plus') && isWord(tokens, duration.last + 2, 'tard', 'tot'));
  // « d'ici 2 ans et 21 jours plus tard »: « plus tard » counts from the narrated events; the
  // duration is read again from its own first token, as an anaphoric offset
  if (sign !== 0 && anaphoric) return null;
  if (sign !== 0) return { first, last: duration.last, resolution: resolveDuration(duration, sign, context) };
  // anaphoric offsets: « deux semaines plus tard », « deux mois auparavant », « trois jours après »
  let last = -1;
  if (isWord(tokens, duration.last + 1, 'plus') && isWord(tokens, duration.last + 2, 'tard', 'tot')) last = duration.last + 2;
  else if (isWord(tokens, duration.last + 1, 'auparavant')) last = duration.last + 1;
  if (last === -1) return null;
  return { first: i, last, resolution: unresolved(duration.finest) };
}

/**
 * Dates given by an offset: « il y a deux ans », « dans trois mois », « d'ici deux semaines »
 * from the document date; « deux semaines plus tard », « deux mois auparavant » from the narrated
 * events (a date, but its value is null). The precision is the finest unit stated: « il y a deux ans »
 * is a year, not a day.
 */
export const offsetParser = triggeredParser('offset', Trigger.OffsetCue | Trigger.Number | Trigger.Cardinal | Trigger.Vague, readOffset);
