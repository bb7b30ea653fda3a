import { foldUnit, mix } from './lexicon.js';

/** Numbers given to a document's own words start here, above any lexicon word's number. */
export const OWN_WORD_BASE = 1 << 24;

/**
 * Numbers for the keys of a document's words that the lexicon does not hold, in order of
 * first look-up, so that steps compare any two tokens' keys as numbers. Each number remembers
 * where its word was first written: offsets only, no string of the document is kept.
 */
export class OwnWords {
  /** Open addressing by hash: a number's index + 1, 0 for an empty slot. */
  private slots = new Int32Array(1 << 10);
  private starts = new Int32Array(1 << 9);
  private lengths = new Int32Array(1 << 9);
  private count = 0;
  /** Slots in use for this document, minus one: twice as many as its words at least. */
  private mask = 0;
  private text = '';

  /** Forgets the numbers of the previous document; `words` bounds how many this one will ask for. */
  reset(text: string, words: number): void {
    this.text = text;
    this.count = 0;
    let size = 16;
    while (size < words * 2) size *= 2;
    this.mask = size - 1;
    if (this.slots.length < size) {
      this.slots = new Int32Array(size);
      this.starts = new Int32Array(size / 2);
      this.lengths = new Int32Array(size / 2);
    } else this.slots.fill(0, 0, size);
  }

  /** The number of the key of text[start, end), whose folded units hash to `hash` (Lexicon.find). */
  numberOf(start: number, end: number, hash: number): number {
    const { text, slots, mask } = this;
    const length = end - start;
    let slot = mix(hash) & mask;
    for (; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const index = slots[slot] - 1;
      if (this.lengths[index] !== length) continue;
      const at = this.starts[index];
      let j = 0;
      while (j < length && foldUnit(text.charCodeAt(at + j), true) === foldUnit(text.charCodeAt(start + j), true)) j++;
      if (j === length) return OWN_WORD_BASE + index;
    }
    const index = this.count++;
    this.starts[index] = start;
    this.lengths[index] = length;
    slots[slot] = index + 1;
    return OWN_WORD_BASE + index;
  }
}
