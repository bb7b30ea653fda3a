/**
 * A small map keyed by key numbers (DocumentTokens.keyId), for the names of one document:
 * open addressing over typed keys, sized to what the document puts in it, so that it stays in
 * the processor's cache; clear() empties only the slots used.
 */
export class KeyNumberMap<V> {
  /** Keys by slot, EMPTY for a free slot. */
  private keys = new Int32Array(64).fill(EMPTY);
  private values: (V | undefined)[] = new Array<V | undefined>(64).fill(undefined);
  /** 32 less the bits of a slot's index: a key's slot is the top bits of its product by a constant. */
  private shift = 32 - 6;
  /** The slots used since the last clear(). */
  private readonly used: number[] = [];

  get(key: number): V | undefined {
    const { keys } = this;
    const mask = keys.length - 1;
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & mask) {
      const found = keys[slot];
      if (found === key) return this.values[slot];
      if (found === EMPTY) return undefined;
    }
  }

  /** Sets the value of a key (not undefined: that means no value). */
  set(key: number, value: V): void {
    if ((this.used.length + 1) * 2 > this.keys.length) this.grow();
    const { keys } = this;
    const mask = keys.length - 1;
    let slot = this.slotOf(key);
    while (keys[slot] !== key && keys[slot] !== EMPTY) slot = (slot + 1) & mask;
    if (keys[slot] === EMPTY) {
      keys[slot] = key;
      this.used.push(slot);
    }
    this.values[slot] = value;
  }

  clear(): void {
    for (const slot of this.used) {
      this.keys[slot] = EMPTY;
      this.values[slot] = undefined;
    }
    this.used.length = 0;
  }

  /** The first slot to try for a key: consecutive key numbers spread over the slots (Fibonacci hashing). */
  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  private grow(): void {
    const { keys, values } = this;
    const used = this.used.splice(0);
    this.keys = new Int32Array(keys.length * 2).fill(EMPTY);
    this.values = new Array<V | undefined>(keys.length * 2).fill(undefined);
    this.shift--;
    for (const slot of used) this.set(keys[slot], values[slot]!);
  }
}

/** Key numbers are never negative. */
const EMPTY = -1;
