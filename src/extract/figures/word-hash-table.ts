/**
 * A non-zero number for each of a few wordHash values (flags, or 1 for a set), in open
 * addressing over typed arrays: looked up once per word of the text, it allocates nothing,
 * where a Map keyed by numbers boxes every hash outside the small-integer range. Most words
 * are in no table: one bit per low 16 bits of the stored hashes turns them down at once.
 */
export class WordHashTable {
  private keys = new Int32Array(64);
  private values = new Int32Array(64);
  private count = 0;
  private readonly bits = new Uint32Array(2048);

  /** The number stored for `hash`, 0 when none is. */
  get(hash: number): number {
    if (((this.bits[(hash >>> 5) & 2047] >>> (hash & 31)) & 1) === 0) return 0;
    const mask = this.keys.length - 1;
    for (let slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      const value = this.values[slot];
      if (value === 0 || this.keys[slot] === hash) return value;
    }
  }

  /** Stores a non-zero value for `hash` (OR-ed with what it holds already when `merge`). */
  set(hash: number, value: number, merge = false): void {
    if (value === 0) throw new Error('WordHashTable stores non-zero values only');
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    this.bits[(hash >>> 5) & 2047] |= 1 << (hash & 31);
    const mask = this.keys.length - 1;
    let slot = spread(hash) & mask;
    while (this.values[slot] !== 0 && this.keys[slot] !== hash) slot = (slot + 1) & mask;
    if (this.values[slot] === 0) this.count++;
    this.keys[slot] = hash;
    this.values[slot] = merge ? this.values[slot] | value : value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(values.length * 2);
    this.count = 0;
    for (let slot = 0; slot < keys.length; slot++) if (values[slot] !== 0) this.set(keys[slot], values[slot]);
  }
}

/** Mixes the high bits of a hash into the low ones the table indexes by. */
function spread(hash: number): number {
  return hash ^ (hash >>> 16);
}
