import { AnalyzedDocument } from '../analysis.js';
import { readInputs } from '../document/read-inputs.js';
import type { DocumentCommand, CommonOptions } from './commands/types.js';
import { colourFor, reportError, terminalWidth, type CliIO } from './io.js';
import { BrokenPipe, Output } from './output.js';
import { createRenderer } from './render/index.js';
import { EXIT, type ExitStatus } from './exit-status.js';

/**
 * Reads the inputs document by document, prints each one's records as they come, and
 * reports unreadable inputs on stderr while going on with the others.
 */
export async function runDocumentCommand(
  command: DocumentCommand,
  inputs: readonly string[],
  options: CommonOptions,
  io: CliIO,
  version: string,
): Promise<ExitStatus> {
  const output = new Output(io.stdout);
  const renderer = createRenderer(options.format, {
    schema: `amz-claims/${command.name}@1`,
    version,
    recordType: command.recordType,
    width: terminalWidth(io),
    chalk: colourFor(io, options.color),
  });
  let failed = 0;
  let read = 0;
  try {
    const items = readInputs(inputs, { format: options.input, defaultDate: options.date ?? null, stdin: io.stdin });
    for await (const item of items) {
      if ('error' in item) {
        failed++;
        reportError(io, `${item.error.input}: ${item.error.message}`);
        continue;
      }
      read++;
      const analysis = new AnalyzedDocument(item.document);
      let text = '';
      for (const record of command.records(analysis, options)) text += renderer.record(record);
      await output.write(text);
    }
    await output.write(renderer.end(read > 0 || failed === 0));
  } catch (error) {
    if (error instanceof BrokenPipe) return EXIT.ok;
    throw error;
  }
  return failed > 0 ? EXIT.usage : EXIT.ok;
}
