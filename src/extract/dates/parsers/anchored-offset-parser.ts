import { isoWeekday } from '../calendar.js';
import type { DateContext, Resolution } from '../context.js';
import { readDuration } from '../read-duration.js';
import { mayBeCount, readCount } from '../read-number.js';
import { resolveFromDay, resolveOffset, unresolved } from '../resolve.js';
import { glued, isMark, isWord } from '../token-match.js';
import { triggeredParser, type Reading } from '../triggered-parser.js';
import { Trigger } from '../triggers.js';

/**
 * The day an anchor word names, as an offset from the document date, and its last token:
 * « aujourd'hui », « maintenant » 0, « demain » 1, « hier » -1; « lendemain » is counted from the
 * narrated events (null).
 */
function readAnchor(context: DateContext, i: number): { offset: number | null; last: number } | null {
  const { tokens } = context;
  if (isWord(tokens, i, 'aujourd') && isMark(tokens, i + 1, "'") && glued(tokens, i + 2)?.text === 'hui') return { offset: 0, last: i + 2 };
  if (isWord(tokens, i, 'maintenant')) return { offset: 0, last: i };
  if (isWord(tokens, i, 'demain')) return { offset: 1, last: i };
  if (isWord(tokens, i, 'hier')) return { offset: -1, last: i };
  if (isWord(tokens, i, 'lendemain')) return { offset: null, last: i };
  return null;
}

/** « à partir de », « à partir d' », « après », « avant »: the direction, and where the anchor starts. */
function readLink(context: DateContext, i: number): { sign: number; next: number } | null {
  const { tokens } = context;
  if (isWord(tokens, i, 'apres')) return { sign: 1, next: i + 1 };
  if (isWord(tokens, i, 'avant')) return { sign: -1, next: i + 1 };
  if (isWord(tokens, i, 'a') && isWord(tokens, i + 1, 'partir')) {
    if (isWord(tokens, i + 2, 'de')) return { sign: 1, next: i + 3 };
    if (isWord(tokens, i + 2, 'd') && isMark(tokens, i + 3, "'")) return { sign: 1, next: i + 4 };
  }
  return null;
}

/** « deux dimanches à partir de maintenant », « après deux lundis », « deux lundis plus tard ». */
function readCountedWeekdays(context: DateContext, i: number): Reading | null {
  const { tokens, vocabulary, reference } = context;
  const leadingApres = isWord(tokens, i, 'apres') ? 1 : 0;
  if (!mayBeCount(context, i + leadingApres)) return null;
  const count = readCount(context, i + leadingApres);
  if (!count || Number.isNaN(count.value) || count.value <= 0 || count.value >= 10) return null;
  const dayWord = tokens.get(count.last + 1)?.text ?? '';
  const weekday = vocabulary.weekdays.get(dayWord.endsWith('s') ? dayWord.slice(0, -1) : dayWord);
  if (weekday === undefined || tokens.get(count.last + 1)!.gap === 'line') return null;
  let last = -1;
  const link = readLink(context, count.last + 2);
  const anchor = link && link.sign === 1 ? readAnchor(context, link.next) : null;
  if (leadingApres) last = count.last + 1;
  else if (anchor && anchor.offset === 0) last = anchor.last;
  else if (isWord(tokens, count.last + 2, 'plus') && isWord(tokens, count.last + 3, 'tard')) last = count.last + 3;
  if (last === -1) return null;
  const n = count.value;
  const toDay = (today: number) => today + ((weekday - isoWeekday(today) + 7) % 7 || 7) + 7 * (n - 1);
  return { first: i, last, resolution: resolveFromDay(toDay, 7 * n, reference) };
}

/** « deux jours après aujourd'hui », « trois semaines à partir de demain », « deux jours avant hier ». */
function readAnchoredOffset(context: DateContext, i: number): Reading | null {
  const duration = readDuration(context, i);
  if (!duration) return null;
  const link = readLink(context, duration.last + 1);
  const anchor = link ? readAnchor(context, link.next) : null;
  if (!link || !anchor) return null;
  let resolution: Resolution;
  if (anchor.offset === null || duration.vague) resolution = unresolved(duration.finest);
  else {
    const sign = link.sign;
    resolution = resolveOffset(sign * duration.years, sign * duration.months, sign * duration.days + anchor.offset, context.reference);
  }
  return { first: i, last: anchor.last, resolution };
}

/**
 * Offsets from a named day: « deux jours après aujourd'hui », « trois semaines à partir de demain »,
 * « deux jours avant hier »; and counted weekdays: « deux dimanches à partir de maintenant »,
 * « après deux lundis », « deux lundis plus tard » (the N-th such day after the document date).
 */
export const anchoredOffsetParser = triggeredParser(
  'anchored-offset',
  Trigger.After | Trigger.Number | Trigger.Cardinal | Trigger.Vague,
  (context, i) => readCountedWeekdays(context, i) ?? readAnchoredOffset(context, i),
);
