import type { Span } from '../../document/span.js';

export type DatePrecision = 'day' | 'month' | 'year' | 'decade' | 'century';

/** A temporal expression (see CONTRACT.md, `date` records). */
export interface DateMention extends Span {
  /**
   * ISO prefix of the period, or null when it cannot be resolved: YYYY-MM-DD, YYYY-MM, YYYY;
   * a decade is the prefix its years share (« les années 2010 » → "201"), a century too
   * (« le 21e siècle » → "20", ISO 8601 reduced precision).
   */
  readonly value: string | null;
  readonly precision: DatePrecision;
  /** True when resolved against the document's date (« l'an dernier », « demain », « samedi 30 janvier »). */
  readonly relative: boolean;
}
