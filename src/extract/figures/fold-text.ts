/**
 * How the figure reader folds the text: lower case, accents stripped, typographic apostrophes,
 * dashes, minus signs and the no-break spaces of French typography mapped to their ASCII forms,
 * superscript ordinal letters (6ᵉ, 1ᵉʳ) and ² ³ to plain ones. Every UTF-16 unit maps to
 * exactly one unit, so offsets into the folded text are offsets into the text; the text is
 * never copied to fold it (unit-table.ts keeps the folded form of each unit met).
 */
const special = new Map<number, number>();

function set(chars: string, to: string): void {
  for (const ch of chars) special.set(ch.charCodeAt(0), to.charCodeAt(0));
}

set('’‘ʼ´', "'");
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

/** The folded form of one UTF-16 unit. */
export function foldCode(code: number): number {
  // ASCII only changes case (a backquote stays a backquote)
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  const mapped = special.get(code);
  if (mapped !== undefined) return mapped;
  if (code >= 0xd800 && code <= 0xdfff) return code; // halves of a surrogate pair stay as they are
  const base = String.fromCharCode(code).normalize('NFD').charAt(0).toLowerCase();
  return base.length === 1 ? base.charCodeAt(0) : code;
}

/** A word folded as the figure reader folds text (lower case, no accents: « Février » → « fevrier »). */
export function foldWord(word: string): string {
  let folded = '';
  for (let i = 0; i < word.length; i++) folded += String.fromCharCode(foldCode(word.charCodeAt(i)));
  return folded;
}
