import { AnalyzedDocument } from '../analysis.js';
import type { Document } from '../document/document.js';
import { readInputs, type InputError, type InputItem } from '../document/read-inputs.js';
import type { DocumentCommand, CommonOptions } from './commands/types.js';
import { colourFor, reportError, terminalWidth, type CliIO } from './io.js';
import { BrokenPipe, Output } from './output.js';
import { BATCH_CHARS, BATCH_DOCUMENTS, BATCHES_IN_FLIGHT_PER_JOB, CHARS_IN_FLIGHT, jobsWanted, PARALLEL_MIN_CHARS } from './parallel/jobs.js';
import type { DocumentOutput } from './parallel/messages.js';
import { plainOptions } from './parallel/plain-options.js';
import { readAhead } from './parallel/read-ahead.js';
import { WorkerPool } from './parallel/worker-pool.js';
import { workerScript } from './parallel/worker-script.js';
import { createProgress } from './progress.js';
import { createRenderer, type Renderer } from './render/index.js';
import { EXIT, type ExitStatus } from './exit-status.js';

/**
 * Reads the inputs document by document, prints each one's records as they come, and
 * reports unreadable inputs on stderr while going on with the others. With --jobs > 1 and
 * enough text, worker threads analyse the documents; the output is the same, byte for byte.
 */
export async function runDocumentCommand(
  command: DocumentCommand,
  inputs: readonly string[],
  options: CommonOptions,
  io: CliIO,
  version: string,
): Promise<ExitStatus> {
  const output = new Output(io.stdout);
  const schema = `amz-claims/${command.name}@1`;
  const renderer = createRenderer(options.format, {
    schema,
    version,
    recordType: command.recordType,
    width: terminalWidth(io),
    chalk: colourFor(io, options.color),
  });
  const progress = createProgress(io.stderr, `amz-claims ${command.name}`, options.quiet);
  let failed = 0;
  let read = 0;
  const report = (error: InputError): void => {
    failed++;
    progress.clear();
    reportError(io, `${error.input}: ${error.message}`);
  };
  const printed = async (document: Document, text: string): Promise<void> => {
    read++;
    await output.write(text);
    progress.document(document.text);
  };

  try {
    let items: AsyncIterable<InputItem> = readInputs(inputs, { format: options.input, defaultDate: options.date ?? null, stdin: io.stdin });
    const jobs = jobsWanted(options.jobs);
    const script = jobs > 1 ? workerScript() : null;
    let pool: WorkerPool | null = null;
    if (script !== null) {
      // Workers only pay off past a megabyte of text in at least two documents.
      let documents = 0;
      let chars = 0;
      const ahead = await readAhead(items, (item) => {
        if ('document' in item) {
          documents++;
          chars += item.document.text.length;
        }
        return documents >= 2 && chars >= PARALLEL_MIN_CHARS;
      });
      items = ahead.items;
      if (!ahead.ended) {
        pool = new WorkerPool(script, jobs, { command: command.name, options: plainOptions(options), format: options.format, schema, version });
        if (io.env.AMZ_DEBUG) io.stderr.write(`amz-claims: ${jobs} worker threads\n`);
      }
    }

    if (pool === null) {
      for await (const item of items) {
        if ('error' in item) {
          report(item.error);
          continue;
        }
        const analysis = new AnalyzedDocument(item.document);
        let text = '';
        for (const record of command.records(analysis, options)) text += renderer.record(record);
        await printed(item.document, text);
      }
    } else {
      try {
        await runInWorkers(pool, jobs, items, renderer, report, printed);
      } finally {
        await pool.close();
      }
    }
    await output.write(renderer.end(read > 0 || failed === 0));
  } catch (error) {
    if (error instanceof BrokenPipe) return EXIT.ok;
    throw error;
  } finally {
    progress.clear();
  }
  return failed > 0 ? EXIT.usage : EXIT.ok;
}

/** Consecutive input items (documents and unreadable inputs, in order) sent to a worker together. */
interface Batch {
  readonly items: InputItem[];
  readonly documents: Document[];
  chars: number;
  outputs: Promise<DocumentOutput[]> | null;
}

const emptyBatch = (): Batch => ({ items: [], documents: [], chars: 0, outputs: null });

/**
 * Sends documents to the pool in batches as they are read and prints their outputs in
 * input order, holding a bounded window of batches in flight.
 */
async function runInWorkers(
  pool: WorkerPool,
  jobs: number,
  items: AsyncIterable<InputItem>,
  renderer: Renderer,
  report: (error: InputError) => void,
  printed: (document: Document, text: string) => Promise<void>,
): Promise<void> {
  const window: Batch[] = [];
  const maxBatches = jobs * BATCHES_IN_FLIGHT_PER_JOB;
  let charsInFlight = 0;
  let headerWritten = false;
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

  const printOldest = async (): Promise<void> => {
    const batch = window.shift()!;
    const outputs = batch.outputs === null ? [] : await batch.outputs;
    charsInFlight -= batch.chars;
    let next = 0;
    for (const item of batch.items) {
      if ('error' in item) {
        report(item.error);
        continue;
      }
      const result = outputs[next++];
      let text = '';
      if ('records' in result) {
        for (const record of result.records) text += renderer.record(record);
      } else if (result.text !== '' && !headerWritten) {
        // A row format's header (csv) is whatever `end` has not yet written; once written, `end` adds nothing.
        headerWritten = true;
        text = renderer.end(true) + result.text;
      } else {
        text = result.text;
      }
      await printed(item.document, text);
    }
  };

  for await (const item of items) {
    filling.items.push(item);
    if ('document' in item) {
      filling.documents.push(item.document);
      filling.chars += item.document.text.length;
    }
    if (filling.chars >= BATCH_CHARS || filling.items.length >= BATCH_DOCUMENTS) {
      send();
      while (window.length >= maxBatches || (charsInFlight > CHARS_IN_FLIGHT && window.length > 0)) await printOldest();
    }
  }
  if (filling.items.length > 0) send();
  while (window.length > 0) await printOldest();
}
