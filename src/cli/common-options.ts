import { InvalidArgumentError, Option, type Command } from 'commander';
import { parseIsoDate } from '../document/iso-date.js';
import { FORMATS } from './render/formats.js';

function isoDateOption(value: string): string {
  if (parseIsoDate(value) === null) throw new InvalidArgumentError('expected YYYY, YYYY-MM or YYYY-MM-DD');
  return value;
}

/** The options of CONTRACT.md that every command takes. */
export function addCommonOptions(command: Command, formats: readonly string[] = FORMATS): Command {
  return command
    .argument('[inputs...]', 'files, directories, or - for standard input (default: the bundled corpus)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(formats).default('table'))
    .addOption(new Option('--json', 'short for --format json').conflicts('format'))
    .addOption(new Option('--input <kind>', 'how to read standard input and files').choices(['text', 'jsonl']).default('text'))
    .option('--date <date>', 'publication date (YYYY[-MM[-DD]]) for inputs that have none', isoDateOption)
    .option('--no-color', 'plain output, even on a terminal')
    .option('-j, --jobs <n>', 'worker threads analysing documents (default: the number of cores)', jobsOption)
    .option('-q, --quiet', 'no progress on stderr');
}

function jobsOption(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return jobs;
}

export function examplesHelp(examples: readonly (readonly [string, string])[]): string {
  const width = Math.max(...examples.map(([example]) => example.length));
  return '\nExamples:\n' + examples.map(([example, what]) => `  ${example.padEnd(width)}  # ${what}`).join('\n') + '\n';
}

