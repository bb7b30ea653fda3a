export interface ReadAhead<T> {
  /** The items read so far, then the rest of the input. */
  readonly items: AsyncIterator<T>;
  /** True when `enough` said so of the items read ahead. */
  readonly enough: boolean;
}

/**
 * Reads items until `enough` is true of what has been read, the input ends, or the next
 * item takes longer than `stallMs` to come, so a run can decide from the start of its input
 * whether it is worth starting workers, without holding back the answer to a pipeline that
 * sends one document and waits for its records.
 */
export async function readAhead<T>(source: AsyncIterable<T>, enough: (item: T) => boolean, stallMs: number): Promise<ReadAhead<T>> {
  const iterator = source[Symbol.asyncIterator]();
  const buffered: T[] = [];
  let waiting: Promise<IteratorResult<T>> | null = null;
  let ended = false;
  let reached = false;
  for (;;) {
    const next = iterator.next();
    const result = await settledWithin(next, stallMs);
    if (result === undefined) {
      waiting = next;
      break;
    }
    if (result.done) {
      ended = true;
      break;
    }
    buffered.push(result.value);
    if (enough(result.value)) {
      reached = true;
      break;
    }
  }
  async function* items(): AsyncGenerator<T> {
    try {
      yield* buffered.splice(0);
      for (let next = waiting ?? iterator.next(); !ended; next = iterator.next()) {
        const result = await next;
        if (result.done) ended = true;
        else yield result.value;
      }
    } finally {
      if (!ended) await iterator.return?.();
    }
  }
  return { items: items(), enough: reached };
}

/** The promise's value, or undefined when it is not settled within `ms`. */
async function settledWithin<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, ms, undefined);
  });
  try {
    return await Promise.race([promise, stalled]);
  } finally {
    clearTimeout(timer);
  }
}
