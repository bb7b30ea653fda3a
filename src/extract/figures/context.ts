import { lexemes, type Lexeme } from './lexemes.js';
import { wordFlags } from './word-flags.js';

/** What every figure parser and refiner reads: the text and its runs (folded). */
export interface FigureContext {
  readonly text: string;
  readonly lexemes: readonly Lexeme[];
  /**
   * Indices of the lexemes a parser may start from: digits, flagged words, « @ # [ + » and
   * symbols outside ASCII (« ½ »); blanks, other words and other punctuation start nothing, so
   * each parser walks a fraction of the array.
   */
  readonly interesting: readonly number[];
  /** The text starts a line (else it starts after a sentence end, inside a line). */
  readonly atLineStart: boolean;
  /** Sentence number of each lexeme (simple bound: . ! ? followed by a blank, or a line break). */
  readonly sentenceOf: Int32Array;
}

/** Punctuation a parser starts from: « @ » « # » (handles), « [ » (footnotes), « + » (phone numbers), non-ASCII symbols. */
function startsSpan(code: number): boolean {
  return code === 0x40 || code === 0x23 || code === 0x5b || code === 0x2b || code >= 0x80;
}

/** The index array handed out with `reuseLexemes`, rewritten by each context. */
const reusedInteresting: number[] = [];

/**
 * The context of text[from, to) (offsets from `from`). With `reuseLexemes` it is valid until the
 * next context built with it (see lexemes()).
 */
export function figureContext(text: string, from = 0, to = text.length, atLineStart = true, reuseLexemes = false): FigureContext {
  const lex = lexemes(text, from, to, wordFlags, reuseLexemes);
  let sentences: Int32Array | undefined;
  const interesting: number[] = reuseLexemes ? reusedInteresting : [];
  let count = 0;
  for (let i = 0; i < lex.length; i++) {
    const l = lex[i];
    if (l.kind === 'digits' || l.flags !== 0 || (l.kind === 'punct' && startsSpan(l.norm.charCodeAt(0)))) interesting[count++] = i;
  }
  interesting.length = count;
  return {
    text: from === 0 && to === text.length ? text : text.slice(from, to),
    lexemes: lex,
    interesting,
    atLineStart,
    // only the refiners that carry a unit through a sentence ask: counted on first use
    get sentenceOf(): Int32Array {
      sentences ??= countSentences(lex);
      return sentences;
    },
  };
}

function countSentences(lex: readonly Lexeme[]): Int32Array {
  const sentenceOf = new Int32Array(lex.length);
  let sentence = 0;
  for (let i = 0; i < lex.length; i++) {
    const l = lex[i];
    sentenceOf[i] = sentence;
    if (l.kind === 'newline') sentence++;
    else if (l.kind === 'punct' && (l.norm === '.' || l.norm === '!' || l.norm === '?')) {
      const next = lex[i + 1];
      if (next === undefined || next.kind === 'space' || next.kind === 'newline') sentence++;
    }
  }
  return sentenceOf;
}
