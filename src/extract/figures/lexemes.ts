/**
 * The folded text cut into runs: letters, digits, blanks, and single punctuation or symbol
 * characters. Figures are read over these runs (one pass to build them, then parsers walk
 * the array by index), never by re-scanning the text per candidate.
 */
export type LexemeKind = 'word' | 'digits' | 'space' | 'newline' | 'punct';

export interface Lexeme {
  readonly kind: LexemeKind;
  readonly start: number;
  readonly end: number;
  /** The folded form (lower case, no accents). */
  readonly norm: string;
}

function isAsciiLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

const letterPattern = /\p{L}|\p{M}/u;

function isLetter(folded: string, i: number): boolean {
  const code = folded.charCodeAt(i);
  if (isAsciiLetter(code)) return true;
  if (code < 0xaa) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false; // astral symbols (emoji) are punctuation here
  return letterPattern.test(folded.charAt(i));
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c;
}

export function lexemes(folded: string): Lexeme[] {
  const out: Lexeme[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const start = i;
    const code = folded.charCodeAt(i);
    let kind: LexemeKind;
    if (isDigit(code)) {
      while (i < n && isDigit(folded.charCodeAt(i))) i++;
      kind = 'digits';
    } else if (isBlank(code)) {
      let newline = false;
      while (i < n && isBlank(folded.charCodeAt(i))) {
        if (folded.charCodeAt(i) === 0x0a || folded.charCodeAt(i) === 0x0d) newline = true;
        i++;
      }
      kind = newline ? 'newline' : 'space';
    } else if (isLetter(folded, i)) {
      while (i < n && isLetter(folded, i)) i++;
      kind = 'word';
    } else {
      // a surrogate pair stays one symbol
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
      kind = 'punct';
    }
    out.push({ kind, start, end: i, norm: folded.slice(start, i) });
  }
  return out;
}
