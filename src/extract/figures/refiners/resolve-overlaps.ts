import { removeOverlaps, type Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import type { FigureContext } from '../context.js';

/** Among overlapping readings keeps the longer one (« 6ème » over « 6 », « un tiers » over « un »). */
export const resolveOverlaps: Refiner<FigureContext, Candidate> = {
  name: 'resolveOverlaps',
  refine(results) {
    return removeOverlaps(results);
  },
};
