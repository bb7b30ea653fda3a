import { OWN_WORD_BASE } from './lexicon.js';

/**
 * A map keyed by key numbers (DocumentTokens.keyId: lexicon numbers, then a document's own
 * numbers from OWN_WORD_BASE) held in two plain arrays: a look-up is an index, and clear()
 * forgets only the entries set. A Map would hash every key, and a cleared Map starts again
 * from a small table it grows while the next document fills it.
 */
export class KeyNumberMap<V> {
  private readonly ofLexiconWord: (V | undefined)[] = [];
  private readonly ofOwnWord: (V | undefined)[] = [];
  /** The keys set since the last clear(). */
  private readonly keys: number[] = [];

  get(key: number): V | undefined {
    if (key < OWN_WORD_BASE) return key < this.ofLexiconWord.length ? this.ofLexiconWord[key] : undefined;
    const own = key - OWN_WORD_BASE;
    return own < this.ofOwnWord.length ? this.ofOwnWord[own] : undefined;
  }

  /** Sets the value of a key (not undefined: that means no value). */
  set(key: number, value: V): void {
    if (key < OWN_WORD_BASE) this.setAt(this.ofLexiconWord, key, key, value);
    else this.setAt(this.ofOwnWord, key - OWN_WORD_BASE, key, value);
  }

  private setAt(values: (V | undefined)[], index: number, key: number, value: V): void {
    // filled up to the index, so that the array stays a list (an index far past the end would make it a dictionary)
    while (values.length <= index) values.push(undefined);
    if (values[index] === undefined) this.keys.push(key);
    values[index] = value;
  }

  clear(): void {
    for (const key of this.keys) {
      if (key < OWN_WORD_BASE) this.ofLexiconWord[key] = undefined;
      else this.ofOwnWord[key - OWN_WORD_BASE] = undefined;
    }
    this.keys.length = 0;
  }
}
