import { availableParallelism } from 'node:os';

/** `--jobs`, or one worker per core. */
export function jobsWanted(option: unknown): number {
  return typeof option === 'number' && Number.isInteger(option) && option >= 1 ? option : availableParallelism();
}

/**
 * Below this much text (UTF-16 units) the run stays on the main thread: starting a worker
 * and loading its models costs about as much as analysing a megabyte.
 */
export const PARALLEL_MIN_CHARS = 1 << 20;

/**
 * While reading ahead to decide on workers, an input that sends nothing for this long (ms) is
 * a pipeline waiting for answers: what has come is analysed on the main thread meanwhile.
 */
export const INPUT_STALL_MS = 50;

/**
 * Documents go to workers in batches of about this much text (UTF-16 units): a message
 * costs a fraction of a millisecond, as much as analysing a short article.
 */
export const BATCH_CHARS = 64 << 10;
/** Documents at most in a batch (short documents: records of a batch are held until it is printed). */
export const BATCH_DOCUMENTS = 256;

/** Batches in flight per worker: enough to keep every worker busy, few enough to bound memory. */
export const BATCHES_IN_FLIGHT_PER_JOB = 3;

/** Text in flight at most (UTF-16 units), whatever the document sizes. */
export const CHARS_IN_FLIGHT = 32 << 20;
