import { groupKey } from './group-key.js';
import type { CheckedClaim, ConflictRecord, ConflictValue, Severity, Tolerance } from './types.js';

export interface ConflictOptions {
  readonly tolerance: Tolerance;
  /** Compare only claims whose periods are equal or unknown. */
  readonly sameTime: boolean;
}

const round = (value: number): number => Math.round(value * 1e6) / 1e6;

/** (max − min) and that spread relative to the mean magnitude of the two. */
export function spreadOf(values: readonly number[]): { spread: number; relativeSpread: number } {
  const max = Math.max(...values);
  const min = Math.min(...values);
  const spread = max - min;
  const scale = (Math.abs(max) + Math.abs(min)) / 2;
  return { spread: round(spread), relativeSpread: scale === 0 ? 0 : round(spread / scale) };
}

/** Whether values this far apart disagree: beyond every tolerance given. */
export function disagree(values: readonly number[], tolerance: Tolerance): boolean {
  const { spread, relativeSpread } = spreadOf(values);
  if (spread === 0) return false;
  if (tolerance.absolute !== null && spread <= tolerance.absolute) return false;
  if (tolerance.relative !== null && relativeSpread <= tolerance.relative) return false;
  return true;
}

export function toConflictValue(claim: CheckedClaim): ConflictValue {
  return {
    doc: claim.doc,
    value: claim.value,
    time: claim.time,
    text: claim.text,
    start: claim.start,
    end: claim.end,
    attribution: claim.attribution,
    sentenceText: claim.sentenceText,
    ...(claim.path === undefined ? {} : { path: claim.path }),
    ...(claim.line === undefined ? {} : { line: claim.line, column: claim.column }),
  };
}

/**
 * One value per document and period: a document that repeats a figure states it once
 * (the first mention stands for the others); one that gives two values keeps both.
 */
function distinctValues(claims: readonly CheckedClaim[]): CheckedClaim[] {
  const seen = new Set<string>();
  return claims.filter((claim) => {
    const key = `${claim.doc}\u0000${claim.time ?? ''}\u0000${claim.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Groups claims across documents by subject, metric and unit and reports each group
 * whose sources disagree. Values of one period, or of an unknown one, are compared
 * strictly (`conflict`); when only values of different known periods disagree the group
 * is a `warning` (a figure may change over time), unless --same-time leaves those out.
 */
export function findConflicts(claims: Iterable<CheckedClaim>, options: ConflictOptions): ConflictRecord[] {
  const groups = new Map<string, CheckedClaim[]>();
  for (const claim of claims) {
    const key = groupKey(claim);
    if (key === null) continue;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(claim);
  }
  const conflicts: ConflictRecord[] = [];
  for (const group of groups.values()) {
    const claimsOfGroup = distinctValues(group);
    if (new Set(claimsOfGroup.map((claim) => claim.doc)).size < 2) continue;
    const severity = severityOf(claimsOfGroup, options);
    if (severity === null) continue;
    const first = claimsOfGroup[0];
    conflicts.push({
      type: 'conflict',
      severity,
      subject: first.subject as string,
      metric: first.metric as string,
      unit: first.unit,
      values: claimsOfGroup.map(toConflictValue),
      ...spreadOf(claimsOfGroup.map((claim) => claim.value)),
    });
  }
  return conflicts.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || b.relativeSpread - a.relativeSpread);
}

const severityRank = (severity: Severity): number => (severity === 'conflict' ? 0 : 1);

/** The worst disagreement between two documents of the group, or null when they agree. */
function severityOf(claims: readonly CheckedClaim[], options: ConflictOptions): Severity | null {
  let warning = false;
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i];
      const b = claims[j];
      if (a.doc === b.doc) continue;
      if (!disagree([a.value, b.value], options.tolerance)) continue;
      const comparable = a.time === null || b.time === null || a.time === b.time;
      if (comparable) return 'conflict';
      if (!options.sameTime) warning = true;
    }
  }
  return warning ? 'warning' : null;
}
