import type { Refiner } from '../extract/pipeline.js';
import type { ClaimContext } from './context.js';
import type { ClaimDraft } from './types.js';

/** Words that make a duration the span a change is measured over (« en hausse de 13 % sur un an »). */
const OVER = new Set(['sur', 'en']);

/**
 * A duration right after « sur » / « en » that follows another figure of its sentence is the
 * period a change is measured over (« +13 % sur un an », « doublé en dix ans »), part of
 * that figure's statement, not a claim of its own.
 */
export function isComparisonPeriod(context: ClaimContext, draft: ClaimDraft, previous: ClaimDraft | undefined): boolean {
  if (draft.figure.kind !== 'duration' || !previous || previous.sentence !== draft.sentence) return false;
  const before = context.tokenAt(draft.figure.start) - 1;
  if (before < 0 || !OVER.has(context.word(before))) return false;
  // only words between the two figures: « 13 % sur un an », « de 12 % en un an »
  return context.tokenAt(previous.figure.end) >= before - 2;
}

export const dropComparisonPeriods: Refiner<ClaimContext, ClaimDraft> = {
  name: 'dropComparisonPeriods',
  refine: (drafts, context) => drafts.filter((draft, k) => !isComparisonPeriod(context, draft, drafts[k - 1])),
};
