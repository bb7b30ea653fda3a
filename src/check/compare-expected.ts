import { foldName } from './group-key.js';
import { disagree, spreadOf, toConflictValue } from './find-conflicts.js';
import type { CheckedClaim, ConflictRecord, Expectation, Tolerance } from './types.js';

/**
 * Compares claims with reference values (--expect FILE): every claim about the same
 * subject, metric and unit whose value departs from the reference beyond the tolerance
 * is reported, one record per reference; periods are shown, and a claim for another
 * known period than the reference's makes a `warning` rather than a `conflict`.
 */
export function compareExpected(claims: readonly CheckedClaim[], expectations: readonly Expectation[], tolerance: Tolerance): ConflictRecord[] {
  const records: ConflictRecord[] = [];
  for (const expected of expectations) {
    const subject = foldName(expected.subject);
    const metric = foldName(expected.metric);
    const time = expected.time ?? null;
    const off = claims.filter(
      (claim) =>
        claim.subject !== null &&
        claim.metric !== null &&
        foldName(claim.subject) === subject &&
        foldName(claim.metric) === metric &&
        (claim.unit ?? null) === (expected.unit ?? null) &&
        disagree([claim.value, expected.value], tolerance),
    );
    if (off.length === 0) continue;
    const sameTime = off.some((claim) => claim.time === null || time === null || claim.time === time);
    const worst = off.reduce((a, b) => (Math.abs(b.value - expected.value) > Math.abs(a.value - expected.value) ? b : a));
    records.push({
      type: 'conflict',
      severity: sameTime ? 'conflict' : 'warning',
      subject: expected.subject,
      metric: expected.metric,
      unit: expected.unit ?? null,
      expected: { value: expected.value, time },
      values: off.map(toConflictValue),
      ...spreadOf([worst.value, expected.value]),
    });
  }
  return records;
}

/** Reads and checks an --expect file's JSON: an array of {subject, metric, value, unit, time?}. */
export function parseExpectations(json: string): Expectation[] | string {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return `not valid JSON (${(error as Error).message})`;
  }
  if (!Array.isArray(value)) return 'expected a JSON array of {"subject", "metric", "value", "unit", "time"}';
  const expectations: Expectation[] = [];
  for (const [i, item] of value.entries()) {
    const entry = item as Record<string, unknown>;
    if (typeof entry?.subject !== 'string' || typeof entry.metric !== 'string' || typeof entry.value !== 'number') {
      return `entry ${i + 1}: needs "subject" and "metric" strings and a numeric "value"`;
    }
    if (entry.unit !== undefined && entry.unit !== null && typeof entry.unit !== 'string') return `entry ${i + 1}: "unit" must be a string`;
    if (entry.time !== undefined && entry.time !== null && typeof entry.time !== 'string') return `entry ${i + 1}: "time" must be a string`;
    expectations.push({
      subject: entry.subject,
      metric: entry.metric,
      value: entry.value,
      unit: (entry.unit as string | undefined) ?? null,
      time: (entry.time as string | undefined) ?? null,
    });
  }
  return expectations;
}
