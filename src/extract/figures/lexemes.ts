/**
 * The folded text cut into runs: letters, digits, blanks, and single punctuation or symbol
 * characters. Figures are read over these runs (one pass to build them, then parsers walk
 * the array by index), never by re-scanning the text per candidate.
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

const letterPattern = /\p{L}|\p{M}/u;

/** For each UTF-16 unit of the folded text: 0 not yet known, 1 letter, 2 digit, 3 blank, 4 line break, 5 other. */
const classes = new Uint8Array(65536);
export const LETTER = 1;
export const DIGIT = 2;
export const BLANK = 3;
const NEWLINE = 4;
export const OTHER = 5;

function classify(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return LETTER;
  if (code >= 0x30 && code <= 0x39) return DIGIT;
  if (code === 0x0a || code === 0x0d) return NEWLINE;
  if (code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c) return BLANK;
  if (code < 0xaa) return OTHER;
  if (code >= 0xd800 && code <= 0xdfff) return OTHER; // astral symbols (emoji) are punctuation here
  return letterPattern.test(String.fromCharCode(code)) ? LETTER : OTHER;
}

/** The class of a folded UTF-16 unit (LETTER, DIGIT, OTHER...), from a table filled on first use. */
export function classOf(code: number): number {
  let c = classes[code];
  if (c === 0) {
    c = classify(code);
    classes[code] = c;
  }
  return c;
}

/** One-character norms are shared strings, not a new slice per punctuation mark. */
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

/** A 32-bit hash of a folded word, for look-ups that must not cut the word out of the text. */
export function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

/**
 * Words seen before, by wordHash, with their flags: a word that comes back (most do: a text's
 * vocabulary is small) reuses its string and flags with one look-up instead of cutting a new
 * string. Checked code by code, so a hash collision only costs a new slice; emptied when it
 * grows large or when another `flagsOf` is given, so memory stays bounded and flags right.
 */
interface SeenWord {
  readonly norm: string;
  readonly flags: number;
}

const seenWords = new Map<number, SeenWord>();
let seenFlagsOf: ((hash: number) => number) | undefined;
const maxSeenWords = 65536;
const maxCachedLength = 12;

function seenWord(folded: string, start: number, end: number, hash: number, flagsOf: ((hash: number) => number) | undefined): SeenWord {
  const seen = seenWords.get(hash);
  if (seen !== undefined && seen.norm.length === end - start) {
    let same = true;
    for (let k = 0; k < seen.norm.length; k++) {
      if (seen.norm.charCodeAt(k) !== folded.charCodeAt(start + k)) {
        same = false;
        break;
      }
    }
    if (same) return seen;
  }
  const word: SeenWord = { norm: end - start === 1 ? charString(folded.charCodeAt(start)) : folded.slice(start, end), flags: flagsOf === undefined ? 0 : flagsOf(hash) };
  // only short words are kept: V8 copies them when cut, so the cache holds no part of the text
  if (end - start <= maxCachedLength) {
    if (seenWords.size >= maxSeenWords) seenWords.clear();
    seenWords.set(hash, word);
  }
  return word;
}

interface MutableLexeme {
  kind: LexemeKind;
  start: number;
  end: number;
  norm: string;
  flags: number;
}

/** Lexeme objects rewritten by each call with `reuse` (a text read window by window). */
const pool: MutableLexeme[] = [];
/** The array handed out with `reuse`, cut to the window's length each time. */
const reusedArray: Lexeme[] = [];

/**
 * Cuts the folded text; `flagsOf` maps each word's wordHash to its flags (hashed while cutting).
 * With `reuse`, the lexemes are objects of the previous call rewritten, valid until the next
 * call with `reuse`: for one reader that is done with a window before it cuts the next.
 */
export function lexemes(folded: string, flagsOf?: (hash: number) => number, reuse = false): Lexeme[] {
  const out: Lexeme[] = reuse ? reusedArray : [];
  let used = 0;
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const start = i;
    const code = folded.charCodeAt(i);
    const cls = classOf(code);
    let kind: LexemeKind;
    let norm: string;
    let flags = 0;
    if (cls === DIGIT) {
      let hash = code;
      i++;
      for (;;) {
        if (i >= n) break;
        const c = folded.charCodeAt(i);
        if (classOf(c) !== DIGIT) break;
        hash = (Math.imul(hash, 31) + c) | 0;
        i++;
      }
      kind = 'digits';
      // numbers come back too (« 000 », « 2023 »): their strings are shared like words'
      norm = i - start === 1 ? charString(code) : seenWord(folded, start, i, hash, undefined).norm;
    } else if (cls === BLANK || cls === NEWLINE) {
      let newline = cls === NEWLINE;
      i++;
      for (;;) {
        if (i >= n) break;
        const c = classOf(folded.charCodeAt(i));
        if (c === NEWLINE) newline = true;
        else if (c !== BLANK) break;
        i++;
      }
      kind = newline ? 'newline' : 'space';
      norm = i - start === 1 ? charString(code) : folded.slice(start, i);
    } else if (cls === LETTER) {
      let hash = code;
      i++;
      for (;;) {
        if (i >= n) break;
        const c = folded.charCodeAt(i);
        if (classOf(c) !== LETTER) break;
        hash = (Math.imul(hash, 31) + c) | 0;
        i++;
      }
      kind = 'word';
      if (flagsOf !== seenFlagsOf) {
        seenWords.clear();
        seenFlagsOf = flagsOf;
      }
      const word = seenWord(folded, start, i, hash, flagsOf);
      norm = word.norm;
      flags = word.flags;
    } else {
      // a surrogate pair stays one symbol
      const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < n;
      i += pair ? 2 : 1;
      kind = 'punct';
      norm = pair ? folded.slice(start, i) : charString(code);
    }
    if (reuse) {
      // a lexeme of an earlier call, rewritten: no allocation per lexeme
      let l = pool[used];
      if (l === undefined) {
        l = { kind, start, end: i, norm, flags };
        pool.push(l);
      } else {
        l.kind = kind;
        l.start = start;
        l.end = i;
        l.norm = norm;
        l.flags = flags;
      }
      out[used++] = l;
    } else out.push({ kind, start, end: i, norm, flags });
  }
  if (reuse) out.length = used;
  return out;
}
