import type { ClaimRecord } from '../records/types.js';

/** The part of a claim record the check reads; claims JSONL written by `extract` has it all. */
export type CheckedClaim = Pick<
  ClaimRecord,
  'doc' | 'start' | 'end' | 'text' | 'value' | 'unit' | 'subject' | 'metric' | 'time' | 'attribution' | 'sentenceText'
> &
  Partial<Pick<ClaimRecord, 'kind' | 'approx' | 'modality'>> & {
    /** Where the document was read from and the claim's 1-based line and column (code points), when known. */
    path?: string;
    line?: number;
    column?: number;
  };

/** `conflict`: values for one period (or an unknown one) disagree; `warning`: the periods differ. */
export type Severity = 'conflict' | 'warning';

export interface ConflictValue {
  doc: string;
  value: number;
  time: string | null;
  text: string;
  start: number;
  end: number;
  attribution: string | null;
  sentenceText: string;
  path?: string;
  line?: number;
  column?: number;
}

export interface ConflictRecord {
  type: 'conflict';
  severity: Severity;
  subject: string;
  metric: string;
  unit: string | null;
  values: ConflictValue[];
  spread: number;
  relativeSpread: number;
  /** With --expect: the reference value the claims were compared with. */
  expected?: { value: number; time: string | null };
}

export interface Tolerance {
  /** Largest accepted (max − min) / mean(|values|). */
  readonly relative: number | null;
  /** Largest accepted max − min, in the unit's points. */
  readonly absolute: number | null;
}

/** A reference value from --expect FILE. */
export interface Expectation {
  readonly subject: string;
  readonly metric: string;
  readonly value: number;
  readonly unit: string | null;
  readonly time?: string | null;
}
