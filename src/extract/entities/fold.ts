/**
 * Same-length lower-case copies of a text, so offsets into them are offsets into the
 * original: `lower` keeps accents (for cue words: « à » is not « a »), `key` drops them
 * (Etats-Unis = États-Unis). One code unit in, one code unit out; a character whose
 * lower-case or base form is longer (İ, ß) maps to itself lower-cased when possible.
 */

// one slot per UTF-16 code unit, filled on first sight (0 = not yet; only code 0 maps to 0)
const LOWER = new Uint16Array(0x10000);
const KEY = new Uint16Array(0x10000);

function lowerUnit(code: number): number {
  let value = LOWER[code];
  if (value === 0 && code !== 0) {
    const char = String.fromCharCode(code);
    const lowered = char.toLowerCase();
    value = code === 0x2019 || code === 0x2bc ? 0x27 : lowered.length === 1 ? lowered.charCodeAt(0) : code;
    LOWER[code] = value;
  }
  return value;
}

function keyUnit(code: number): number {
  let value = KEY[code];
  if (value === 0 && code !== 0) {
    const lowered = String.fromCharCode(lowerUnit(code));
    const decomposed = lowered.normalize('NFD');
    const base = decomposed[0];
    value = base && base.length === 1 && decomposed.length > 1 ? base.charCodeAt(0) : lowered.charCodeAt(0);
    KEY[code] = value;
  }
  return value;
}

const CHUNK = 8192;

/** The string of a buffer of code units, lone surrogates included (a text decoder would replace them). */
function fromCodes(codes: Uint16Array): string {
  if (codes.length <= CHUNK) return String.fromCharCode.apply(null, codes as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += CHUNK) parts.push(String.fromCharCode.apply(null, codes.subarray(i, i + CHUNK) as unknown as number[]));
  return parts.join('');
}

export function lowerText(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    codes[i] = code < 0x41 || (code > 0x5a && code < 0xc0) ? code : lowerUnit(code);
  }
  return fromCodes(codes);
}

export function keyText(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    codes[i] = code >= 0x61 && code <= 0x7a ? code : keyUnit(code);
  }
  return fromCodes(codes);
}
