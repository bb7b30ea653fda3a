import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import type { FigureContext } from '../context.js';
import { isPunct, isWord, skipSpace, skipSpaceBack } from '../cursor.js';
import { figureLexicon } from '../lexicon.js';

/** The connector between two amounts, when only a blank, a dash, « à », « au » or « et » separates them. */
function connector(ctx: FigureContext, a: Candidate, b: Candidate): string | undefined {
  const k = skipSpace(ctx, a.endLex);
  if (k < 0) return undefined;
  const l = ctx.lexemes[k];
  if (!(l.kind === 'word' ? l.norm === 'a' || l.norm === 'et' || l.norm === 'au' : l.norm === '-')) return undefined;
  return skipSpace(ctx, k + 1) === b.firstLex ? l.norm : undefined;
}

/**
 * Ranges give one figure per bound with the range's unit and scale: « entre 50 et 80 % » →
 * 50 % and 80 %; « de 10 à 15 millions » → 10e6 and 15e6; « passé de 2,5 à 4 Md$ » → 2.5e9
 * and 4e9 USD. Ranges are approx, except a change between two values (« passé de ... à »).
 */
export const applyRanges: Refiner<FigureContext, Candidate> = {
  name: 'applyRanges',
  refine(results, ctx) {
    const { changeVerbStems } = figureLexicon();
    for (let n = 0; n + 1 < results.length; n++) {
      const a = results[n];
      const b = results[n + 1];
      if (a.kind === 'rank' || b.kind === 'rank') continue;
      const link = connector(ctx, a, b);
      if (link === undefined) continue;
      const opener = skipSpaceBack(ctx, a.firstLex - 1);
      const openWord = opener >= 0 ? ctx.lexemes[opener].norm : '';
      const de = openWord === 'de' || (isPunct(ctx, opener, "'") && isWord(ctx, opener - 1, 'd'));
      if (link === 'et' && openWord !== 'entre') continue;
      if (link === '-' && !(a.digits && b.digits)) continue;
      // two amounts in different units are no range (« progressé de 9,4 % à 574,8 milliards de dollars »)
      if (a.unit !== null && b.unit !== null && a.unit !== b.unit) continue;
      if (a.kind === 'percent' && b.unit === null && b.scale > 1) continue;
      let change = false;
      if (de) {
        const verbAt = skipSpaceBack(ctx, (openWord === 'de' ? opener : opener - 1) - 1);
        const verb = verbAt >= 0 && ctx.lexemes[verbAt].kind === 'word' ? ctx.lexemes[verbAt].norm : '';
        change = changeVerbStems.some((stem) => verb.startsWith(stem));
      }
      if (a.unit === null && a.kind === 'count' && b.unit !== null) {
        a.kind = b.kind;
        a.unit = b.unit;
        a.value *= b.unitFactor;
        a.unitFactor = b.unitFactor;
        a.article = false;
      }
      // a bare small number takes the scale written after the other bound (« de 10 à 15 millions »)
      if (a.scale === 1 && b.scale > 1 && Math.abs(a.value) < 1000) {
        a.value *= b.scale;
        a.scale = b.scale;
      }
      a.article = false;
      if (!change) {
        a.approx = true;
        b.approx = true;
      }
    }
    return results;
  },
};
