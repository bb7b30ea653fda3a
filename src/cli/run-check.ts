import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { AnalyzedDocument } from '../analysis.js';
import { checkClaims, checkFails, parseExpectations, type CheckedClaim, type ConflictRecord, type Expectation } from '../check/index.js';
import { textLines } from '../document/byte-lines.js';
import { decodeText } from '../document/decode.js';
import { readInputs } from '../document/read-inputs.js';
import { locatedClaims } from '../check/located-claims.js';
import type { CheckCommandOptions } from './commands/check.js';
import { colourFor, reportError, terminalWidth, type CliIO } from './io.js';
import { EXIT, type ExitStatus } from './exit-status.js';
import { BrokenPipe, Output } from './output.js';
import { analyseDocuments } from './parallel/analyse-documents.js';
import { jobsWanted } from './parallel/jobs.js';
import { plainOptions } from './parallel/plain-options.js';
import { createProgress } from './progress.js';
import { renderConflicts } from './render/conflicts.js';
import { parseClaimLine } from '../check/claim-line.js';

/**
 * `check`: gathers claims (from documents, or from claims JSONL written by `extract`),
 * compares sources, prints the disagreements and a one-line summary on stderr.
 */
export async function runCheck(inputs: readonly string[], options: CheckCommandOptions, io: CliIO, version: string): Promise<ExitStatus> {
  let failed = 0;
  const report = (message: string): void => {
    failed++;
    reportError(io, message);
  };

  let expectations: Expectation[] = [];
  if (options.expect !== undefined) {
    const parsed = await readExpectations(options.expect);
    if (typeof parsed === 'string') {
      reportError(io, `${options.expect}: ${parsed}`);
      return EXIT.usage;
    }
    expectations = parsed;
  }

  const claims: CheckedClaim[] = [];
  const documents = new Set<string>();
  for (const file of options.claims) {
    for await (const item of readClaimLines(file, io)) {
      if ('problem' in item) report(`${file === '-' ? 'standard input' : file}: ${item.problem}`);
      else {
        claims.push(item.claim);
        documents.add(item.claim.doc);
      }
    }
  }
  // documents are read when named, or when no claims file stands in for them
  if (inputs.length > 0 || options.claims.length === 0) {
    const progress = createProgress(io.stderr, 'amz-claims check', options.quiet);
    const items = readInputs(inputs, { format: options.input, defaultDate: options.date ?? null, stdin: io.stdin });
    const analysed = analyseDocuments(items, {
      jobs: jobsWanted(options.jobs),
      setup: { producer: 'check', options: plainOptions(options), rows: null },
      analyse: (document) => ({ records: locatedClaims(new AnalyzedDocument(document)) }),
      onWorkers: (count) => {
        if (io.env.AMZ_DEBUG) io.stderr.write(`amz-claims: ${count} worker threads\n`);
      },
    });
    try {
      for await (const item of analysed) {
        if ('error' in item) {
          progress.clear();
          report(`${item.error.input}: ${item.error.message}`);
          continue;
        }
        documents.add(item.document.id);
        if ('records' in item.output) claims.push(...(item.output.records as CheckedClaim[]));
        progress.document(item.document.text);
      }
    } finally {
      progress.clear();
    }
  }

  const tolerance = {
    relative: options.tolerance ?? (options.absTolerance === undefined ? 0.05 : null),
    absolute: options.absTolerance ?? null,
  };
  const records = checkClaims(claims, { tolerance, sameTime: options.sameTime === true, expectations });
  const output = new Output(io.stdout);
  try {
    if (documents.size > 0 || failed === 0) {
      await output.write(
        renderConflicts(records, options.format, { schema: 'amz-claims/check@1', version, width: terminalWidth(io), chalk: colourFor(io, options.color) }),
      );
    }
    await output.end();
  } catch (error) {
    if (!(error instanceof BrokenPipe)) throw error;
  }
  io.stderr.write(`${summary(records, claims.length, documents.size)}\n`);
  if (failed > 0) return EXIT.usage;
  return checkFails(records, options.failOn) ? EXIT.conflicts : EXIT.ok;
}

function summary(records: readonly ConflictRecord[], claims: number, documents: number): string {
  const conflicts = records.filter((record) => record.severity === 'conflict').length;
  const warnings = records.length - conflicts;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `amz-claims check: ${plural(conflicts, 'conflict')}, ${plural(warnings, 'warning')} among ${plural(claims, 'claim')} from ${plural(documents, 'document')}`;
}

async function readExpectations(path: string): Promise<Expectation[] | string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
  }
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return decoded.detail;
  return parseExpectations(decoded.text);
}

async function* readClaimLines(file: string, io: CliIO): AsyncGenerator<{ claim: CheckedClaim } | { problem: string }> {
  for await (const line of textLines(file === '-' ? io.stdin() : createReadStream(file))) {
    if ('readError' in line) {
      const error = line.readError as NodeJS.ErrnoException;
      yield { problem: error.code === 'ENOENT' ? 'no such file' : error.message };
    } else if ('problem' in line) yield line;
    else {
      const parsed = parseClaimLine(line.text, line.lineNumber);
      if (parsed !== null) yield parsed;
    }
  }
}
