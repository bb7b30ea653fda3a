import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import type { FigureContext } from '../context.js';
import { afterDe, isPunct, isWord, matchPhrase, matchPhraseBefore, skipSpace, skipSpaceBack } from '../cursor.js';
import { figureLexicon, type UnitForm } from '../lexicon.js';
import { moneySentences } from '../money-sentences.js';
import { SHARE_OF_UNIT } from '../unit-nouns.js';

function boundaryAfter(ctx: FigureContext, form: UnitForm, end: number): boolean {
  const next = ctx.lexemes[end];
  if (next === undefined) return true;
  const lastPiece = form.pieces[form.pieces.length - 1];
  const endsWithLetter = /[a-z0-9]$/.test(lastPiece);
  if (!endsWithLetter) return true;
  if (next.kind === 'word' || next.kind === 'digits') return false;
  if (next.norm === "'") return false; // « 3 l'an » is not litres
  if (next.norm === '-' && ctx.lexemes[end + 1]?.kind === 'word') return false; // « mi-temps »
  return true;
}

/**
 * A unit a lone « un »/« une » may take, which makes it a figure (« un euro », « une heure »):
 * a word written after the number, not one that only follows digits (« m »), nor « livre »
 * (« un livre » is a book whatever the sentence speaks of).
 */
export function articleTakes(form: UnitForm): boolean {
  return form.post && !form.afterDigitsOnly && !form.moneySentenceOnly && /^[a-z]/.test(form.pieces[0]);
}

/** The longest post-unit form at lexeme j that suits the candidate, with the lexeme after it. */
function postUnit(ctx: FigureContext, c: Candidate, j: number, viaDe: boolean, inMoneySentence: (lexeme: number) => boolean): { form: UnitForm; end: number } | undefined {
  const l = ctx.lexemes[j];
  if (l === undefined) return undefined;
  const forms = figureLexicon().unitsByFirst.get(l.norm);
  if (forms === undefined) return undefined;
  for (const form of forms) {
    if (!form.post) continue;
    if (form.decimalOnly && !c.decimal) continue;
    if (form.afterDigitsOnly && !c.digits) continue;
    // after « de », money or a measure (« 6 millions de dollars »); any unit for a share (« un quart d'heure »)
    if (viaDe && form.kind !== 'money' && form.kind !== 'quantity' && c.origin !== SHARE_OF_UNIT) continue;
    if (c.article && !articleTakes(form)) continue;
    if (form.moneySentenceOnly && !inMoneySentence(c.firstLex)) continue;
    const end = matchPhrase(ctx, j, form.pieces);
    if (end < 0 || !boundaryAfter(ctx, form, end)) continue;
    return { form, end };
  }
  return undefined;
}

/**
 * « et demi(e) », « et quart » after a unit (« deux ans et demi », « une heure et quart »): the
 * share of one unit it adds, and the lexeme after it. Not « et demi-frère ».
 */
function andAShare(ctx: FigureContext, end: number): { value: number; endLex: number } | undefined {
  const et = skipSpace(ctx, end);
  if (et <= end || !isWord(ctx, et, 'et')) return undefined;
  const k = skipSpace(ctx, et + 1);
  if (k <= et + 1 || ctx.lexemes[k].kind !== 'word') return undefined;
  const share = figureLexicon().shareWords.get(ctx.lexemes[k].norm);
  if (share === undefined || share.plural) return undefined;
  const after = ctx.lexemes[k + 1];
  if (after !== undefined && (after.kind === 'word' || after.kind === 'digits' || after.norm === '-' || after.norm === "'")) return undefined;
  return { value: 1 / share.denominator, endLex: k + 1 };
}

let preFormsByLast: Map<string, UnitForm[]> | undefined;

/**
 * The unit forms that may precede a number (« $ », « EUR »), by their last piece (the lexeme
 * right before the number), each list in the lexicon's order: one look-up per number instead
 * of trying every form.
 */
function preUnitForms(): Map<string, UnitForm[]> {
  if (preFormsByLast) return preFormsByLast;
  preFormsByLast = new Map();
  for (const forms of figureLexicon().unitsByFirst.values()) {
    for (const form of forms) {
      if (!form.pre) continue;
      const last = form.pieces[form.pieces.length - 1];
      const list = preFormsByLast.get(last) ?? [];
      list.push(form);
      preFormsByLast.set(last, list);
    }
  }
  return preFormsByLast;
}

/** « les six derniers mois »: a unit of time past a word that makes a period, and the lexeme after it. */
function periodUnit(ctx: FigureContext, c: Candidate, j: number, inMoneySentence: (lexeme: number) => boolean): { form: UnitForm; end: number } | undefined {
  const word = ctx.lexemes[j];
  if (word === undefined || word.kind !== 'word' || !figureLexicon().periodAdjectives.has(word.norm)) return undefined;
  const k = skipSpace(ctx, j + 1);
  if (k <= j + 1) return undefined;
  const found = postUnit(ctx, c, k, false, inMoneySentence);
  return found?.form.kind === 'duration' ? found : undefined;
}

function apply(c: Candidate, form: UnitForm): void {
  c.kind = form.kind;
  c.unit = form.unit;
  c.value *= form.factor;
  c.unitFactor = form.factor;
  c.article = false;
}

/**
 * Attaches the unit written after the number (« 47,8% », « 1 500 euros », « 10 minutes »,
 * « 6 millions de dollars », « 2,5-km », « un quart d'heure », « deux ans et demi ») or, for
 * currencies, before it (« $75 », « EUR 1000 »).
 */
export const attachUnit: Refiner<FigureContext, Candidate> = {
  name: 'attachUnit',
  refine(results, ctx) {
    const lex = ctx.lexemes;
    const preForms = preUnitForms();
    const inMoneySentence = moneySentences(ctx);
    for (const c of results) {
      if (c.kind !== 'count' || c.unit !== null) continue;
      let j = c.endLex;
      const gap = lex[j];
      if (gap !== undefined && (gap.kind === 'space' || (gap.norm === '-' && lex[j + 1]?.kind === 'word'))) j++;
      let found = postUnit(ctx, c, j, false, inMoneySentence);
      if (found === undefined && (c.scale > 1 || c.origin === 'vague' || c.origin === SHARE_OF_UNIT)) {
        const k = afterDe(ctx, j);
        if (k >= 0) found = postUnit(ctx, c, k, true, inMoneySentence);
      }
      if (found === undefined) found = periodUnit(ctx, c, j, inMoneySentence);
      if (found !== undefined) {
        apply(c, found.form);
        let end = found.end;
        // not after a scale: « 6 millions de dollars et demi » is no half dollar
        const share = found.form.kind === 'percent' || c.scale > 1 ? undefined : andAShare(ctx, end);
        if (share !== undefined) {
          c.value += share.value * found.form.factor;
          end = share.endLex;
        }
        c.endLex = end;
        c.end = lex[end - 1].end;
        continue;
      }
      if (c.article || c.origin === 'fraction' || c.origin === SHARE_OF_UNIT) continue;
      const before = skipSpaceBack(ctx, c.firstLex - 1);
      const forms = before >= 0 ? preForms.get(lex[before].norm) : undefined;
      if (forms === undefined) continue;
      for (const form of forms) {
        const first = matchPhraseBefore(ctx, c.firstLex, form.pieces);
        if (first < 0) continue;
        // a symbol glued to a word on its left is not a prefix (« 20$ 30 »)
        const glued = lex[first - 1];
        if (glued !== undefined && (glued.kind === 'digits' || glued.kind === 'word')) continue;
        if (isPunct(ctx, c.firstLex - 1, '-')) continue;
        apply(c, form);
        c.firstLex = first;
        c.start = lex[first].start;
        break;
      }
    }
    return results;
  },
};
