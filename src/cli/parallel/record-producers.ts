import type { AnalyzedDocument } from '../../analysis.js';
import { locatedClaims } from '../../check/located-claims.js';
import { DOCUMENT_COMMANDS } from '../commands/index.js';
import type { CommonOptions } from '../commands/types.js';

/** What a worker computes for each document: a command's records. */
export type RecordProducer = (analysis: AnalyzedDocument, options: CommonOptions) => object[];

/**
 * The producers a worker can run, by name: every document command's records, and `check`'s
 * claims located in their files (check compares them once all are in, on the main thread).
 */
export function recordProducer(name: string): RecordProducer | undefined {
  if (name === 'check') return (analysis) => locatedClaims(analysis);
  const command = DOCUMENT_COMMANDS.find((c) => c.name === name);
  return command === undefined ? undefined : (analysis, options) => command.records(analysis, options);
}
