import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import type { FigureContext } from '../context.js';
import { isPunct, isWord, skipSpace } from '../cursor.js';

/** Words that qualify an amount of money between it and its rate. */
const amountQualifiers = new Set(['brut', 'brute', 'bruts', 'brutes', 'net', 'nette', 'nets', 'nettes', 'ht', 'ttc']);

/**
 * Keeps the rate that follows an amount with a unit in the figure (« 1 500 euros par mois »,
 * « 10 centimes par produit », « 2 € / mois »): `per` holds the noun as written.
 */
export const attachPer: Refiner<FigureContext, Candidate> = {
  name: 'attachPer',
  refine(results, ctx) {
    const lex = ctx.lexemes;
    for (const c of results) {
      if (c.unit === null || c.kind === 'rank') continue;
      let p = skipSpace(ctx, c.endLex);
      if (p < 0) continue;
      // « 2 500 euros brut par mois », « 300 € HT / mois »: the rate past what qualifies the amount
      if (lex[p].kind === 'word' && amountQualifiers.has(lex[p].norm)) p = skipSpace(ctx, p + 1);
      if (p < 0) continue;
      let noun = -1;
      if (isWord(ctx, p, 'par') && p > c.endLex) {
        const k = skipSpace(ctx, p + 1);
        if (k > p + 1 && isWord(ctx, k)) noun = k;
      } else if (isPunct(ctx, p, '/')) {
        const k = skipSpace(ctx, p + 1);
        if (k >= 0 && isWord(ctx, k)) noun = k;
      }
      if (noun < 0) continue;
      // the noun must start in lower case in the text (« par Amazon » is an agent, not a rate)
      const first = ctx.text.charAt(lex[noun].start);
      if (first !== first.toLowerCase()) continue;
      // an article or a number after « par » is no rate (« par la suite », « par deux »)
      if (/^(la|le|les|l|un|une|des|du|de|d|ce|cette|ces|son|sa|ses|leur|leurs|exemple|contre|ailleurs|rapport|ici|consequent|ou|le|moment)$/.test(lex[noun].norm)) continue;
      c.per = ctx.text.slice(lex[noun].start, lex[noun].end);
      c.endLex = noun + 1;
      c.end = lex[noun].end;
    }
    return results;
  },
};
