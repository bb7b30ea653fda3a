import { removeOverlaps, type Refiner } from '../../pipeline.js';
import { sortByStart, type Candidate } from '../candidate.js';
import type { FigureContext } from '../context.js';

function isSorted(results: readonly Candidate[]): boolean {
  for (let i = 1; i < results.length; i++) if (results[i].start < results[i - 1].start) return false;
  return true;
}

/**
 * The readings sorted by start when none overlaps another (then removeOverlaps would keep them
 * all in that order), else undefined. Most windows have a few readings and no overlap: this
 * spares them removeOverlaps' arrays.
 */
function sortedWithoutOverlap(results: Candidate[]): Candidate[] | undefined {
  const sorted = isSorted(results) ? results : sortByStart([...results]);
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i].start >= sorted[i].end) return undefined;
    if (i > 0 && sorted[i].start < sorted[i - 1].end) return undefined;
  }
  return sorted;
}

/** Among overlapping readings keeps the longer one (« 6ème » over « 6 », « un tiers » over « un »). */
export const resolveOverlaps: Refiner<FigureContext, Candidate> = {
  name: 'resolveOverlaps',
  refine(results) {
    return sortedWithoutOverlap(results) ?? removeOverlaps(results);
  },
};
