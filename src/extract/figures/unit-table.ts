import { foldCode } from './fold-text.js';
import { classOf } from './lexemes.js';

/**
 * For each UTF-16 unit of the raw text, what the scans over every character need: its folded
 * unit (foldCode) and that unit's class (classOf), packed in one number so that a character
 * costs one table look-up. Filled on first use of each unit.
 */
const packed = new Int32Array(65536);

/** Bits of the class (LETTER, DIGIT...) at the bottom of a packed unit; the folded unit is above. */
export const CLASS_MASK = 7;
export const FOLDED_SHIFT = 3;

function pack(code: number): number {
  const folded = foldCode(code);
  // stored plus one: 0 marks a unit not yet met
  const value = ((folded << FOLDED_SHIFT) | classOf(folded)) + 1;
  packed[code] = value;
  return value;
}

/** The folded unit and its class of a raw UTF-16 unit: `(folded << FOLDED_SHIFT) | class`. */
export function packedUnit(code: number): number {
  const value = packed[code];
  return (value === 0 ? pack(code) : value) - 1;
}
