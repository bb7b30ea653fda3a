/**
 * What a code point is, for the scanners: one small integer per class. BMP code units are
 * classified once and cached in a typed array (a Unicode property regex runs once per
 * distinct character, never per occurrence); astral code points go through a Map.
 */
export const CharClass = {
  Unknown: 0,
  Space: 1,
  Letter: 2,
  Digit: 3,
  /** Combining marks and other number characters (½, ²): they continue a word. */
  WordExtender: 4,
  Punct: 5,
  Symbol: 6,
  /** Pictographs drawn as emoji by default (⛔, 😀). */
  Emoji: 7,
  /** Pictographs drawn as text unless a variation selector follows (©, ↔, ❤). */
  TextPictograph: 8,
  /** Zero-width joiner, variation selectors, skin tones, tags: glue inside emoji sequences. */
  EmojiGlue: 9,
  /** Control and format characters (soft hyphen, zero-width space): inside a word they
   * continue it, elsewhere each is a symbol token of its own, so no visible text is lost. */
  Ignorable: 10,
  Other: 11,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

const bmp = new Uint8Array(0x10000);
const astral = new Map<number, CharClass>();

const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{Nd}$/u;
const WORD_EXTENDER = /^[\p{M}\p{No}\p{Nl}]$/u;
const SPACE = /^[\s\p{Zs}\u2028\u2029]$/u;
const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}$/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const PUNCT = /^\p{P}$/u;
const SYMBOL = /^\p{S}$/u;
const IGNORABLE = /^[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}]$/u;

function isEmojiGlue(cp: number): boolean {
  return (
    cp === 0x200d ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0020 && cp <= 0xe007f) ||
    cp === 0x20e3
  );
}

function classify(cp: number): CharClass {
  if (isEmojiGlue(cp)) return CharClass.EmojiGlue;
  const ch = String.fromCodePoint(cp);
  if (SPACE.test(ch)) return CharClass.Space;
  if (LETTER.test(ch)) return CharClass.Letter;
  if (DIGIT.test(ch)) return CharClass.Digit;
  if (EMOJI_PRESENTATION.test(ch)) return CharClass.Emoji;
  if (PICTOGRAPH.test(ch)) return CharClass.TextPictograph;
  if (WORD_EXTENDER.test(ch)) return CharClass.WordExtender;
  if (PUNCT.test(ch)) return CharClass.Punct;
  if (SYMBOL.test(ch)) return CharClass.Symbol;
  if (IGNORABLE.test(ch)) return CharClass.Ignorable;
  return CharClass.Other;
}

// ASCII up front: the hot path never reaches a regex for it.
for (let c = 0; c < 0x80; c++) bmp[c] = classify(c);
// Unicode files %, #, &, @, *, § and the like under punctuation (Po); in French text they stand
// for words (pour cent, dièse, et, arobase) and are symbols, like € and $.
for (const c of [0x23, 0x25, 0x26, 0x2a, 0x40, 0xa7, 0xb6, 0x2030, 0x2031, 0x2020, 0x2021]) bmp[c] = CharClass.Symbol;

/** Class of the code point `cp` (a full code point, not a surrogate half). */
export function charClass(cp: number): CharClass {
  if (cp < 0x10000) {
    let cls = bmp[cp] as CharClass;
    if (cls === CharClass.Unknown) {
      cls = classify(cp);
      bmp[cp] = cls;
    }
    return cls;
  }
  let cls = astral.get(cp);
  if (cls === undefined) {
    cls = classify(cp);
    astral.set(cp, cls);
  }
  return cls;
}

/** The code point at UTF-16 index `i` (a lone surrogate is returned as is). */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Class of the character at UTF-16 index `i`; NaN past the end classifies as Space. */
export function classAt(text: string, i: number): CharClass {
  if (i >= text.length || i < 0) return CharClass.Space;
  return charClass(codePointAt(text, i));
}

/**
 * The UTF-16 unit at `i`, or -1 outside the text, where charCodeAt gives NaN: a read past the
 * end (a word or sign that ends the text) would deoptimise the scanner that makes it.
 */
export function unitAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

/** UTF-16 width of the code point `cp`. */
export function width(cp: number): number {
  return cp >= 0x10000 ? 2 : 1;
}

export function isWordChar(cls: CharClass): boolean {
  return cls === CharClass.Letter || cls === CharClass.Digit || cls === CharClass.WordExtender;
}

/** Straight ', typographic ’ and the modifier letter ʼ all serve as apostrophes in French. */
export function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc;
}

/** Hyphen-minus and the Unicode hyphens that join compounds. */
export function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Space, no-break space, narrow no-break space and thin space: what separates digit groups. */
export function isGroupSeparator(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** Case of each UTF-16 unit, filled on first sight: 0 unknown yet, else CASE_* bits + 1. */
const caseOfUnit = new Uint8Array(0x10000);
const CASE_UPPER = 1;
const CASE_LOWER = 2;

/**
 * CASE_UPPER when the unit changes under toLowerCase (it has a lower-case form), CASE_LOWER when
 * it changes under toUpperCase; looked up in a table so the hot paths allocate no strings.
 */
function caseOf(c: number): number {
  let entry = caseOfUnit[c];
  if (entry === 0) {
    const ch = String.fromCharCode(c);
    entry = 1 + (ch !== ch.toLowerCase() ? CASE_UPPER : 0) + (ch !== ch.toUpperCase() ? CASE_LOWER : 0);
    caseOfUnit[c] = entry;
  }
  return entry - 1;
}

/** Whether the UTF-16 unit at `i` is an upper-case letter (false past the end). */
export function isUpperAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && (caseOf(text.charCodeAt(i)) & CASE_UPPER) !== 0;
}

/** Whether the UTF-16 unit at `i` is a lower-case letter (false past the end). */
export function isLowerAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && (caseOf(text.charCodeAt(i)) & CASE_LOWER) !== 0;
}
