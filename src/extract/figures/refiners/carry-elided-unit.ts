import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import type { FigureContext } from '../context.js';
import { afterDe, skipSpace } from '../cursor.js';

/**
 * An amount with a scale but no unit takes the currency or measure stated earlier in the same
 * sentence (« 19,7 milliards de dollars ... un bénéfice de 5,7 milliards » → 5.7e9 USD), unless
 * it counts something named right after it (« 6 millions de clients »). Only scales of a thousand and
 * up: « une douzaine » after a price counts things, it is no amount of money.
 */
export const carryElidedUnit: Refiner<FigureContext, Candidate> = {
  name: 'carryElidedUnit',
  refine(results, ctx) {
    // sentence numbers are asked only with a source in hand: most windows have none
    let source: Candidate | undefined;
    let sourceSentence = -1;
    for (const c of results) {
      if (source !== undefined && ctx.sentenceOf[c.firstLex] !== sourceSentence) source = undefined;
      if (c.unit !== null && (c.kind === 'money' || c.kind === 'quantity')) {
        source = c;
        sourceSentence = ctx.sentenceOf[c.firstLex];
        continue;
      }
      if (source === undefined || c.kind !== 'count' || c.scale < 1000 || c.origin === 'vague') continue;
      const next = skipSpace(ctx, c.endLex);
      if (next >= 0 && afterDe(ctx, next) >= 0 && ctx.lexemes[afterDe(ctx, next)].kind === 'word') continue;
      c.kind = source.kind;
      c.unit = source.unit;
    }
    return results;
  },
};
