import { foldCode } from './fold-text.js';

/**
 * What the figure reader needs of each UTF-16 unit of the raw text: its folded unit (foldCode)
 * and that unit's class (letter, digit, blank, line break, other), in tables filled on first use
 * of each unit, so that a character costs one look-up and the text is never copied to fold it.
 */
export const enum UnitClass {
  Letter = 1,
  Digit = 2,
  Blank = 3,
  Newline = 4,
  Other = 5,
}

const letterPattern = /\p{L}|\p{M}/u;

function classify(folded: number): number {
  if (folded >= 0x61 && folded <= 0x7a) return UnitClass.Letter;
  if (folded >= 0x30 && folded <= 0x39) return UnitClass.Digit;
  if (folded === 0x0a || folded === 0x0d) return UnitClass.Newline;
  if (folded === 0x20 || folded === 0x09 || folded === 0x0b || folded === 0x0c) return UnitClass.Blank;
  if (folded < 0xaa) return UnitClass.Other;
  if (folded >= 0xd800 && folded <= 0xdfff) return UnitClass.Other; // astral symbols (emoji) are punctuation here
  return letterPattern.test(String.fromCharCode(folded)) ? UnitClass.Letter : UnitClass.Other;
}

/**
 * A packed unit: the class in its low bits, the folded unit above them. (Constant enums: tsc
 * writes the numbers in place, and the scanning loops run faster than with imported constants.)
 */
export const enum Packed {
  ClassMask = 7,
  FoldedShift = 3,
}

/**
 * The packed unit of each raw unit (never 0: classes start at 1), 0 for a unit not yet met.
 * The loops over every character read it directly and call packedUnit only on a 0, where a
 * run seems to end: a call in their inner loop slows them down by a quarter.
 */
export const packedUnits = new Int32Array(65536);

function pack(code: number): number {
  const folded = foldCode(code);
  const value = (folded << Packed.FoldedShift) | classify(folded);
  packedUnits[code] = value;
  return value;
}

/** The folded unit and its class of a raw UTF-16 unit: `(folded << Packed.FoldedShift) | class`. */
export function packedUnit(code: number): number {
  const value = packedUnits[code];
  return value !== 0 ? value : pack(code);
}

/** The folded form of units[i]. */
export function foldedAt(units: Uint16Array, i: number): number {
  return packedUnit(units[i]) >>> Packed.FoldedShift;
}

/** A 32-bit hash of a folded word, for look-ups that must not cut the word out of the text. */
export function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

/** The wordHash of the folded units[start, end), read in place. */
export function foldedHash(units: Uint16Array, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + foldedAt(units, i)) | 0;
  return h;
}
