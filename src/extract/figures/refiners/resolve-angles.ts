import { readDataLines } from '../../../data/load.js';
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import type { FigureContext } from '../context.js';

let stems: readonly string[] | undefined;

function angleStems(): readonly string[] {
  stems ??= readDataLines('figures/angle-words.txt');
  return stems;
}

/** « degré(s) » or a bare « ° » closing the span: the units that are a temperature by default. */
function bareDegrees(ctx: FigureContext, c: Candidate): boolean {
  const last = ctx.lexemes[c.endLex - 1].norm;
  return last === 'degre' || last === 'degres' || last === '°';
}

/**
 * « degrés » is a temperature (°C) unless the sentence speaks of an angle before it (« tourner
 * à 90 degrés », « un angle de 45° »): the unit is then « ° ». The sentence is read backwards
 * from the figure to its start, so the work stays proportional to the sentence.
 */
export const resolveAngles: Refiner<FigureContext, Candidate> = {
  name: 'resolveAngles',
  refine(results, ctx) {
    for (const c of results) {
      if (c.unit !== '°C' || !bareDegrees(ctx, c)) continue;
      const sentence = ctx.sentenceOf[c.firstLex];
      const list = angleStems();
      for (let i = c.firstLex - 1; i >= 0 && ctx.sentenceOf[i] === sentence; i--) {
        const l = ctx.lexemes[i];
        if (l.kind !== 'word') continue;
        if (list.some((stem) => l.norm.startsWith(stem))) {
          c.unit = '°';
          break;
        }
      }
    }
    return results;
  },
};
