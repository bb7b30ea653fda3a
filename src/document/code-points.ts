/**
 * Converts UTF-16 offsets (JavaScript's) into code-point offsets (the contract's).
 * Only astral characters make the two differ, so we remember where they are and
 * count how many lie before an offset; text without them converts for free.
 */
export class CodePointIndex {
  /** UTF-16 offsets of the high surrogate of every astral character, ascending. */
  private readonly astral: number[] = [];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.astral.push(i);
          i++;
        }
      }
    }
  }

  /** The code-point offset of a UTF-16 offset. */
  toCodePoint(utf16: number): number {
    const astral = this.astral;
    if (astral.length === 0) return utf16;
    // number of astral characters that end at or before `utf16`
    let lo = 0;
    let hi = astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (astral[mid] + 2 <= utf16) lo = mid + 1;
      else hi = mid;
    }
    return utf16 - lo;
  }
}
