/**
 * Entries made at first: the tokens of a long article. The array grows only for a longer document,
 * and a growth deoptimises the refiner that asks for it, optimised by then without that path.
 */
const INITIAL_LENGTH = 1 << 14;

/**
 * A typed array reused from document to document: making a typed array costs about a
 * microsecond (its memory lives outside the JavaScript heap), several times the work a short
 * document asks of it. Each user holds its own; the array is valid until that user's next call.
 */
export class ScratchArray<T extends Uint8Array | Int32Array> {
  private array: T;

  constructor(private readonly make: (length: number) => T) {
    this.array = make(INITIAL_LENGTH);
  }

  /** At least `length` entries, the first `length` of them `value`. */
  filled(length: number, value: number): T {
    if (this.array.length < length) this.array = this.make(Math.max(length, this.array.length * 2));
    this.array.fill(value, 0, length);
    return this.array;
  }
}

/** A reused byte array. */
export function scratchBytes(): ScratchArray<Uint8Array> {
  return new ScratchArray((length) => new Uint8Array(length));
}

/** A reused array of 32-bit integers. */
export function scratchInts(): ScratchArray<Int32Array> {
  return new ScratchArray((length) => new Int32Array(length));
}
