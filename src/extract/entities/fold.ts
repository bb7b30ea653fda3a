/**
 * Same-length lower-case copies of a text, so offsets into them are offsets into the
 * original: `lower` keeps accents (for cue words: « à » is not « a »), `key` drops them
 * (Etats-Unis = États-Unis). One code unit in, one code unit out; a character whose
 * lower-case or base form is longer (İ, ß) maps to itself lower-cased when possible.
 */
const lowerCache = new Map<number, string>();
const keyCache = new Map<number, string>();

function lowerUnit(code: number): string {
  let value = lowerCache.get(code);
  if (value === undefined) {
    const char = String.fromCharCode(code);
    const lowered = char.toLowerCase();
    value = code === 0x2019 || code === 0x2bc ? "'" : lowered.length === 1 ? lowered : char;
    lowerCache.set(code, value);
  }
  return value;
}

function keyUnit(code: number): string {
  let value = keyCache.get(code);
  if (value === undefined) {
    const lowered = lowerUnit(code);
    const base = lowered.normalize('NFD')[0];
    value = base && base.length === 1 && lowered.normalize('NFD').length > 1 ? base : lowered;
    keyCache.set(code, value);
  }
  return value;
}

export function lowerText(text: string): string {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    parts.push(code < 0x41 || (code > 0x5a && code < 0xc0) ? text[i] : lowerUnit(code));
  }
  return parts.join('');
}

export function keyText(text: string): string {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    parts.push(code >= 0x61 && code <= 0x7a ? text[i] : keyUnit(code));
  }
  return parts.join('');
}
