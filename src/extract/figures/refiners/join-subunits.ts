import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import type { FigureContext } from '../context.js';
import { isWord, skipSpace } from '../cursor.js';

/** Subunit words that take the currency of the amount before them (« 13 euros et 45 cents »). */
const subunitWords = new Set(['cent', 'cents', 'centime', 'centimes', 'penny', 'pence']);

/** Words that may follow a bare subunit amount without making it count something (« 3 euros 50 le kilo »). */
const afterBareSubunit = new Set(['le', 'la', 'les', 'l', 'par', 'pour', 'chacun', 'chacune', 'ht', 'ttc', 'soit', 'net', 'brut']);

function wholeAmount(c: Candidate): boolean {
  return c.kind === 'money' && c.unitFactor === 1 && c.per === null && !c.decimal && Number.isInteger(c.value) && c.value >= 0;
}

/** A subunit amount written with its own unit (« 15 cents », « quarante-cinq centimes »): the subunit count, or -1. */
function subunitWithUnit(ctx: FigureContext, a: Candidate, b: Candidate): number {
  if (b.kind !== 'money' || b.unitFactor !== 0.01 || b.decimal || b.scale !== 1) return -1;
  if (b.unit !== a.unit && !subunitWords.has(ctx.lexemes[b.endLex - 1].norm)) return -1;
  const count = Math.round(b.value / b.unitFactor);
  return count >= 1 && count < 100 ? count : -1;
}

/**
 * A bare number after an amount (« 15 euros 50 », « 15 dollars et 15. »): the subunit count, or
 * -1. Written with two digits or in words, below 100, and closing the amount: end of text or
 * line, punctuation, or (without « et ») a word that does not make it count something.
 */
function bareSubunit(ctx: FigureContext, b: Candidate, viaEt: boolean): number {
  if (b.kind !== 'count' || b.unit !== null || b.scale !== 1 || b.decimal || b.article || !Number.isInteger(b.value)) return -1;
  if (b.value < 1 || b.value >= 100) return -1;
  if (b.digits && (b.numberEndLex !== b.numberFirstLex + 1 || ctx.lexemes[b.numberFirstLex].end - ctx.lexemes[b.numberFirstLex].start !== 2)) return -1;
  const next = ctx.lexemes[b.endLex];
  if (next === undefined || next.kind === 'newline' || next.kind === 'punct') return next?.norm === '%' ? -1 : b.value;
  const word = skipSpace(ctx, b.endLex);
  if (word < 0) return b.value;
  const l = ctx.lexemes[word];
  if (l.kind === 'newline' || (l.kind === 'punct' && l.norm !== '%' && l.norm !== '-' && l.norm !== '/')) return b.value;
  return !viaEt && l.kind === 'word' && afterBareSubunit.has(l.norm) ? b.value : -1;
}

/**
 * Joins an amount and its subunits into one figure, as French writes prices: « 15 dollars et
 * 15 cents » → 15.15 USD, « treize euros et quarante-cinq cents » → 13.45 EUR, « 15 euros 50 »
 * → 15.5 EUR. Runs on disjoint candidates sorted by start.
 */
export const joinSubunits: Refiner<FigureContext, Candidate> = {
  name: 'joinSubunits',
  refine(results, ctx) {
    const out: Candidate[] = [];
    for (let n = 0; n < results.length; n++) {
      const a = results[n];
      const b = results[n + 1];
      out.push(a);
      if (b === undefined || !wholeAmount(a)) continue;
      let k = skipSpace(ctx, a.endLex);
      const viaEt = k >= 0 && isWord(ctx, k, 'et');
      if (viaEt) k = skipSpace(ctx, k + 1);
      if (k !== b.firstLex) continue;
      let cents = subunitWithUnit(ctx, a, b);
      if (cents < 0) cents = bareSubunit(ctx, b, viaEt);
      if (cents < 0) continue;
      a.value += cents / 100;
      a.decimal = true;
      a.end = b.end;
      a.endLex = b.endLex;
      a.per = b.per;
      n++;
    }
    return out;
  },
};
