/**
 * A same-length folded copy of the text: lower case, accents stripped, typographic
 * apostrophes, dashes, minus signs and the no-break spaces of French typography mapped to
 * their ASCII forms, superscript ordinal letters (6ᵉ, 1ᵉʳ) and ² ³ to plain ones. Every
 * UTF-16 unit maps to exactly one unit, so offsets into the copy are offsets into the text.
 *
 * Speed: one table of the 65,536 UTF-16 units, each filled the first time it is met, and the
 * copy decoded from a Uint16Array in one call (no per-character strings).
 */
const special = new Map<number, number>();
/** Folded unit + 1 for each UTF-16 unit, 0 while not yet computed. */
const table = new Uint16Array(65536);
let ready = false;

function buildSpecial(): void {
  const set = (chars: string, to: string): void => {
    for (const ch of chars) special.set(ch.charCodeAt(0), to.charCodeAt(0));
  };
  set('’‘ʼ`´', "'");
  set('\u00a0\u202f\u2009\u2007\u2008\u200a\u205f', ' ');
  set('\u2212\u2013\u2011\u2010', '-');
  set('ᵉ', 'e');
  set('ʳ', 'r');
  set('ᵈ', 'd');
  set('²', '2');
  set('³', '3');
  set('œŒ', 'o'); // one unit for one unit: « œuf » folds to « ouf », never compared as a word here
  set('æÆ', 'a');
  set('µ', 'u');
  for (let code = 0; code < 0x80; code++) table[code] = (code >= 0x41 && code <= 0x5a ? code + 32 : code) + 1;
  ready = true;
}

function foldUnit(code: number): number {
  const mapped = special.get(code);
  if (mapped !== undefined) return mapped;
  if (code >= 0xd800 && code <= 0xdfff) return code; // halves of a surrogate pair stay as they are
  const base = String.fromCharCode(code).normalize('NFD').charAt(0).toLowerCase();
  return base.length === 1 ? base.charCodeAt(0) : code;
}

const decoder = new TextDecoder('utf-16le');
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The folded form of one UTF-16 unit. */
export function foldCode(code: number): number {
  if (!ready) buildSpecial();
  let folded = table[code];
  if (folded === 0) {
    folded = foldUnit(code) + 1;
    table[code] = folded;
  }
  return folded - 1;
}

export function foldText(text: string): string {
  if (!ready) buildSpecial();
  const n = text.length;
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    let folded = table[code];
    if (folded === 0) {
      folded = foldUnit(code) + 1;
      table[code] = folded;
    }
    codes[i] = folded - 1;
  }
  if (littleEndian) return decoder.decode(codes);
  let out = '';
  const chunk = 8192;
  for (let i = 0; i < n; i += chunk) out += String.fromCharCode(...codes.subarray(i, i + chunk));
  return out;
}
