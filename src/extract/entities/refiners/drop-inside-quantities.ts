import type { Refiner } from '../../pipeline.js';
import type { Candidate, EntityContext } from '../candidate.js';

/**
 * Drops the candidates that lie entirely inside a date or an amount (« T4 » in « au T4 2023 »,
 * « Mds » in « 500 Mds $ »): a quarter or a unit, not a name. A name that only overlaps one
 * stays (« iPhone 15 », whose number is a figure).
 */
export const dropInsideQuantities: Refiner<EntityContext, Candidate> = {
  name: 'dropInsideQuantities',
  refine(candidates, context) {
    const { quantities } = context;
    if (quantities.size === 0) return candidates;
    return candidates.filter((candidate) => !quantities.covers(candidate.start, candidate.end));
  },
};
