import type { Span } from '../document/span.js';

/**
 * Extraction is a pipeline, as in chrono: parsers propose spans over the text,
 * refiners merge, filter and resolve them, in order.
 */
export interface Parser<Context, Result> {
  readonly name: string;
  parse(context: Context): Iterable<Result>;
}

export interface Refiner<Context, Result> {
  readonly name: string;
  refine(results: Result[], context: Context): Result[];
}

export interface Pipeline<Context, Result> {
  readonly parsers: readonly Parser<Context, Result>[];
  readonly refiners: readonly Refiner<Context, Result>[];
}

export function runPipeline<Context, Result>(pipeline: Pipeline<Context, Result>, context: Context): Result[] {
  let results: Result[] = [];
  for (const parser of pipeline.parsers) for (const result of parser.parse(context)) results.push(result);
  for (const refiner of pipeline.refiners) results = refiner.refine(results, context);
  return results;
}

/**
 * Keeps, among overlapping results, the longer one (the earlier on a tie); returns them
 * sorted by start. Shared by every extractor.
 */
export function removeOverlaps<R extends Span>(results: readonly R[]): R[] {
  const bySize = [...results].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // kept results, sorted by start and disjoint: a binary search finds the neighbours to test
  const kept: R[] = [];
  for (const result of bySize) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (kept[mid].start < result.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if (before && before.end > result.start) continue;
    if (after && after.start < result.end) continue;
    if (after && after.start === result.start) continue;
    kept.splice(lo, 0, result);
  }
  return kept;
}
