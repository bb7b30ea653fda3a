import type { Refiner } from '../extract/pipeline.js';
import type { ClaimContext } from './context.js';
import type { ClaimDraft } from './types.js';
import { claimVocabulary } from './vocabulary.js';

/**
 * An ordinal right before a noun of occurrence or period counts steps in time (« le
 * troisième jour de la grève », « au premier tour ») instead of ranking someone among
 * peers (« le deuxième employeur de France »): no claim. « la troisième fois » stays one,
 * since how often a thing happened is itself checkable. Nor does one in the object of a verb
 * of opening (« a ouvert son premier entrepôt en 2000 »): it counts openings in time; nor one
 * after « un », « une » (« un troisième acteur »).
 */
export function isSequenceRank(context: ClaimContext, draft: ClaimDraft): boolean {
  if (draft.figure.kind !== 'rank') return false;
  const next = context.tokenAt(draft.figure.end);
  const first = context.tokenAt(draft.figure.start);
  return (next < context.tokens.length && claimVocabulary().sequenceNouns.has(context.word(next))) || INDEFINITE.has(context.word(first - 1)) || openedBefore(context, first);
}

/** « voit monter un troisième acteur », « une deuxième vague »: an ordinal after an indefinite article adds one more, it ranks nothing. */
const INDEFINITE = new Set(['un', 'une']);

/** How many words may stand between a verb of opening and the determiner of its object (« a ouvert en France la première … »). */
const OPENING_WINDOW = 4;

/** Whether the ordinal at token i, after its determiner, is in the object of a verb of opening (« a inauguré son deuxième entrepôt »). */
function openedBefore(context: ClaimContext, i: number): boolean {
  const { wordClass, openingVerbs } = claimVocabulary();
  if (wordClass.get(context.word(i - 1)) !== 'determiner') return false;
  for (let k = i - 2; k >= Math.max(0, i - 2 - OPENING_WINDOW); k--) {
    const word = context.word(k);
    if (openingVerbs.has(word)) return true;
    if (context.tokens[k].kind === 'punct') return false;
  }
  return false;
}

export const dropSequenceRanks: Refiner<ClaimContext, ClaimDraft> = {
  name: 'dropSequenceRanks',
  refine: (drafts, context) => drafts.filter((draft) => !isSequenceRank(context, draft)),
};
