import type { Refiner } from '../extract/pipeline.js';
import type { ClaimContext } from './context.js';
import type { ClaimDraft } from './types.js';

/**
 * The period a figure holds for: a date of its sentence that governs it. The date right
 * after it, before the next figure, first (« 47,8 % … en 2018 »); else a date before it
 * in the sentence (« En 2018, AWS détenait … »); else the date that closes a run of
 * coordinated figures (« 12 % du chiffre d'affaires … mais la moitié de ses bénéfices
 * en 2019 » → both 2019).
 */
export function timeOf(context: ClaimContext, draft: ClaimDraft, next: ClaimDraft | undefined): string | null {
  const span = context.sentences[draft.sentence];
  const dates = context.datesOf(draft.sentence);
  if (dates.length === 0) return null;
  const { figure } = draft;
  const nextFigure = next && next.sentence === draft.sentence ? next.figure.start : span.end;
  const following = dates.find((date) => date.start >= figure.end && date.start < nextFigure);
  if (following) return following.value;
  const preceding = dates.filter((date) => date.end <= figure.start).pop();
  if (preceding) return preceding.value;
  return dates.find((date) => date.start >= figure.end)?.value ?? null;
}

export const resolveTime: Refiner<ClaimContext, ClaimDraft> = {
  name: 'resolveTime',
  refine: (drafts, context) => drafts.map((draft, k) => ({ ...draft, time: timeOf(context, draft, drafts[k + 1]) })),
};
