import { Command, InvalidArgumentError, Option } from 'commander';
import type { FailOn } from '../../check/index.js';
import { addCommonOptions, examplesHelp } from '../common-options.js';
import type { CliIO } from '../io.js';
import { CHECK_FORMATS } from '../render/formats.js';
import type { CommonOptions } from './types.js';

export interface CheckCommandOptions extends CommonOptions {
  tolerance?: number;
  absTolerance?: number;
  sameTime?: boolean;
  expect?: string;
  failOn: FailOn;
  claims: string[];
}

function nonNegative(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0) throw new InvalidArgumentError('expected a number of at least 0');
  return number;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

const EXAMPLES: [string, string][] = [
  ['amz-claims check', 'the bundled corpus: AWS at 47,8 % in one source, 30 % in another'],
  ['amz-claims check articles/ --format github', 'annotations for a GitHub Actions job'],
  ['amz-claims check --claims part-*.jsonl', 'claims extracted earlier, in shards (the reduce step)'],
  ['amz-claims check articles/ --expect reference.json --same-time', 'against reference values, same periods only'],
];

/** `check` reads documents like every command, or claims JSONL written by `extract`. */
export function addCheckCommand(program: Command, io: CliIO, version: string): void {
  const command = program
    .command('check')
    .description('cross-source consistency: report figures that sources disagree on (exit 1 when they do)');
  addCommonOptions(command, CHECK_FORMATS)
    .addOption(new Option('--tolerance <ratio>', 'accepted relative difference, (max − min) / mean').argParser(nonNegative))
    .addOption(new Option('--abs-tolerance <points>', "accepted difference in the unit's points").argParser(nonNegative))
    .option('--same-time', 'compare only claims whose periods are equal or unknown')
    .option('--expect <file>', 'also compare claims with reference values: [{"subject","metric","value","unit","time"}]')
    .addOption(new Option('--fail-on <level>', 'exit 1 on conflicts only, on warnings too, or never').choices(['conflict', 'warning', 'never']).default('conflict'))
    .option('--claims <file>', 'claims JSONL written by `extract --format jsonl` (repeatable; - for standard input)', collect, [] as string[])
    .addHelpText(
      'after',
      `
Claims group by subject, metric and unit. Values of one period (or an unknown one) that
differ beyond the tolerance are a conflict; values that differ only across known periods
are a warning. Default tolerance: 0.05 relative; --abs-tolerance alone replaces it.
${examplesHelp(EXAMPLES)}`,
    )
    .action(async (inputs: string[], options: CheckCommandOptions) => {
      if (options.json) options.format = 'json';
      const { runCheck } = await import('../run-check.js');
      process.exitCode = await runCheck(inputs, options, io, version);
    });
}
