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
export const KIND_WORD = 0;
export const KIND_NUMBER = 1;
export const KIND_MARK = 2;

/**
 * The tokens of a text as parallel typed arrays, one slot per token; a token object (with its
 * folded text) is made only when a parser asks for that token, and kept. Most tokens are never
 * looked at: the parsers visit only the neighbourhood of their trigger tokens.
 */
export class DateTokens {
  readonly length: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** KIND_WORD, KIND_NUMBER or KIND_MARK */
  readonly kinds: Uint8Array;
  private readonly gaps: Uint8Array;
  private readonly folded: string;
  private readonly made: (DateToken | undefined)[];

  constructor(folded: string, length: number, starts: Int32Array, ends: Int32Array, kinds: Uint8Array, gaps: Uint8Array) {
    this.folded = folded;
    this.length = length;
    this.starts = starts;
    this.ends = ends;
    this.kinds = kinds;
    this.gaps = gaps;
    this.made = new Array<DateToken | undefined>(length);
  }

  /** The token at i, or undefined outside 0 .. length - 1 (no wrapping of negative indices). */
  get(i: number): DateToken | undefined {
    if (i < 0 || i >= this.length) return undefined;
    const made = this.made[i];
    if (made) return made;
    const start = this.starts[i];
    const end = this.ends[i];
    const token: DateToken = { start, end, kind: KINDS[this.kinds[i]], text: this.folded.slice(start, end), gap: GAPS[this.gaps[i]] };
    this.made[i] = token;
    return token;
  }
}

const enum Class {
  Space,
  Line,
  Letter,
  Digit,
  Other,
}

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

/** The class of every UTF-16 code unit, computed once: one load per character instead of a chain of tests. */
function classTable(): Uint8Array {
  if (classes) return classes;
  classes = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) classes[code] = classify(code);
  return classes;
}

interface Slots {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly kinds: Uint8Array;
  readonly gaps: Uint8Array;
}

function newSlots(size: number): Slots {
  return { starts: new Int32Array(size), ends: new Int32Array(size), kinds: new Uint8Array(size), gaps: new Uint8Array(size) };
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

/** Splits the folded text in one pass; whitespace is dropped but remembered in `gap`. */
export function scanTokens(folded: string): DateTokens {
  const n = folded.length;
  const table = classTable();
  // at most one token per character; the tokens get views of the first `count` slots
  const { starts, ends, kinds, gaps } = slotsFor(n);
  let count = 0;
  let gap = 0;
  let i = 0;
  while (i < n) {
    const kind = table[folded.charCodeAt(i)];
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
    if (kind === Class.Letter || kind === Class.Digit) {
      while (i < n && table[folded.charCodeAt(i)] === kind) i++;
    }
    starts[count] = start;
    ends[count] = i;
    kinds[count] = kind === Class.Letter ? KIND_WORD : kind === Class.Digit ? KIND_NUMBER : KIND_MARK;
    gaps[count] = gap;
    count++;
    gap = 0;
  }
  return new DateTokens(folded, count, starts.subarray(0, count), ends.subarray(0, count), kinds.subarray(0, count), gaps.subarray(0, count));
}
