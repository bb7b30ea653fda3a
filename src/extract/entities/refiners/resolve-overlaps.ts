import type { Refiner } from '../../pipeline.js';
import type { Candidate, EntityContext } from '../candidate.js';

/**
 * Keeps, among overlapping candidates, the best supported one (weight), then the longer,
 * then the earlier; returns them sorted by start. Token occupancy makes it linear.
 */
export const resolveOverlaps: Refiner<EntityContext, Candidate> = {
  name: 'resolveOverlaps',
  refine(candidates, context) {
    const order = [...candidates].sort(
      (a, b) => b.weight - a.weight || b.last - b.first - (a.last - a.first) || a.first - b.first,
    );
    const taken = new Uint8Array(context.tokens.length);
    const kept: Candidate[] = [];
    for (const candidate of order) {
      let free = true;
      for (let i = candidate.first; i <= candidate.last && free; i++) free = taken[i] === 0;
      if (!free) continue;
      for (let i = candidate.first; i <= candidate.last; i++) taken[i] = 1;
      kept.push(candidate);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
