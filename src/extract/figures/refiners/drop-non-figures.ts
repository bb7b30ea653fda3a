import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import type { FigureContext } from '../context.js';
import { matchPhraseBefore, skipSpace } from '../cursor.js';
import { figureLexicon } from '../lexicon.js';

const ilYA = ['il', 'y', 'a'];

/**
 * Drops readings that are not quantities: a lone « un »/« une » with no unit (an article),
 * ordinals naming a period (« 21e siècle », « troisième trimestre »: dates), and
 * « il y a deux ans » (a relative date).
 */
export const dropNonFigures: Refiner<FigureContext, Candidate> = {
  name: 'dropNonFigures',
  refine(results, ctx) {
    const { timeAfter } = figureLexicon();
    const isFigure = (c: Candidate): boolean => {
      if (c.article && c.unit === null) return false;
      const next = skipSpace(ctx, c.endLex);
      if (c.kind === 'rank' && next >= 0 && timeAfter.has(ctx.lexemes[next].norm)) return false;
      if (c.kind === 'duration' && matchPhraseBefore(ctx, c.firstLex, ilYA) >= 0) return false;
      return true;
    };
    // most windows drop nothing: no new array for them
    return results.every(isFigure) ? results : results.filter(isFigure);
  },
};
