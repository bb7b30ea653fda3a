/**
 * Same-length lower-case copies of a text, so offsets into them are offsets into the
 * original: `lower` keeps accents (for cue words: « à » is not « a »), `key` drops them
 * (Etats-Unis = États-Unis). One code unit in, one code unit out; a character whose
 * lower-case or base form is longer (İ, ß) maps to itself lower-cased when possible.
 */

function lowerOf(code: number): number {
  // halves of surrogate pairs (emoji) have no case
  if (code >= 0xd800 && code <= 0xdfff) return code;
  const char = String.fromCharCode(code);
  const lowered = char.toLowerCase();
  return code === 0x2019 || code === 0x2bc ? 0x27 : lowered.length === 1 ? lowered.charCodeAt(0) : code;
}

function keyOf(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return code;
  const lowered = String.fromCharCode(lowerOf(code));
  const decomposed = lowered.normalize('NFD');
  // the base letter when the character decomposes (é -> e + ◌́), else the lower-case character
  return decomposed.length > 1 ? decomposed.charCodeAt(0) : lowered.charCodeAt(0);
}

/** Code units below this are mapped by tables filled once (Latin, Greek, Cyrillic, punctuation...). */
export const FOLD_TABLE_SIZE = 0x3000;

function foldTable(fold: (code: number) => number): Uint16Array {
  const table = new Uint16Array(FOLD_TABLE_SIZE);
  for (let code = 0; code < FOLD_TABLE_SIZE; code++) table[code] = fold(code);
  return table;
}

/** lowerUnit and keyUnit of the code units below FOLD_TABLE_SIZE, for loops that read them directly. */
export const LOWER_UNITS = foldTable(lowerOf);
export const KEY_UNITS = foldTable(keyOf);

/**
 * The string of a buffer of code units, lone surrogates kept (a TextDecoder would replace them).
 * Buffer's UTF-16LE reads the platform's byte order, little-endian on the platforms Node runs on.
 */
function fromCodes(codes: Uint16Array): string {
  // one way for every length: a branch taken only by short names (at start-up) sent the optimised
  // fold back to the interpreter on every document
  return Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength).toString('utf16le');
}

/** The string of a list of code units, lone surrogates kept; in chunks, since a call takes a bounded number of arguments. */
export function stringOfUnits(units: readonly number[]): string {
  const CHUNK = 4096;
  if (units.length <= CHUNK) return String.fromCharCode(...units);
  let text = '';
  for (let at = 0; at < units.length; at += CHUNK) text += String.fromCharCode(...units.slice(at, at + CHUNK));
  return text;
}

/** Bit set in foldChange when the lower-case unit differs from the unit. */
export const LOWER_CHANGES = 1;
/** Bit set in foldChange when the key unit differs from the lower-case unit. */
export const KEY_CHANGES = 2;

/** What folding does to one code unit (LOWER_CHANGES | KEY_CHANGES, or 0 when it keeps it as is). */
export function foldChange(code: number): number {
  const l = lowerUnit(code);
  const k = keyUnit(code);
  return (l !== code ? LOWER_CHANGES : 0) | (k !== l ? KEY_CHANGES : 0);
}

export function lowerText(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = lowerUnit(text.charCodeAt(i));
  return fromCodes(codes);
}

export function keyText(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = keyUnit(text.charCodeAt(i));
  return fromCodes(codes);
}

/** The key form of one code unit, as keyText maps it. */
export function keyUnit(code: number): number {
  return code < FOLD_TABLE_SIZE ? KEY_UNITS[code] : keyOf(code);
}

/** The lower-case form of one code unit, as lowerText maps it. */
export function lowerUnit(code: number): number {
  return code < FOLD_TABLE_SIZE ? LOWER_UNITS[code] : lowerOf(code);
}
