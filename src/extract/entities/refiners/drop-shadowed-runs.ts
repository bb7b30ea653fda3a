import type { Refiner } from '../../pipeline.js';
import type { Candidate, EntityContext } from '../candidate.js';
import { scratchInts } from '../scratch-arrays.js';
import { TOKEN_SENTENCE_INITIAL } from '../scan-words.js';

/**
 * The most weight the context can give a bare capitalised run (labelByCues, dropNonNames):
 * a candidate heavier than this wins over any run that contains it.
 */
export const MAX_RUN_WEIGHT = 5;

/** For each token, the last token of the shortest heavy candidate starting there, or NONE. */
const heavyEnds = scratchInts();
const NONE = 0x7fffffff;

/**
 * Drops, before any work is spent on them, the capitalised runs that a heavier candidate
 * inside them (a gazetteer name, a defined acronym, a title) is sure to beat: resolveOverlaps
 * takes the heavier one first, or a candidate that overlaps it, which overlaps the run too. A
 * run that opens a sentence with more than one word stays: dropNonNames may keep its tail,
 * which may not contain the heavier one.
 */
export const dropShadowedRuns: Refiner<EntityContext, Candidate> = {
  name: 'dropShadowedRuns',
  refine(candidates, context) {
    const { flags } = context;
    const ends = heavyEnds.filled(context.tokens.length, NONE);
    let heavy = false;
    for (const candidate of candidates) {
      if (candidate.weight <= MAX_RUN_WEIGHT || candidate.source === 'capitals') continue;
      if (candidate.last < ends[candidate.first]) ends[candidate.first] = candidate.last;
      heavy = true;
    }
    if (!heavy) return candidates;
    return candidates.filter((candidate) => {
      if (candidate.source !== 'capitals') return true;
      const { first, last } = candidate;
      if (first < last && (flags[first] & TOKEN_SENTENCE_INITIAL) !== 0) return true;
      for (let i = first; i <= last; i++) if (ends[i] <= last) return false;
      return true;
    });
  },
};
