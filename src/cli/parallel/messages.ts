import type { Document } from '../../document/document.js';
import type { Format } from '../render/formats.js';

/** What every worker is started with: which records to compute and, for row formats, how to print them. */
export interface WorkerSetup {
  /** a name recordProducer knows: a document command, or `check` */
  readonly producer: string;
  /** The command's options, reduced to plain values that can cross threads. */
  readonly options: Record<string, PlainOption>;
  /** Set when the worker renders each document's rows itself (row formats); else it sends records. */
  readonly rows: RowSetup | null;
}

export interface RowSetup {
  readonly format: Format;
  readonly schema: string;
  readonly version: string;
  readonly recordType: string;
}

export type PlainOption = string | number | boolean | null | readonly string[];

/** A batch of documents: one message each way per batch, not per document. */
export interface DocumentTask {
  readonly id: number;
  readonly documents: readonly Document[];
}

/** A document's output: rendered rows for row formats, else its records. */
export type DocumentOutput = { readonly text: string } | { readonly records: object[] };

export type TaskResult =
  | { readonly id: number; readonly outputs: DocumentOutput[] }
  | { readonly id: number; readonly error: { readonly message: string; readonly stack?: string } };
