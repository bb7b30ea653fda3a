import { foldCode, foldedCodeAt, foldSlice, isPairedSurrogate } from './fold-text.js';
import { Trigger, triggerBitsOfWord, wordTriggers, type TokenTriggers } from './triggers.js';
import type { DateVocabulary } from './vocabulary.js';

/** A word, a run of digits or one other visible character of the folded text. */
export interface DateToken {
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'number' | 'mark';
  /** The folded text of the token. */
  readonly text: string;
  /** What separates it from the previous token: nothing, spaces, or a line break. */
  readonly gap: 'none' | 'space' | 'line';
}

const KINDS = ['word', 'number', 'mark'] as const;
const GAPS = ['none', 'space', 'line'] as const;
/** The token kinds, as the scanner's classes of their first character (Class). */
export const KIND_WORD = 0;
export const KIND_NUMBER = 1;
export const KIND_MARK = 2;
export const GAP_NONE = 0;
export const GAP_LINE = 2;

/**
 * The tokens of a text as parallel typed arrays, one slot per token; a token object (with its
 * folded text) is made only when a parser asks for that token, and kept. Most tokens are never
 * looked at: the parsers visit only the neighbourhood of their trigger tokens.
 *
 * One instance serves text after text (see slotsFor), reset by scanTokens: besides the
 * allocation, a new instance per text let V8 drop the class's object layout at each full garbage
 * collection, and with it the optimised code of every reader (three times slower until re-optimised).
 */
export class DateTokens {
  // set by reset only
  length = 0;
  starts: Int32Array = new Int32Array(0);
  ends: Int32Array = new Int32Array(0);
  /** KIND_WORD, KIND_NUMBER or KIND_MARK */
  kinds: Uint8Array = new Uint8Array(0);
  /** GAP_NONE, 1 (spaces) or GAP_LINE */
  gaps: Uint8Array = new Uint8Array(0);
  /**
   * The token a reading starts at (set by the parser loop): a line break before it is outside the
   * date, so is(), markAt(), follows() and numberAt() accept it there (« Avant-hier, … », « Mars 2020 : … »
   * opening a paragraph). -1: none.
   */
  from = -1;
  private text = '';
  private made: (DateToken | undefined)[] = [];

  /** Makes these the tokens of `text`: the first `length` slots of the arrays. */
  reset(text: string, length: number, starts: Int32Array, ends: Int32Array, kinds: Uint8Array, gaps: Uint8Array): void {
    this.text = text;
    this.length = length;
    this.starts = starts.subarray(0, length);
    this.ends = ends.subarray(0, length);
    this.kinds = kinds.subarray(0, length);
    this.gaps = gaps.subarray(0, length);
    this.made = new Array<DateToken | undefined>(length);
    this.from = -1;
  }

  /** The token at i, or undefined outside 0 .. length - 1 (no wrapping of negative indices). */
  get(i: number): DateToken | undefined {
    if (i < 0 || i >= this.length) return undefined;
    return this.made[i] ?? this.make(i);
  }

  private make(i: number): DateToken {
    const start = this.starts[i];
    const end = this.ends[i];
    const token: DateToken = { start, end, kind: KINDS[this.kinds[i]], text: foldSlice(this.text, start, end), gap: GAPS[this.gaps[i]] };
    this.made[i] = token;
    return token;
  }

  /** The folded character of the mark at i when it is on the line of the token before it; -1 for any other token or none. */
  markAt(i: number): number {
    if (i < 0 || i >= this.length || this.kinds[i] !== KIND_MARK || (this.gaps[i] === GAP_LINE && i !== this.from)) return -1;
    return foldedCodeAt(this.text, this.starts[i]);
  }

  /** True when there is a token at i and its folded text is `folded`: a test without making the token. */
  hasText(i: number, folded: string): boolean {
    if (i < 0 || i >= this.length) return false;
    const start = this.starts[i];
    if (this.ends[i] - start !== folded.length) return false;
    for (let j = 0; j < folded.length; j++) if (foldedCodeAt(this.text, start + j) !== folded.charCodeAt(j)) return false;
    return true;
  }

  /** True when the token at i is a `kind` token on the line of the token before it (or the reading's first, `from`), and its folded text is `folded`. */
  is(i: number, kind: number, folded: string): boolean {
    return i >= 0 && i < this.length && this.kinds[i] === kind && (this.gaps[i] !== GAP_LINE || i === this.from) && this.hasText(i, folded);
  }
}

/** What a character is to the scanner; the first three are the token kinds it starts (KIND_*). */
const enum Class {
  Letter = 0,
  Digit = 1,
  Other = 2,
  Space,
  Line,
  /** a surrogate: a pair is two Others, a lone one is U+FFFD once folded, a Letter */
  Surrogate,
}

/** The class of a folded unit. */
function classify(code: number): Class {
  if (code >= 0x61 && code <= 0x7a) return Class.Letter;
  if (code >= 0x30 && code <= 0x39) return Class.Digit;
  if (code === 0x20 || code === 0x09) return Class.Space;
  if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) return Class.Line;
  if (code >= 0x41 && code <= 0x5a) return Class.Letter;
  if (code < 0xc0) return Class.Other;
  // other scripts' letters and ligatures (œ, æ) belong to words; symbols and punctuation do not
  if (code === 0xd7 || code === 0xf7 || (code >= 0x2000 && code <= 0x2bff) || (code >= 0xd800 && code <= 0xdfff)) return Class.Other;
  return Class.Letter;
}

let classes: Uint8Array | undefined;

/**
 * The class of every UTF-16 unit of the original text, as folded, computed once: one load per
 * character instead of a chain of tests, and no folded copy of the text.
 */
function classTable(): Uint8Array {
  if (classes) return classes;
  classes = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) classes[code] = code >= 0xd800 && code <= 0xdfff ? Class.Surrogate : classify(foldCode(code));
  return classes;
}

/** The class of the unit at i (looked up in `table`, the surrogates settled by their neighbours). */
function classAt(table: Uint8Array, text: string, i: number): Class {
  const kind = table[text.charCodeAt(i)];
  if (kind !== Class.Surrogate) return kind;
  return isPairedSurrogate(text, i) ? Class.Other : classify(0xfffd);
}

interface Slots {
  readonly tokens: DateTokens;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly kinds: Uint8Array;
  readonly gaps: Uint8Array;
  readonly bits: Uint32Array;
  readonly flagged: Int32Array;
}

function newSlots(size: number): Slots {
  return {
    tokens: new DateTokens(),
    starts: new Int32Array(size),
    ends: new Int32Array(size),
    kinds: new Uint8Array(size),
    gaps: new Uint8Array(size),
    bits: new Uint32Array(size),
    flagged: new Int32Array(size),
  };
}

/** Texts longer than this get arrays of their own, so that one huge text does not keep its arrays alive. */
const MAX_REUSED = 1 << 20;
let reused = newSlots(4096);

/**
 * Arrays for n tokens, reused from one text to the next: allocating them per call cost more than
 * scanning a short text. So the tokens of a text are valid until the next text is scanned, which
 * createDateContext and the parsers respect (one context at a time, used synchronously).
 */
function slotsFor(n: number): Slots {
  if (n > MAX_REUSED) return newSlots(n);
  if (reused.starts.length < n) reused = newSlots(Math.min(MAX_REUSED, Math.max(n, 2 * reused.starts.length)));
  return reused;
}

/** The tokens of a text and their trigger bits. */
export interface ScannedText {
  readonly tokens: DateTokens;
  readonly triggers: TokenTriggers;
}

/**
 * Splits the text, as folded, in one pass, and flags each token with the triggers it carries (a
 * number, a word of the vocabulary...); whitespace is dropped but remembered in `gap`.
 */
export function scanTokens(text: string, vocabulary: DateVocabulary): ScannedText {
  const n = text.length;
  const table = classTable();
  const words = wordTriggers(vocabulary);
  // at most one token per character; the tokens get views of the first `count` slots
  const { tokens, starts, ends, kinds, gaps, bits, flagged } = slotsFor(n);
  let count = 0;
  let flaggedCount = 0;
  let present = 0;
  let gap = 0;
  let i = 0;
  while (i < n) {
    const kind = classAt(table, text, i);
    if (kind === Class.Space) {
      if (gap === 0) gap = 1;
      i++;
      continue;
    }
    if (kind === Class.Line) {
      gap = 2;
      i++;
      continue;
    }
    const start = i;
    i++;
    let flags = 0;
    if (kind !== Class.Other) {
      // a word or a number: the run of its class (a surrogate's class depends on its neighbour)
      while (i < n) {
        const next = table[text.charCodeAt(i)];
        if (next !== kind && (next !== Class.Surrogate || classAt(table, text, i) !== kind)) break;
        i++;
      }
      flags = kind === Class.Digit ? Trigger.Number : triggerBitsOfWord(words, text, start, i);
    }
    starts[count] = start;
    ends[count] = i;
    kinds[count] = kind;
    gaps[count] = gap;
    bits[count] = flags;
    if (flags !== 0) {
      flagged[flaggedCount++] = count;
      present |= flags;
    }
    count++;
    gap = 0;
  }
  tokens.reset(text, count, starts, ends, kinds, gaps);
  return { tokens, triggers: { bits: bits.subarray(0, count), flagged: flagged.subarray(0, flaggedCount), present } };
}
