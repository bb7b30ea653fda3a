import { foldCode } from './fold-text.js';

/**
 * What the figure reader needs of each UTF-16 unit of the raw text: its folded unit (foldCode)
 * and that unit's class (letter, digit, blank, line break, other), in tables filled on first use
 * of each unit, so that a character costs one look-up and the text is never copied to fold it.
 */
export const LETTER = 1;
export const DIGIT = 2;
export const BLANK = 3;
export const NEWLINE = 4;
export const OTHER = 5;

const letterPattern = /\p{L}|\p{M}/u;

function classify(folded: number): number {
  if (folded >= 0x61 && folded <= 0x7a) return LETTER;
  if (folded >= 0x30 && folded <= 0x39) return DIGIT;
  if (folded === 0x0a || folded === 0x0d) return NEWLINE;
  if (folded === 0x20 || folded === 0x09 || folded === 0x0b || folded === 0x0c) return BLANK;
  if (folded < 0xaa) return OTHER;
  if (folded >= 0xd800 && folded <= 0xdfff) return OTHER; // astral symbols (emoji) are punctuation here
  return letterPattern.test(String.fromCharCode(folded)) ? LETTER : OTHER;
}

/** Bits of the class at the bottom of a packed unit; the folded unit is above them. */
export const CLASS_MASK = 7;
export const FOLDED_SHIFT = 3;

/** `folded << FOLDED_SHIFT | class` for each raw unit (never 0: classes start at 1), 0 while not yet met. */
const packed = new Int32Array(65536);

function pack(code: number): number {
  const folded = foldCode(code);
  const value = (folded << FOLDED_SHIFT) | classify(folded);
  packed[code] = value;
  return value;
}

/** The folded unit and its class of a raw UTF-16 unit: `(folded << FOLDED_SHIFT) | class`. */
export function packedUnit(code: number): number {
  const value = packed[code];
  return value !== 0 ? value : pack(code);
}

/** The folded form of text[i]. */
export function foldedAt(text: string, i: number): number {
  return packedUnit(text.charCodeAt(i)) >>> FOLDED_SHIFT;
}

/** A 32-bit hash of a folded word, for look-ups that must not cut the word out of the text. */
export function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

/** The wordHash of the folded text[start, end), read in place. */
export function foldedHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + (packedUnit(text.charCodeAt(i)) >>> FOLDED_SHIFT)) | 0;
  return h;
}
