import type { Span } from '../../document/span.js';

export type FigureKind = 'percent' | 'money' | 'count' | 'duration' | 'rank' | 'quantity';

/**
 * A quantity found in the text (see CONTRACT.md, `figure` records). The span covers the
 * number and its unit as written (« 47,8% », « 6 millions de clients » → « 6 millions »,
 * « 1 500 euros par mois »), bounds such as « près de » included when they are part of it.
 */
export interface Figure extends Span {
  readonly kind: FigureKind;
  /** Normalised: percent points, currency units, expanded counts; sign as written. */
  readonly value: number;
  /** `%`, an ISO 4217 code, s|min|h|d|wk|mo|yr, km|m|kg|t|kWh|°C..., or null (count, rank). */
  readonly unit: string | null;
  /** Vague or bounded amounts (« des milliers », « près de 40 % », « plus de 3 »). */
  readonly approx: boolean;
  /** A rate that follows the amount (« par mois », « par produit »), as written, or null. */
  readonly per?: string | null;
}
