import type { Figure } from '../extract/figures/types.js';

export type Modality = 'asserted' | 'reported' | 'hedged';

/** What a claim says about its figure (CONTRACT.md, `claim` records). */
export interface ClaimFields {
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

/** A figure plus what it is about; offsets in UTF-16 units. */
export type Claim = Figure & ClaimFields;

/** A claim being assembled: each step fills in what it resolves. */
export interface ClaimDraft extends ClaimFields {
  readonly figure: Figure;
}
