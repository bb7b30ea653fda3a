import type { Refiner } from '../../pipeline.js';
import { sortByStart, type Candidate } from '../candidate.js';
import type { FigureContext } from '../context.js';

/** Removes every candidate that overlaps a non-figure span (URL, date, footnote...), then those spans. */
export const dropBlocked: Refiner<FigureContext, Candidate> = {
  name: 'dropBlocked',
  refine(results) {
    if (!results.some((r) => r.blocker)) return results;
    const blocked = sortByStart(results.filter((r) => r.blocker));
    // maximal end of blockers starting at or before each one, for a binary search per candidate
    const reach: number[] = [];
    let max = -1;
    for (const b of blocked) {
      max = Math.max(max, b.end);
      reach.push(max);
    }
    return results.filter((r) => {
      if (r.blocker) return false;
      let lo = 0;
      let hi = blocked.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (blocked[mid].start < r.end) lo = mid + 1;
        else hi = mid;
      }
      // blockers [0, lo) start before r ends; one of them overlaps when the furthest reaches past r.start
      return lo === 0 || reach[lo - 1] <= r.start;
    });
  },
};
