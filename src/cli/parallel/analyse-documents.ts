import type { Document } from '../../document/document.js';
import type { InputError, InputItem } from '../../document/read-inputs.js';
import { BATCH_CHARS, BATCH_DOCUMENTS, BATCHES_IN_FLIGHT_PER_JOB, CHARS_IN_FLIGHT, INPUT_STALL_MS, PARALLEL_MIN_CHARS } from './jobs.js';
import type { DocumentOutput, WorkerSetup } from './messages.js';
import { readAhead } from './read-ahead.js';
import { WorkerPool } from './worker-pool.js';
import { workerScript } from './worker-script.js';

/** An input that could not be read, or a document with what was computed for it. */
export type AnalysedItem = { readonly error: InputError } | { readonly document: Document; readonly output: DocumentOutput };

export interface AnalyseOptions {
  readonly jobs: number;
  /** What workers compute; `analyse` must compute the same on the main thread. */
  readonly setup: WorkerSetup;
  readonly analyse: (document: Document) => DocumentOutput;
  /** Told how many worker threads were started (AMZ_DEBUG). */
  readonly onWorkers?: (count: number) => void;
}

/**
 * The inputs' documents with their outputs, in input order, unreadable inputs in their place.
 * With jobs > 1 and enough text, worker threads compute the outputs, a bounded window of
 * batches in flight; otherwise the main thread does, document by document. A start that
 * is slow or stalls (a pipeline feeding documents one by one) runs on the main thread, and
 * workers take over once enough text has come.
 */
export async function* analyseDocuments(items: AsyncIterable<InputItem>, options: AnalyseOptions): AsyncGenerator<AnalysedItem> {
  const script = options.jobs > 1 ? workerScript() : null;
  // Workers only pay off past a megabyte of text in at least two documents.
  let documents = 0;
  let chars = 0;
  const enough = (item: InputItem): boolean => {
    if ('document' in item) {
      documents++;
      chars += item.document.text.length;
    }
    return documents >= 2 && chars >= PARALLEL_MIN_CHARS;
  };
  let iterator: AsyncIterator<InputItem>;
  if (script === null) {
    iterator = items[Symbol.asyncIterator]();
  } else {
    const ahead = await readAhead(items, enough, INPUT_STALL_MS);
    iterator = ahead.items;
    if (ahead.enough) {
      yield* inPool(script, options, iterator);
      return;
    }
    documents = 0;
    chars = 0;
  }
  try {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const item = next.value;
      yield 'error' in item ? item : { document: item.document, output: options.analyse(item.document) };
      if (script !== null && enough(item)) {
        yield* inPool(script, options, iterator);
        return;
      }
    }
  } finally {
    await iterator.return?.();
  }
}

/** The rest of the items, analysed by a pool of workers started for them. */
async function* inPool(script: URL, options: AnalyseOptions, iterator: AsyncIterator<InputItem>): AsyncGenerator<AnalysedItem> {
  const pool = new WorkerPool(script, options.jobs, options.setup);
  options.onWorkers?.(options.jobs);
  try {
    yield* inWorkers(pool, options.jobs, remaining(iterator));
  } finally {
    await pool.close();
    await iterator.return?.();
  }
}

/** What is left of an iterator, as an iterable that does not close it when a loop over it stops. */
function remaining<T>(iterator: AsyncIterator<T>): AsyncIterable<T> {
  return { [Symbol.asyncIterator]: () => ({ next: () => iterator.next() }) };
}

/** Consecutive input items (documents and unreadable inputs, in order) sent to a worker together. */
interface Batch {
  readonly items: InputItem[];
  readonly documents: Document[];
  chars: number;
  outputs: Promise<DocumentOutput[]> | null;
}

const emptyBatch = (): Batch => ({ items: [], documents: [], chars: 0, outputs: null });

async function* inWorkers(pool: WorkerPool, jobs: number, items: AsyncIterable<InputItem>): AsyncGenerator<AnalysedItem> {
  const window: Batch[] = [];
  const maxBatches = jobs * BATCHES_IN_FLIGHT_PER_JOB;
  let charsInFlight = 0;
  let filling = emptyBatch();

  const send = (): void => {
    if (filling.documents.length > 0) {
      filling.outputs = pool.analyse(filling.documents);
      // Awaited in order later; a failure before then must not count as unhandled.
      filling.outputs.catch(() => undefined);
    }
    window.push(filling);
    charsInFlight += filling.chars;
    filling = emptyBatch();
  };

  async function* oldest(): AsyncGenerator<AnalysedItem> {
    const batch = window.shift()!;
    const outputs = batch.outputs === null ? [] : await batch.outputs;
    charsInFlight -= batch.chars;
    let next = 0;
    for (const item of batch.items) yield 'error' in item ? item : { document: item.document, output: outputs[next++] };
  }

  for await (const item of items) {
    filling.items.push(item);
    if ('document' in item) {
      filling.documents.push(item.document);
      filling.chars += item.document.text.length;
    }
    if (filling.chars >= BATCH_CHARS || filling.items.length >= BATCH_DOCUMENTS) {
      send();
      while (window.length >= maxBatches || (charsInFlight > CHARS_IN_FLIGHT && window.length > 0)) yield* oldest();
    }
  }
  if (filling.items.length > 0) send();
  while (window.length > 0) yield* oldest();
}
