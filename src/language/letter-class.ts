/**
 * Whether a UTF-16 code unit is a letter, and whether that letter is Latin. Classified once per
 * distinct code unit and cached in a typed array, so scanning runs no regex per character.
 */
const UNKNOWN = 0;
const NOT_LETTER = 1;
const LATIN_LETTER = 2;
const OTHER_LETTER = 3;

const LETTER = /^\p{L}$/u;
const LATIN = /^\p{Script=Latin}$/u;
const classes = new Uint8Array(0x10000);

function classify(code: number): number {
  let kind = classes[code];
  if (kind === UNKNOWN) {
    const char = String.fromCharCode(code);
    kind = !LETTER.test(char) ? NOT_LETTER : LATIN.test(char) ? LATIN_LETTER : OTHER_LETTER;
    classes[code] = kind;
  }
  return kind;
}

/** A letter of any script (surrogate halves count as non-letters: astral scripts are rare here). */
export function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return classify(code) >= LATIN_LETTER;
}

export function isLatinLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return classify(code) === LATIN_LETTER;
}

/** Apostrophes that eld keeps inside words (l'an, don't): straight, grave and curly. */
export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x60 || code === 0x2019;
}
