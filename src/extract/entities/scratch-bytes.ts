/**
 * A zero-filled byte array reused from document to document: making a typed array costs about
 * a microsecond (its memory lives outside the JavaScript heap), several times the work a short
 * document asks of it. Each user holds its own; the array is valid until that user's next call.
 */
export class ScratchBytes {
  private bytes = new Uint8Array(1024);

  /** At least `length` bytes, the first `length` of them zero. */
  zeroed(length: number): Uint8Array {
    if (this.bytes.length < length) this.bytes = new Uint8Array(Math.max(length, this.bytes.length * 2));
    else this.bytes.fill(0, 0, length);
    return this.bytes;
  }
}
