import { lexicon, mix, OWN_WORD_BASE } from './lexicon.js';

/**
 * Numbers for the keys of a document's words that the lexicon does not hold, in order of
 * first look-up, so that steps compare any two tokens' keys as numbers. Each number keeps a
 * copy of its word's folded units: nothing of the document's text is kept.
 */
export class OwnWords {
  /** Open addressing by hash, two entries a slot: the word's hash, and its index + 1 (0 for an empty slot). */
  private slots = new Int32Array(2 << 10);
  private starts = new Int32Array(1 << 9);
  private lengths = new Int32Array(1 << 9);
  /** The folded units of the words, one after the other. */
  private units = new Uint16Array(1 << 12);
  private unitCount = 0;
  private count = 0;
  /** Slots in use for this document, minus one: twice as many as its words at least. */
  private mask = 0;

  /** Forgets the numbers of the previous document; `words` bounds how many this one will ask for. */
  reset(words: number): void {
    this.count = 0;
    this.unitCount = 0;
    let size = 16;
    while (size < words * 2) size *= 2;
    this.mask = size - 1;
    if (this.slots.length < 2 * size) {
      this.slots = new Int32Array(2 * size);
      this.starts = new Int32Array(size / 2);
      this.lengths = new Int32Array(size / 2);
    } else this.slots.fill(0, 0, 2 * size);
  }

  /** The number of the word the lexicon last failed to find (Lexicon.lastUnits, lastHash). */
  numberOfLastLookUp(): number {
    const { slots, mask, units } = this;
    const { lastUnits, lastLength: length, lastHash: hash } = lexicon;
    let slot = mix(hash) & mask;
    for (; slots[2 * slot + 1] !== 0; slot = (slot + 1) & mask) {
      if (slots[2 * slot] !== hash) continue;
      const index = slots[2 * slot + 1] - 1;
      if (this.lengths[index] !== length) continue;
      const at = this.starts[index];
      let j = 0;
      while (j < length && units[at + j] === lastUnits[j]) j++;
      if (j === length) return OWN_WORD_BASE + index;
    }
    const index = this.count++;
    if (this.unitCount + length > this.units.length) {
      const units = new Uint16Array(Math.max(this.units.length * 2, this.unitCount + length));
      units.set(this.units);
      this.units = units;
    }
    this.starts[index] = this.unitCount;
    for (let j = 0; j < length; j++) this.units[this.unitCount++] = lastUnits[j];
    this.lengths[index] = length;
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = index + 1;
    return OWN_WORD_BASE + index;
  }
}
