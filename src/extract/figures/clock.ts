import type { FigureContext } from './context.js';
import { isPunct, isWord, skipSpace, skipSpaceBack } from './cursor.js';

// Hours written as on a clock (« 14 h 30 », « 1h30 », « 20:00 »): a time of day, which is no
// figure, or a duration (« livré en 1h30 »), which is one.

/** Words before an hour that make it a time of day (« à 9 h », « vers 10 h », « dès 6 h », « jusqu'à 22 h »), folded. */
const timeBefore = new Set(['a', 'vers', 'des', 'avant', 'apres']);
/** Words before an hour that make it a duration (« en 1h30 », « pendant 2 h »), folded. */
const durationBefore = new Set(['en', 'pendant', 'durant', 'environ', 'moins', 'plus', 'que']);
const hourWords = new Set(['h', 'heure', 'heures']);

/** Two digits of minutes at lexeme k. */
function minutesAt(ctx: FigureContext, k: number): boolean {
  const l = ctx.lexemes[k];
  return l !== undefined && l.kind === 'digits' && l.end - l.start === 2 && Number(l.norm) < 60;
}

/**
 * The lexeme after an hour written as on a clock from digits at i, or 0: « 14h30 », « 14 h 30 »,
 * « 20:00 », « 9 h », « 9 heures » (at most 24).
 */
export function clockEnd(ctx: FigureContext, i: number): number {
  const lex = ctx.lexemes;
  if (lex[i].end - lex[i].start > 2 || Number(lex[i].norm) > 24) return 0;
  if (isPunct(ctx, i + 1, ':')) return minutesAt(ctx, i + 2) ? i + 3 : 0;
  const h = skipSpace(ctx, i + 1);
  if (h < 0 || lex[h].kind !== 'word' || !hourWords.has(lex[h].norm)) return 0;
  if (lex[h].norm === 'h') {
    const m = skipSpace(ctx, h + 1);
    if (m > 0 && minutesAt(ctx, m) && !(lex[m + 1]?.kind === 'word')) return m + 1;
  }
  return h + 1;
}

/** Whether « à » and another hour follow lexeme `end` (« de 9 h à 18 h »). */
function hourFollows(ctx: FigureContext, end: number): boolean {
  const to = skipSpace(ctx, end);
  if (to < 0 || !isWord(ctx, to, 'a')) return false;
  const k = skipSpace(ctx, to + 1);
  return k > 0 && ctx.lexemes[k].kind === 'digits' && clockEnd(ctx, k) > 0;
}

/**
 * Whether the hour at lexemes [i, end) is a time of day: after « à », « vers », « dès », « avant »,
 * « après », « à partir de », or opening a range « de 9 h à 18 h »; with its minutes, unless a
 * duration is announced (« en 2 h 30 », « pendant 1h30 », « un trajet de 2 h 30 »).
 */
export function isTimeOfDay(ctx: FigureContext, i: number, end: number): boolean {
  const lex = ctx.lexemes;
  const before = skipSpaceBack(ctx, i - 1);
  const word = before >= 0 && lex[before].kind === 'word' ? lex[before].norm : '';
  if (timeBefore.has(word) || (word === 'de' && isWord(ctx, skipSpaceBack(ctx, before - 1), 'partir'))) return true;
  if ((word === 'de' || word === 'entre') && hourFollows(ctx, end)) return true;
  const withMinutes = end - i >= 3 && (isPunct(ctx, i + 1, ':') || lex[end - 1].kind === 'digits');
  return withMinutes && !durationBefore.has(word) && word !== 'de';
}
