import type { Span } from '../../document/span.js';

export type DatePrecision = 'day' | 'month' | 'year' | 'decade' | 'century';

/** A temporal expression (see CONTRACT.md, `date` records). */
export interface DateMention extends Span {
  /** ISO prefix (YYYY, YYYY-MM, YYYY-MM-DD; a decade as 201X? no: its first year's prefix, see precision), or null when unresolvable. */
  readonly value: string | null;
  readonly precision: DatePrecision;
  /** True when resolved against the document's date (« l'an dernier », « demain », « samedi 30 janvier »). */
  readonly relative: boolean;
}
