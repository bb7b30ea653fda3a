import type { Figure } from '../extract/figures/types.js';

export type Modality = 'asserted' | 'reported' | 'hedged';

/** A figure plus what it is about (CONTRACT.md, `claim` records); offsets in UTF-16 units. */
export interface Claim extends Figure {
  readonly sentence: number;
  /** Canonical entity name, or null when none can be found (a wrong subject is worse than none). */
  readonly subject: string | null;
  /** Normalised lower-case French noun phrase of what is measured, or null. */
  readonly metric: string | null;
  /** ISO prefix of the period the figure holds for, or null. */
  readonly time: string | null;
  /** Canonical name of who states it, or null. */
  readonly attribution: string | null;
  readonly modality: Modality;
}

/** A claim being assembled: each step fills in what it resolves. */
export interface ClaimDraft {
  readonly figure: Figure;
  readonly sentence: number;
  readonly subject: string | null;
  readonly metric: string | null;
  readonly time: string | null;
  readonly attribution: string | null;
  readonly modality: Modality;
}
