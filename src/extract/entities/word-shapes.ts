/**
 * A quick « certainly not in the list » test for words: a bit per (length, first code unit)
 * seen among the list's words. Most words of a text fail it without a hash look-up, which
 * would first hash the word's string.
 */
export class WordShapes {
  private readonly seen = new Uint8Array(32 * 128);

  constructor(words: Iterable<string>) {
    this.reset(words);
  }

  /** Makes the shapes those of `words` only: one WordShapes can serve document after document. */
  reset(words: Iterable<string>): void {
    this.seen.fill(0);
    for (const word of words) this.seen[WordShapes.shape(word)] = 1;
  }

  /** Adds the shape of a word known by its length and first code unit. */
  addWord(length: number, firstUnit: number): void {
    this.seen[(length < 32 ? length : 31) * 128 + (firstUnit & 0x7f)] = 1;
  }

  private static shape(word: string): number {
    return (word.length < 32 ? word.length : 31) * 128 + (word.charCodeAt(0) & 0x7f);
  }

  /** False only when `word` is not one of the words. */
  mayContain(word: string): boolean {
    return this.seen[WordShapes.shape(word)] === 1;
  }

  /** mayContain for a word known by its length and first code unit, without its string. */
  mayContainWord(length: number, firstUnit: number): boolean {
    return this.seen[(length < 32 ? length : 31) * 128 + (firstUnit & 0x7f)] === 1;
  }
}

const shapes = new WeakMap<object, WordShapes>();

/** The shapes of a collection of words that does not change, built once. */
export function wordShapes(words: ReadonlySet<string> | ReadonlyMap<string, unknown>): WordShapes {
  let found = shapes.get(words);
  if (!found) {
    found = new WordShapes(words.keys());
    shapes.set(words, found);
  }
  return found;
}
