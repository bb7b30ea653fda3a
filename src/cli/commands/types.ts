import type { Command } from 'commander';
import type { AnalyzedDocument } from '../../analysis.js';
import type { Format } from '../render/formats.js';

/** Options every command takes (CONTRACT.md, « Options common to every command »). */
export interface CommonOptions {
  format: Format;
  json?: boolean;
  color: boolean;
  date?: string;
  quiet?: boolean;
  input: 'text' | 'jsonl';
  [option: string]: unknown;
}

/** A command that prints records document by document. */
export interface DocumentCommand {
  readonly name: string;
  readonly summary: string;
  /** The `type` of the records it prints; names the table columns and csv fields. */
  readonly recordType: string;
  /** `amz-claims <name> …` lines shown under --help, each with what it does. */
  readonly examples: readonly (readonly [string, string])[];
  readonly configure?: (command: Command) => void;
  records(analysis: AnalyzedDocument, options: CommonOptions): object[];
}
