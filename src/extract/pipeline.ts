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
  for (const parser of pipeline.parsers) {
    const found = parser.parse(context);
    // most parsers return arrays: append them without an iterator per result
    if (Array.isArray(found)) {
      for (let k = 0; k < found.length; k++) results.push(found[k] as Result);
    } else {
      for (const result of found) results.push(result);
    }
  }
  for (const refiner of pipeline.refiners) results = refiner.refine(results, context);
  return results;
}

/**
 * Keeps, among overlapping results, the longer one (the earlier on a tie); returns them
 * sorted by start. Shared by every extractor. Kept spans mark the offsets they cover, so
 * each result is tested against what is kept in time proportional to its own length.
 */
export function removeOverlaps<R extends Span>(results: readonly R[]): R[] {
  if (results.length < 2) return [...results];
  const bySize = [...results].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  let end = 0;
  for (const result of results) end = Math.max(end, result.end);
  const covered = coverageFor(end + 1);
  const kept: R[] = [];
  for (const result of bySize) {
    // an empty span is free where nothing was kept; a span, where none of its offsets is taken
    let free = result.start === result.end ? !covered[result.start] : true;
    for (let i = result.start; free && i < result.end; i++) if (covered[i]) free = false;
    if (!free) continue;
    for (let i = result.start; i < result.end; i++) covered[i] = 1;
    if (result.start === result.end) covered[result.start] = 1;
    kept.push(result);
  }
  // give the shared array back clean, in time proportional to what was kept
  for (const result of kept) covered.fill(0, result.start, Math.max(result.end, result.start + 1));
  return kept.sort((a, b) => a.start - b.start);
}

/** Texts longer than this get a coverage array of their own, so one huge text does not keep it alive. */
const MAX_SHARED_COVERAGE = 1 << 20;
let sharedCoverage = new Uint8Array(1 << 12);

/** A zeroed array of at least `size` offsets: shared between calls (callers clear what they mark), or fresh for huge texts. */
function coverageFor(size: number): Uint8Array {
  if (size > MAX_SHARED_COVERAGE) return new Uint8Array(size);
  if (sharedCoverage.length < size) sharedCoverage = new Uint8Array(Math.min(MAX_SHARED_COVERAGE, Math.max(size, 2 * sharedCoverage.length)));
  return sharedCoverage;
}
