import { AnalyzedDocument } from '../analysis.js';
import type { Document } from '../document/document.js';
import { readInputs, type InputError } from '../document/read-inputs.js';
import type { DocumentCommand, CommonOptions } from './commands/types.js';
import { colourFor, reportError, terminalWidth, type CliIO } from './io.js';
import { BrokenPipe, Output } from './output.js';
import { analyseDocuments } from './parallel/analyse-documents.js';
import { jobsWanted } from './parallel/jobs.js';
import { plainOptions } from './parallel/plain-options.js';
import { ROW_FORMATS } from './parallel/row-formats.js';
import { createProgress } from './progress.js';
import { createRenderer } from './render/index.js';
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
    const items = readInputs(inputs, { format: options.input, defaultDate: options.date ?? null, stdin: io.stdin });
    const analysed = analyseDocuments(items, {
      jobs: jobsWanted(options.jobs),
      setup: {
        producer: command.name,
        options: plainOptions(options),
        rows: ROW_FORMATS.has(options.format) ? { format: options.format, schema, version, recordType: command.recordType } : null,
      },
      analyse: (document) => ({ records: command.records(new AnalyzedDocument(document), options) }),
      onWorkers: (count) => {
        if (io.env.AMZ_DEBUG) io.stderr.write(`amz-claims: ${count} worker threads\n`);
      },
    });
    // A row format's header (csv) is whatever `end` has not yet written; once written, `end` adds nothing.
    let headerWritten = false;
    for await (const item of analysed) {
      if ('error' in item) {
        report(item.error);
        continue;
      }
      const { output } = item;
      let text = '';
      if ('records' in output) {
        for (const record of output.records) text += renderer.record(record);
      } else if (output.text !== '' && !headerWritten) {
        headerWritten = true;
        text = renderer.end(true) + output.text;
      } else {
        text = output.text;
      }
      await printed(item.document, text);
    }
    await output.write(renderer.end(read > 0 || failed === 0));
    await output.end();
  } catch (error) {
    if (error instanceof BrokenPipe) return EXIT.ok;
    throw error;
  } finally {
    progress.clear();
  }
  return failed > 0 ? EXIT.usage : EXIT.ok;
}
