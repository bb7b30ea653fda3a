import type { FigureContext } from './context.js';
import type { Lexeme } from './lexemes.js';

/** Small moves over the lexemes that every parser and refiner makes. */

/** Index of the first lexeme at or after i that is not a blank on the same line, or -1. */
export function skipSpace(ctx: FigureContext, i: number): number {
  const lex = ctx.lexemes;
  while (i < lex.length && lex[i].kind === 'space') i++;
  return i < lex.length ? i : -1;
}

/** Index of the last lexeme at or before i that is not a blank on the same line, or -1. */
export function skipSpaceBack(ctx: FigureContext, i: number): number {
  const lex = ctx.lexemes;
  while (i >= 0 && lex[i].kind === 'space') i--;
  return i;
}

/**
 * Lexeme i, or undefined outside the array: the tests below are asked about the lexeme before
 * the first or after the last, and an array read out of bounds deoptimises their callers.
 */
function lexemeAt(ctx: FigureContext, i: number): Lexeme | undefined {
  const lex = ctx.lexemes;
  return i >= 0 && i < lex.length ? lex[i] : undefined;
}

export function isWord(ctx: FigureContext, i: number, norm?: string): boolean {
  const l = lexemeAt(ctx, i);
  return l !== undefined && l.kind === 'word' && (norm === undefined || l.norm === norm);
}

export function isPunct(ctx: FigureContext, i: number, norm: string): boolean {
  const l = lexemeAt(ctx, i);
  return l !== undefined && l.kind === 'punct' && l.norm === norm;
}

export function isDigits(ctx: FigureContext, i: number): boolean {
  const l = lexemeAt(ctx, i);
  return l !== undefined && l.kind === 'digits';
}

/** The original text of lexeme i. */
export function raw(ctx: FigureContext, i: number): string {
  const l = ctx.lexemes[i];
  return ctx.text.slice(l.start, l.end);
}

/**
 * Matches a phrase (folded pieces) forwards from lexeme i, blanks allowed between pieces but
 * not inside an elision (« d' », « jusqu'à »). Returns the index after the match, or -1.
 */
export function matchPhrase(ctx: FigureContext, i: number, phrase: readonly string[]): number {
  const lex = ctx.lexemes;
  let j = i;
  for (let p = 0; p < phrase.length; p++) {
    if (p > 0 && phrase[p - 1] !== "'" && phrase[p] !== "'") {
      const k = skipSpace(ctx, j);
      if (k < 0) return -1;
      j = k;
    }
    const l = lex[j];
    if (l === undefined || l.norm !== phrase[p]) return -1;
    j++;
  }
  return j;
}

/**
 * Matches a phrase backwards so that it ends right before lexeme i (blanks allowed before i).
 * Returns the index of its first lexeme, or -1.
 */
export function matchPhraseBefore(ctx: FigureContext, i: number, phrase: readonly string[]): number {
  const lex = ctx.lexemes;
  let j = i - 1;
  for (let p = phrase.length - 1; p >= 0; p--) {
    if (p === phrase.length - 1 || (phrase[p] !== "'" && phrase[p + 1] !== "'")) {
      j = skipSpaceBack(ctx, j);
      if (j < 0) return -1;
    }
    const l = lex[j];
    if (l === undefined || l.norm !== phrase[p]) return -1;
    // a word piece must start a word: « plus » in « surplus » is not « plus »
    j--;
  }
  const first = j + 1;
  const before = lex[first - 1];
  if (before !== undefined && before.kind === 'word' && lex[first].kind === 'word') return -1;
  return first;
}

/** The word before lexeme i (blanks skipped), or undefined. */
export function wordBefore(ctx: FigureContext, i: number): string | undefined {
  const j = skipSpaceBack(ctx, i - 1);
  return j >= 0 && ctx.lexemes[j].kind === 'word' ? ctx.lexemes[j].norm : undefined;
}

/** The lexeme index of « de »/« d' » + the following lexeme, when lexeme i starts one; else -1. */
export function afterDe(ctx: FigureContext, i: number): number {
  if (isWord(ctx, i, 'de')) {
    const k = skipSpace(ctx, i + 1);
    return k > i + 1 ? k : -1;
  }
  if (isWord(ctx, i, 'd') && isPunct(ctx, i + 1, "'")) return i + 2 < ctx.lexemes.length ? i + 2 : -1;
  return -1;
}

/** The lexeme of « négatif »/« négative » right before lexeme i (« négatif un », « négative un sur vingt »), or -1. */
export function signWordBefore(ctx: FigureContext, i: number): number {
  const j = skipSpaceBack(ctx, i - 1);
  if (j < 0 || j === i) return -1;
  const norm = ctx.lexemes[j].norm;
  return ctx.lexemes[j].kind === 'word' && (norm === 'negatif' || norm === 'negative') ? j : -1;
}
