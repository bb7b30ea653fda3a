import type { FigureContext } from './context.js';
import { afterDe, matchPhrase, skipSpace } from './cursor.js';
import { figureLexicon } from './lexicon.js';

/** The origin of a share read as an amount of the unit after it (« un quart d'heure »). */
export const SHARE_OF_UNIT = 'share-of-unit';

/**
 * Lexeme k starts a unit written as a word (« heure », « litre », « euro », « point »).
 * Symbols (« m », « h ») follow digits only, and « livre » may be a book, so neither counts.
 */
export function unitNounAt(ctx: FigureContext, k: number): boolean {
  const l = ctx.lexemes[k];
  const forms = l !== undefined && l.kind === 'word' ? figureLexicon().unitsByFirst.get(l.norm) : undefined;
  return forms?.some((form) => form.post && !form.afterDigitsOnly && !form.moneySentenceOnly && matchPhrase(ctx, k, form.pieces) >= 0) ?? false;
}

/**
 * A blank, « de »/« d' » and a unit noun in the singular after lexeme endLex (« d'heure », « de
 * litre », « de point »): what a share may be a share of. A plural counts things (« un tiers de
 * points de vente »).
 */
export function unitNounAfterDe(ctx: FigureContext, endLex: number): boolean {
  const de = skipSpace(ctx, endLex);
  if (de <= endLex) return false;
  const k = afterDe(ctx, de);
  return k >= 0 && !ctx.lexemes[k].norm.endsWith('s') && unitNounAt(ctx, k);
}
