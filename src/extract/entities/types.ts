import type { Span } from '../../document/span.js';

export type EntityLabel = 'ORG' | 'PER' | 'LOC' | 'PRODUCT' | 'MISC';

/** One distinct entity of a document, with every mention of it. */
export interface Entity {
  /** The canonical name (« Amazon Web Services », « Wall Street Journal », « Denis Charlet »). */
  readonly canonical: string;
  readonly label: EntityLabel;
  /** Other surface forms seen in this document (« AWS », « WSJ »), canonical excluded. */
  readonly aliases: readonly string[];
  /** Sorted by start. */
  readonly mentions: readonly Span[];
}
