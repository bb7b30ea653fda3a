import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnalyzedDocument } from '../../src/analysis.js';
import { DOCUMENT_COMMANDS } from '../../src/cli/commands/index.js';
import type { CommonOptions } from '../../src/cli/commands/types.js';
import { createDocument } from '../../src/document/document.js';
import { longLine, mixedText } from './arbitrary-text.js';
import { spanViolations } from './span-contract.js';

// Every document command's records, built in-process as the CLI builds them, on text
// no article would hold: no crash, and every span is the code-point slice it claims.

const VARIANTS: readonly { readonly label: string; readonly options: Partial<CommonOptions> }[] = [
  ...DOCUMENT_COMMANDS.map((command) => ({ label: command.name, options: {} })),
  { label: 'lang', options: { by: 'sentence' } },
];

function checkEveryCommand(text: string, date: string | null): void {
  const codePoints = [...text];
  for (const variant of VARIANTS) {
    const command = DOCUMENT_COMMANDS.find((c) => c.name === variant.label)!;
    const analysis = new AnalyzedDocument(createDocument('doc', text, { date }));
    const options = { format: 'jsonl', color: false, input: 'text', ...variant.options } as CommonOptions;
    const records = command.records(analysis, options);
    expect(Array.isArray(records), command.name).toBe(true);
    // the records cross a JSON boundary (jsonl, worker threads): they must survive it
    const copied = JSON.parse(JSON.stringify(records)) as unknown[];
    const violations = spanViolations(copied, codePoints);
    expect(violations, `${command.name}${variant.options.by ? ' --by sentence' : ''}`).toEqual([]);
  }
}

const date = fc.option(fc.constantFrom('2021', '2021-04', '2021-04-14', '1999-12-31'), { nil: null });

describe('every document command on random text', () => {
  it('mixed French, figures, Unicode edge cases, runs of digits, spaces and punctuation', () => {
    fc.assert(fc.property(mixedText, date, (text, d) => checkEveryCommand(text, d)), { numRuns: 150 });
  });

  it('very long lines', () => {
    fc.assert(fc.property(longLine, date, (text, d) => checkEveryCommand(text, d)), { numRuns: 5 });
  });

  // 20 000 characters each: long enough for any per-line or per-run limit to show, short
  // enough that a superlinear step fails in seconds here (linear-work.test.ts measures it)
  it.each([
    ['20 000 digits', '7'.repeat(20_000)],
    ['digits split by spaces', '1 '.repeat(10_000)],
    ['digits with decimal commas', '3,'.repeat(10_000)],
    ['spaces only', ' '.repeat(20_000)],
    ['full stops only', '.'.repeat(20_000)],
    ['no break spaces and percent signs', '\u00a0%'.repeat(10_000)],
    ['lone surrogates', '\ud800a\udc00'.repeat(7_000)],
    ['combining marks on nothing', '\u0301'.repeat(20_000)],
    ['astral characters only', '😀'.repeat(10_000)],
    ['one capitalised name repeated', 'Amazon '.repeat(3_000)],
    ['an opening quote never closed', '« ' + 'il a dit 3 % '.repeat(1_500)],
  ])('%s', (_what, text) => {
    checkEveryCommand(text, '2021-04-14');
  });
});
