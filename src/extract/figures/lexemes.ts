import { textUnits } from './text-units.js';
import { foldedAt, Packed, packedUnit, packedUnits, UnitClass } from './unit-table.js';

/**
 * The text cut into runs of its folded form: letters, digits, blanks, and single punctuation
 * or symbol characters. Figures are read over these runs (one pass to build them, then parsers
 * walk the array by index), never by re-scanning the text per candidate.
 */
export type LexemeKind = 'word' | 'digits' | 'space' | 'newline' | 'punct';

export interface Lexeme {
  readonly kind: LexemeKind;
  readonly start: number;
  readonly end: number;
  /** The folded form (lower case, no accents). */
  readonly norm: string;
  /** For a word, what the `flagsOf` given to lexemes() says of its wordHash (0 otherwise). */
  readonly flags: number;
}

/** A stretch text[from, to) of a text read window by window, with the text's units (textUnits). */
export interface TextWindow {
  readonly text: string;
  readonly units: Uint16Array;
  readonly from: number;
  readonly to: number;
}

/** One-character norms are shared strings, not a new string per punctuation mark. */
const asciiChars: readonly string[] = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));
const otherChars = new Map<number, string>();

function charString(code: number): string {
  if (code < 128) return asciiChars[code];
  let s = otherChars.get(code);
  if (s === undefined) {
    s = String.fromCharCode(code);
    otherChars.set(code, s);
  }
  return s;
}

/** The folded form of text[start, end) as a new string (cut from the text when folding changes nothing). */
function foldedString(text: string, units: Uint16Array, start: number, end: number): string {
  if (end - start === 1) return charString(foldedAt(units, start));
  let same = true;
  for (let k = start; k < end && same; k++) same = foldedAt(units, k) === units[k];
  if (same) return text.slice(start, end);
  let out = '';
  for (let k = start; k < end; k++) out += charString(foldedAt(units, k));
  return out;
}

/**
 * The folded units of the word or number being cut (its first `runCapacity` units), written by
 * the cutting loop so that the look-up of a run seen before and the making of its string read
 * them instead of folding the text again.
 */
const runCapacity = 64;
const runUnits = new Uint16Array(runCapacity);

/** The folded run text[start, end) held in runUnits, as a new string. */
function runString(text: string, units: Uint16Array, start: number, end: number): string {
  const length = end - start;
  if (length === 1) return charString(runUnits[0]);
  if (length > runCapacity) return foldedString(text, units, start, end);
  let same = true;
  for (let k = 0; k < length && same; k++) same = runUnits[k] === units[start + k];
  if (same) return text.slice(start, end);
  return String.fromCharCode.apply(null, runUnits.subarray(0, length) as unknown as number[]);
}

/**
 * Words and numbers seen before, by wordHash, with their strings and flags: a run that comes
 * back (most do: a text's vocabulary is small) reuses its string and flags instead of making a
 * new string. One entry per slot of a fixed table, its folded units, length, string and flags
 * in typed arrays, so a look-up compares numbers and reads no string; a run met again replaces
 * what its slot held, so memory stays bounded. Used when cutting with flags (the lexicon's own
 * cutting has none), and emptied when other flags come, so flags stay right.
 */
const seenSlots = 1 << 14;
/** Only short runs are kept: V8 copies them when cut, so the table holds no part of a text. */
const maxCachedLength = 12;
const seenLengths = new Uint8Array(seenSlots);
const seenUnits = new Uint16Array(seenSlots * maxCachedLength);
const seenNorms: string[] = new Array<string>(seenSlots).fill('');
const seenFlags = new Int32Array(seenSlots);
let seenFlagsOf: ((hash: number) => number) | undefined;

function seenSlot(hash: number): number {
  return (hash ^ (hash >>> 16)) & (seenSlots - 1);
}

/** The slot holds the run in runUnits, `length` units long. */
function holdsRun(slot: number, length: number): boolean {
  if (seenLengths[slot] !== length) return false;
  const base = slot * maxCachedLength;
  for (let k = 0; k < length; k++) if (seenUnits[base + k] !== runUnits[k]) return false;
  return true;
}

/** Keeps the run in runUnits, `length` units long (maxCachedLength at most), with its string. */
function keepRun(slot: number, length: number, norm: string): void {
  seenLengths[slot] = length;
  seenUnits.set(runUnits.subarray(0, length), slot * maxCachedLength);
  seenNorms[slot] = norm;
}

/** The lexeme fields, written by the cutting loop and read when the lexeme is stored. */
interface MutableLexeme {
  kind: LexemeKind;
  start: number;
  end: number;
  norm: string;
  flags: number;
}

/**
 * Lexeme objects rewritten by each window (see windowLexemes). The array only grows: a window
 * gets a copy of its part (an array cut shorter and grown again is reallocated each time).
 */
const pool: MutableLexeme[] = [];

/** Cuts the whole text; `flagsOf` maps each word's wordHash to its flags. */
export function lexemes(text: string, flagsOf?: (hash: number) => number): Lexeme[] {
  return cut(text, textUnits(text), 0, text.length, flagsOf, false);
}

/**
 * Cuts a window, with offsets from its start. The lexemes are objects of the previous window
 * rewritten, valid until the next window is cut: for one reader that is done with a window
 * before it cuts the next.
 */
export function windowLexemes(window: TextWindow, flagsOf?: (hash: number) => number): Lexeme[] {
  return cut(window.text, window.units, window.from, window.to, flagsOf, true);
}

/** Cuts text[from, to), folding it as it goes, reading its units (the text gives the strings). */
function cut(text: string, units: Uint16Array, from: number, to: number, flagsOf: ((hash: number) => number) | undefined, reuse: boolean): Lexeme[] {
  const out: Lexeme[] = [];
  let used = 0;
  const cached = flagsOf !== undefined;
  if (cached && flagsOf !== seenFlagsOf) {
    seenLengths.fill(0);
    seenFlagsOf = flagsOf;
  }
  const table = packedUnits;
  let i = from;
  while (i < to) {
    const start = i;
    const first = packedUnit(units[i]);
    const cls = first & Packed.ClassMask;
    const code = first >>> Packed.FoldedShift;
    let kind: LexemeKind;
    let norm: string;
    let flags = 0;
    if (cls === UnitClass.Letter || cls === UnitClass.Digit) {
      // a run of one class, hashed as wordHash hashes its folded form
      let hash = 0;
      let unit = first;
      let k = 0;
      for (;;) {
        const folded = unit >>> Packed.FoldedShift;
        if (k < runCapacity) runUnits[k++] = folded;
        hash = (Math.imul(hash, 31) + folded) | 0;
        if (++i >= to) break;
        unit = table[units[i]];
        if ((unit & Packed.ClassMask) !== cls && (unit !== 0 || ((unit = packedUnit(units[i])) & Packed.ClassMask) !== cls)) break;
      }
      kind = cls === UnitClass.Letter ? 'word' : 'digits';
      const length = i - start;
      // numbers come back too (« 000 », « 2023 »): their strings are shared like words'
      const slot = cached && length <= maxCachedLength ? seenSlot(hash) : -1;
      if (slot >= 0 && holdsRun(slot, length)) {
        norm = seenNorms[slot];
        flags = seenFlags[slot];
      } else {
        norm = runString(text, units, start, i);
        if (slot >= 0) keepRun(slot, length, norm);
        // after runUnits is read: the first call may build the lexicon, which cuts its own words
        flags = cls === UnitClass.Letter && flagsOf !== undefined ? flagsOf(hash) : 0;
        if (slot >= 0) seenFlags[slot] = flags;
      }
    } else if (cls === UnitClass.Blank || cls === UnitClass.Newline) {
      let newline = cls === UnitClass.Newline;
      i++;
      for (; i < to; i++) {
        const c = packedUnit(units[i]) & Packed.ClassMask;
        if (c === UnitClass.Newline) newline = true;
        else if (c !== UnitClass.Blank) break;
      }
      kind = newline ? 'newline' : 'space';
      norm = foldedString(text, units, start, i);
    } else {
      // a surrogate pair stays one symbol
      const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < to;
      i += pair ? 2 : 1;
      kind = 'punct';
      norm = pair ? foldedString(text, units, start, i) : charString(code);
    }
    const lexemeStart = start - from;
    const lexemeEnd = i - from;
    if (reuse) {
      // a lexeme of an earlier window, rewritten: no allocation per lexeme
      let l = pool[used];
      if (l === undefined) {
        l = { kind, start: lexemeStart, end: lexemeEnd, norm, flags };
        pool.push(l);
      } else {
        l.kind = kind;
        l.start = lexemeStart;
        l.end = lexemeEnd;
        l.norm = norm;
        l.flags = flags;
      }
      used++;
    } else out.push({ kind, start: lexemeStart, end: lexemeEnd, norm, flags });
  }
  return reuse ? pool.slice(0, used) : out;
}
