import type { AnalyzedDocument } from '../analysis.js';
import { countBefore } from '../document/sorted-search.js';
import { claimRecords } from '../records/build.js';
import type { CheckedClaim } from './types.js';

/** A document's claim records with where they stand in its file, for annotations (1-based line, column in code points). */
export function locatedClaims(analysis: AnalyzedDocument): CheckedClaim[] {
  const records = claimRecords(analysis);
  if (records.length === 0) return [];
  const text = analysis.text;
  const path = analysis.document.path;
  const lineStarts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  return records.map((record, k) => {
    const start = analysis.claims[k].start;
    const line = countBefore(lineStarts.length, (n) => lineStarts[n] <= start);
    const column = analysis.codePoints.toCodePoint(start) - analysis.codePoints.toCodePoint(lineStarts[line - 1]) + 1;
    return { ...record, ...(path === undefined ? {} : { path }), line, column };
  });
}
