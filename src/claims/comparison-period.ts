import { foldWord } from '../extract/figures/fold-text.js';
import { figureLexicon } from '../extract/figures/lexicon.js';
import type { Refiner } from '../extract/pipeline.js';
import type { ClaimContext } from './context.js';
import type { ClaimDraft } from './types.js';
import { claimVocabulary } from './vocabulary.js';

/** Words that make a duration the span a change is measured over (« en hausse de 13 % sur un an »). */
const OVER = new Set(['sur', 'en']);
/** Units of a duration that measures a change rather than a speed. */
const CALENDAR_UNITS = new Set(['mo', 'yr']);
/** How many words may stand between a figure and « sur les … » that gives its period (« 23,8 % de part de marché sur les quatre semaines »). */
const DETERMINED_PERIOD_WINDOW = 8;

/**
 * A duration right after « sur » / « en » that follows another figure of its sentence is the
 * period a change is measured over (« +13 % sur un an », « doublé en dix ans »), part of
 * that figure's statement, not a claim of its own. So is one after « sur » and a determiner
 * a few words after a figure (« 23,8 % de part de marché sur les quatre semaines »).
 */
export function isComparisonPeriod(context: ClaimContext, draft: ClaimDraft, previous: ClaimDraft | undefined): boolean {
  if (draft.figure.kind !== 'duration' || !previous || previous.sentence !== draft.sentence) return false;
  const before = context.tokenAt(draft.figure.start) - 1;
  const previousEnd = context.tokenAt(previous.figure.end);
  // only words between the two figures: « 13 % sur un an », « de 12 % en un an », « réduit de 15 %
  // le nombre d'accidents en deux ans »
  // « 33 % du marché, mais perd un point en un an »: months and years after « sur » / « en » measure a
  // change wherever the figure before stands; hours and days may be a speed (« livré en 24 heures »)
  if (before >= 0 && OVER.has(context.word(before))) {
    return previousEnd >= before - 2 || onlyWordsBetween(context, previousEnd, before, DETERMINED_PERIOD_WINDOW) || CALENDAR_UNITS.has(draft.figure.unit ?? '');
  }
  if (context.word(before - 1) !== 'sur' || claimVocabulary().wordClass.get(context.word(before)) !== 'determiner') return false;
  return onlyWordsBetween(context, previousEnd, before - 1, DETERMINED_PERIOD_WINDOW);
}

/**
 * A period named with « derniers », « prochains »… (« Sur les six derniers mois, nous avons compté
 * 87 accidents ») frames the other figures of its sentence: no claim of its own.
 */
function isPeriodFrame(context: ClaimContext, draft: ClaimDraft, previous: ClaimDraft | undefined, next: ClaimDraft | undefined): boolean {
  if (draft.figure.kind !== 'duration' || (previous?.sentence !== draft.sentence && next?.sentence !== draft.sentence)) return false;
  const { periodAdjectives } = figureLexicon();
  for (let k = context.tokenAt(draft.figure.start); k < context.tokenAt(draft.figure.end); k++) if (periodAdjectives.has(foldWord(context.word(k)))) return true;
  return false;
}

/** Whether tokens [from, to) are at most `window` words, no punctuation nor number among them. */
function onlyWordsBetween(context: ClaimContext, from: number, to: number, window: number): boolean {
  if (to - from > window) return false;
  for (let k = from; k < to; k++) if (context.tokens[k].kind !== 'word') return false;
  return true;
}

export const dropComparisonPeriods: Refiner<ClaimContext, ClaimDraft> = {
  name: 'dropComparisonPeriods',
  refine: (drafts, context) => drafts.filter((draft, k) => !isComparisonPeriod(context, draft, drafts[k - 1]) && !isPeriodFrame(context, draft, drafts[k - 1], drafts[k + 1])),
};
