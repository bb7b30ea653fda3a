import { compareExpected } from './compare-expected.js';
import { findConflicts } from './find-conflicts.js';
import type { CheckedClaim, ConflictRecord, Expectation, Severity, Tolerance } from './types.js';

export interface CheckOptions {
  readonly tolerance: Tolerance;
  readonly sameTime: boolean;
  readonly expectations: readonly Expectation[];
}

/** Cross-source consistency: disagreements between documents, then departures from reference values. */
export function checkClaims(claims: readonly CheckedClaim[], options: CheckOptions): ConflictRecord[] {
  const conflicts = findConflicts(claims, { tolerance: options.tolerance, sameTime: options.sameTime });
  const expected = compareExpected(claims, options.expectations, options.tolerance);
  return [...conflicts, ...(options.sameTime ? expected.filter((record) => record.severity === 'conflict') : expected)];
}

export type FailOn = 'conflict' | 'warning' | 'never';

/** Whether the check fails (exit 1) given what it found and --fail-on. */
export function checkFails(records: readonly ConflictRecord[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const fails: readonly Severity[] = failOn === 'warning' ? ['conflict', 'warning'] : ['conflict'];
  return records.some((record) => fails.includes(record.severity));
}

export { compareExpected, parseExpectations } from './compare-expected.js';
export { findConflicts, spreadOf, disagree } from './find-conflicts.js';
export { foldName, groupKey } from './group-key.js';
export type { CheckedClaim, ConflictRecord, ConflictValue, Expectation, Severity, Tolerance } from './types.js';
