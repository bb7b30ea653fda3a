const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** « xxi » -> 21; null unless the letters are a well-formed small Roman numeral. */
export function romanValue(letters: string): number | null {
  if (letters.length === 0 || letters.length > 6) return null;
  let total = 0;
  for (let k = 0; k < letters.length; k++) {
    const value = ROMAN[letters[k]];
    if (value === undefined) return null;
    const next = ROMAN[letters[k + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** A Roman ordinal as one folded word: « xxie », « xixe », « xxieme », « ier ». */
export function readRomanOrdinal(word: string): number | null {
  for (const suffix of ['eme', 'er', 'e']) {
    if (word.length > suffix.length && word.endsWith(suffix)) {
      const value = romanValue(word.slice(0, -suffix.length));
      if (value !== null) return value;
    }
  }
  return null;
}
