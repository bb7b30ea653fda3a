import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import type { FigureContext } from '../context.js';
import { matchPhraseBefore, skipSpaceBack } from '../cursor.js';
import { figureLexicon, type Phrase } from '../lexicon.js';

let byLastPiece: Map<string, Phrase[]> | undefined;

function boundsByLastPiece(): Map<string, Phrase[]> {
  if (byLastPiece) return byLastPiece;
  byLastPiece = new Map();
  for (const phrase of figureLexicon().bounds) {
    const last = phrase[phrase.length - 1];
    const list = byLastPiece.get(last) ?? [];
    list.push(phrase);
    byLastPiece.set(last, list);
  }
  return byLastPiece;
}

/**
 * Marks bounded amounts approx (« près de 40 % », « plus de 3 », « jusqu'à 1 500 euros »,
 * « environ 14 millions »). The bound words stay outside the span, which holds the amount.
 */
export const markBounds: Refiner<FigureContext, Candidate> = {
  name: 'markBounds',
  refine(results, ctx) {
    const index = boundsByLastPiece();
    for (const c of results) {
      if (c.kind === 'rank') continue;
      const first = c.firstLex;
      const before = skipSpaceBack(ctx, first - 1);
      if (before < 0) continue;
      const phrases = index.get(ctx.lexemes[before].norm);
      if (phrases !== undefined && someBoundBefore(ctx, first, before, phrases)) c.approx = true;
    }
    return results;
  },
};

/**
 * One of the phrases, all ending with the word at `before`, ends right before lexeme `first`.
 * A phrase's piece before its last is the lexeme just before that word or the one before the
 * blanks there: phrases whose piece is neither are not tried (« de » and « à » end nine each).
 */
function someBoundBefore(ctx: FigureContext, first: number, before: number, phrases: readonly Phrase[]): boolean {
  const lex = ctx.lexemes;
  const adjacent = lex[before - 1]?.norm;
  const afterBlanks = lex[skipSpaceBack(ctx, before - 1)]?.norm;
  for (const phrase of phrases) {
    const piece = phrase.length > 1 ? phrase[phrase.length - 2] : undefined;
    if (piece !== undefined && piece !== adjacent && piece !== afterBlanks) continue;
    if (matchPhraseBefore(ctx, first, phrase) >= 0) return true;
  }
  return false;
}
