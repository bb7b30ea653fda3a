import type { Refiner } from '../extract/pipeline.js';
import type { ClaimContext } from './context.js';
import type { ClaimDraft } from './types.js';
import { claimVocabulary } from './vocabulary.js';

/**
 * An ordinal right before a noun of occurrence or period counts steps in time (« le
 * troisième jour de la grève », « au premier tour ») instead of ranking someone among
 * peers (« le deuxième employeur de France »): no claim. « la troisième fois » stays one,
 * since how often a thing happened is itself checkable.
 */
export function isSequenceRank(context: ClaimContext, draft: ClaimDraft): boolean {
  if (draft.figure.kind !== 'rank') return false;
  const next = context.tokenAt(draft.figure.end);
  return next < context.tokens.length && claimVocabulary().sequenceNouns.has(context.word(next));
}

export const dropSequenceRanks: Refiner<ClaimContext, ClaimDraft> = {
  name: 'dropSequenceRanks',
  refine: (drafts, context) => drafts.filter((draft) => !isSequenceRank(context, draft)),
};
