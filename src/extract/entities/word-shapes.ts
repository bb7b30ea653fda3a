import { keyUnit } from './fold.js';

/**
 * A word's shape: its length (up to 31), the low seven bits of its first unit and the low three
 * bits of its last unit, both folded to their key form, packed in 15 bits. The scan computes the
 * shape of every token (DocumentTokens.shapes), so a test costs two reads.
 */
export function shapeOf(length: number, firstUnit: number, lastUnit: number): number {
  return ((length < 32 ? length : 31) << 7) | (keyUnit(firstUnit) & 0x7f) | ((keyUnit(lastUnit) & 7) << 12);
}

/**
 * A quick « certainly not in the list » test for words by their shapes. Most words of a text
 * fail it without a hash look-up, which would first hash the word. Folding to the key form
 * keeps it sure for lists compared with lower-case forms too: equal lower-case forms have equal
 * keys.
 */
export class WordShapes {
  /** For each (length, first unit) cell, a bit per last unit seen. */
  private readonly seen = new Uint8Array(32 * 128);

  constructor(words: Iterable<string>) {
    this.reset(words);
  }

  /** Makes the shapes those of `words` only: one WordShapes can serve document after document. */
  reset(words: Iterable<string>): void {
    this.seen.fill(0);
    for (const word of words) if (word.length > 0) this.add(shapeOf(word.length, word.charCodeAt(0), word.charCodeAt(word.length - 1)));
  }

  /** The shapes of two lists together. */
  static union(a: WordShapes, b: WordShapes): WordShapes {
    const both = new WordShapes([]);
    for (let cell = 0; cell < both.seen.length; cell++) both.seen[cell] = a.seen[cell] | b.seen[cell];
    return both;
  }

  /** Adds a shape (shapeOf). */
  add(shape: number): void {
    this.seen[shape & 0xfff] |= 1 << (shape >> 12);
  }

  /** False only when `word` is not one of the words. */
  mayContain(word: string): boolean {
    return word.length > 0 && this.mayHave(shapeOf(word.length, word.charCodeAt(0), word.charCodeAt(word.length - 1)));
  }

  /** False only when no word has this shape. */
  mayHave(shape: number): boolean {
    return (this.seen[shape & 0xfff] & (1 << (shape >> 12))) !== 0;
  }
}
