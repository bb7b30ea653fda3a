import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { packageRoot } from '../data/load.js';
import { addCheckCommand } from './commands/check.js';
import { DOCUMENT_COMMANDS } from './commands/index.js';
import type { CommonOptions, DocumentCommand } from './commands/types.js';
import { EXIT } from './exit-status.js';
import { processIO, reportError, type CliIO } from './io.js';
import { addCommonOptions, examplesHelp } from './common-options.js';

// Only argument parsing happens here; the analysis modules load when a command runs,
// so `amz-claims --help` starts fast.

const version = (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;

function addDocumentCommand(program: Command, definition: DocumentCommand, io: CliIO): void {
  const command = program.command(definition.name).description(definition.summary);
  addCommonOptions(command);
  definition.configure?.(command);
  command.addHelpText('after', examplesHelp(definition.examples));
  command.action(async (inputs: string[], options: CommonOptions) => {
    if (options.json) options.format = 'json';
    const { runDocumentCommand } = await import('./run.js');
    process.exitCode = await runDocumentCommand(definition, inputs, options, io, version);
  });
}

export function buildProgram(io: CliIO): Command {
  const program = new Command('amz-claims')
    .description('Who claims what figure, about whom, for when: source analysis of French text.')
    .version(version, '-V, --version')
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  for (const definition of DOCUMENT_COMMANDS) addDocumentCommand(program, definition, io);
  addCheckCommand(program, io, version);
  program.addHelpText(
    'after',
    `
Inputs: none (the bundled corpus), files, directories (every *.txt and *.md below, sorted),
or - (standard input; with --input jsonl one {"id","text","date",...} document a line).

Exit status: 0 success, 1 check found conflicts, 2 bad usage or an unreadable input.
${examplesHelp([
  ['amz-claims corpus', 'the bundled corpus, one line per article'],
  ['amz-claims figures article.txt --format jsonl', 'every quantity of one file'],
  ['cat docs.jsonl | amz-claims tokens - --input jsonl --format jsonl', 'a JSONL pipeline'],
])}`,
  );
  return program;
}

async function main(): Promise<void> {
  const io = processIO();
  try {
    await buildProgram(io).parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    reportError(io, `internal error: ${(error as Error).message}`);
    if (io.env.AMZ_DEBUG) io.stderr.write(`${(error as Error).stack}\n`);
    process.exitCode = EXIT.usage;
  }
}

await main();
