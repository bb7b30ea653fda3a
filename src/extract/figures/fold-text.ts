/**
 * A same-length folded copy of the text: lower case, accents stripped, typographic
 * apostrophes, dashes, minus signs and the no-break spaces of French typography mapped to
 * their ASCII forms, superscript ordinal letters (6ᵉ, 1ᵉʳ) and ² ³ to plain ones. Every
 * UTF-16 unit maps to exactly one unit, so offsets into the copy are offsets into the text.
 */
const table = new Map<number, string>();
let ready = false;

function buildTable(): void {
  const set = (chars: string, to: string): void => {
    for (const ch of chars) table.set(ch.charCodeAt(0), to);
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
  ready = true;
}

function foldUnit(code: number): number {
  if (code < 0x41) return code;
  if (code <= 0x5a) return code + 32;
  if (code < 0x80) return code;
  if (!ready) buildTable();
  const mapped = table.get(code);
  if (mapped !== undefined) return mapped.charCodeAt(0);
  const ch = String.fromCharCode(code);
  const base = ch.normalize('NFD').charAt(0).toLowerCase();
  return base.length === 1 ? base.charCodeAt(0) : code;
}

const cache = new Map<number, number>();

export function foldText(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) codes[i] = code >= 0x41 && code <= 0x5a ? code + 32 : code;
    else {
      let folded = cache.get(code);
      if (folded === undefined) {
        folded = foldUnit(code);
        cache.set(code, folded);
      }
      codes[i] = folded;
    }
  }
  let out = '';
  const chunk = 8192;
  for (let i = 0; i < codes.length; i += chunk) out += String.fromCharCode(...codes.subarray(i, i + chunk));
  return out;
}
