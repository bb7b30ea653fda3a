export interface ReadAhead<T> {
  /** The items read so far, then the rest of the input. */
  readonly items: AsyncIterable<T>;
  /** True when the whole input was read before `enough` said so. */
  readonly ended: boolean;
}

/**
 * Reads items until `enough` is true of what has been read or the input ends, so a run
 * can decide from the start of its input whether it is worth starting workers.
 */
export async function readAhead<T>(source: AsyncIterable<T>, enough: (item: T) => boolean): Promise<ReadAhead<T>> {
  const iterator = source[Symbol.asyncIterator]();
  const buffered: T[] = [];
  let ended = false;
  for (;;) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    buffered.push(next.value);
    if (enough(next.value)) break;
  }
  async function* items(): AsyncGenerator<T> {
    try {
      yield* buffered.splice(0);
      if (ended) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      if (!ended) await iterator.return?.();
    }
  }
  return { items: items(), ended };
}
