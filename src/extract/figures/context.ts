import { lexemes, windowLexemes, type Lexeme, type TextWindow } from './lexemes.js';
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

/** The sentence numbers of a window's context, rewritten by the next one (windows longer than that get their own). */
let reusedSentences = new Int32Array(1024);
const maxReusedSentences = 1 << 16;

/** A window of a text read window by window; it starts a line or follows a sentence end. */
export interface FigureWindow extends TextWindow {
  readonly atLineStart: boolean;
}

/**
 * The context of the whole text or of one window of it (offsets from the window's start). A
 * window's context is valid until the next window's is built (see windowLexemes).
 */
export function figureContext(text: string, window?: FigureWindow): FigureContext {
  const lex = window === undefined ? lexemes(text, wordFlags) : windowLexemes(window, wordFlags);
  const interesting: number[] = [];
  for (let i = 0; i < lex.length; i++) {
    const l = lex[i];
    if (l.kind === 'digits' || l.flags !== 0 || (l.kind === 'punct' && startsSpan(l.norm.charCodeAt(0)))) interesting.push(i);
  }
  if (window === undefined) return new Context(text, lex, interesting, true, false);
  return new Context(text.slice(window.from, window.to), lex, interesting, window.atLineStart, true);
}

/** A class, not an object literal: a literal with a getter is built by the runtime, at 0.4 µs a window. */
class Context implements FigureContext {
  private sentences: Int32Array | undefined;

  constructor(
    readonly text: string,
    readonly lexemes: readonly Lexeme[],
    readonly interesting: readonly number[],
    readonly atLineStart: boolean,
    /** A window's context, whose sentence numbers go in the buffer the next window rewrites. */
    private readonly ofWindow: boolean,
  ) {}

  // only the refiners that carry a unit through a sentence ask: counted on first use
  get sentenceOf(): Int32Array {
    this.sentences ??= countSentences(this.lexemes, this.ofWindow ? windowSentences(this.lexemes.length) : undefined);
    return this.sentences;
  }
}

/** An array for the sentence numbers of a window of `length` lexemes. */
function windowSentences(length: number): Int32Array {
  if (length > maxReusedSentences) return new Int32Array(length);
  if (reusedSentences.length < length) reusedSentences = new Int32Array(Math.min(maxReusedSentences, Math.max(length, reusedSentences.length * 2)));
  return reusedSentences.subarray(0, length);
}

function countSentences(lex: readonly Lexeme[], sentenceOf: Int32Array = new Int32Array(lex.length)): Int32Array {
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
