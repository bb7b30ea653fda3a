import type { FigureContext } from './context.js';
import { isPunct, isWord, raw, skipSpace } from './cursor.js';
import { figureLexicon } from './lexicon.js';

/** Scale written after a number: « 6 millions », « 1,5 Md », « 10k », « 3 douzaines », « ... et demi ». */
export interface ScaleTail {
  readonly multiplier: number;
  /** Added after multiplying, already scaled (« trois millions et demi » → 0.5 × 10^6). */
  readonly addend: number;
  readonly endLex: number;
}

/** Abbreviations of scales in the press (case matters: « M » is a million, « m » a metre). */
const scaleAbbreviations = new Map<string, number>([
  ['k', 1e3],
  ['K', 1e3],
  ['M', 1e6],
  ['Mio', 1e6],
  ['mio', 1e6],
  ['Md', 1e9],
  ['Mds', 1e9],
  ['md', 1e9],
  ['mds', 1e9],
  ['Mrd', 1e9],
  ['Mrds', 1e9],
  ['mrd', 1e9],
  ['mrds', 1e9],
  ['Mia', 1e9],
  ['mia', 1e9],
]);

/** The folded forms of the abbreviations: a word whose form is none of them is not looked up as written. */
const abbreviationForms = new Set([...scaleAbbreviations.keys()].map((abbreviation) => abbreviation.toLowerCase()));

function startsWord(ctx: FigureContext, i: number): boolean {
  const l = ctx.lexemes[i];
  return l !== undefined && (l.kind === 'word' || l.kind === 'digits');
}

/**
 * Reads the scale after lexeme i (exclusive end of the number). A number written in words
 * already holds its scale words; `priorScale` is then the last one (for « et demi »).
 */
export function readScale(ctx: FigureContext, i: number, fromDigits: boolean, priorScale = 1): ScaleTail {
  const words = figureLexicon().numberWords;
  let multiplier = 1;
  let end = i;
  if (fromDigits) {
    // abbreviation, touching or after one blank, not followed by a letter (« 10 km » is a length)
    const j = skipSpace(ctx, i);
    if (j >= 0 && j - i <= 1 && ctx.lexemes[j].kind === 'word' && abbreviationForms.has(ctx.lexemes[j].norm) && !startsWord(ctx, j + 1) && !isPunct(ctx, j + 1, "'")) {
      const abbreviation = scaleAbbreviations.get(raw(ctx, j));
      if (abbreviation !== undefined && !(raw(ctx, j) === 'M' && isPunct(ctx, j + 1, '.') && isWord(ctx, j + 3))) {
        multiplier = abbreviation;
        end = j + 1;
      }
    }
    if (multiplier === 1) {
      // scale words: « 10 mille », « 1,5 milliard », « 3 mille milliards », « 3 lakh crore »; a
      // smaller one after (« 2 millions mille ») starts another number
      let lastScale = 0;
      let k = skipSpace(ctx, i);
      while (k >= 0 && ctx.lexemes[k].kind === 'word') {
        const entry = words.get(ctx.lexemes[k].norm);
        if (entry === undefined || entry.ordinal || (entry.cls !== 'thousand' && entry.cls !== 'scale') || entry.value <= lastScale) break;
        multiplier *= entry.value;
        lastScale = entry.value;
        end = k + 1;
        k = skipSpace(ctx, k + 1);
      }
    }
  }
  let k = skipSpace(ctx, end);
  if (k >= 0 && (ctx.lexemes[k].norm === 'douzaine' || ctx.lexemes[k].norm === 'douzaines')) {
    multiplier *= 12;
    end = k + 1;
  }
  let addend = 0;
  k = skipSpace(ctx, end);
  const base = multiplier > 1 ? multiplier : priorScale;
  if (k >= 0 && isWord(ctx, k, 'et') && base > 1) {
    const h = skipSpace(ctx, k + 1);
    if (h >= 0 && (isWord(ctx, h, 'demi') || isWord(ctx, h, 'demie')) && !startsWord(ctx, h + 1)) {
      addend = 0.5 * base;
      end = h + 1;
    }
  }
  return { multiplier, addend, endLex: end };
}
