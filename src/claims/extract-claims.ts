import type { AnalyzedDocument } from '../analysis.js';
import type { Refiner } from '../extract/pipeline.js';
import { resolveAttribution } from './attribution.js';
import { dropComparisonPeriods } from './comparison-period.js';
import { ClaimContext } from './context.js';
import { resolveMetric } from './metric.js';
import { resolveModality } from './modality.js';
import { dropPageFurniture } from './page-furniture.js';
import { dropSequenceRanks } from './sequence-rank.js';
import { resolveSubject } from './subject.js';
import { resolveTime } from './time.js';
import type { Claim, ClaimDraft } from './types.js';

/** The claim steps, in order: furniture goes first so no later step works for nothing. */
export const CLAIM_STEPS: readonly Refiner<ClaimContext, ClaimDraft>[] = [
  dropPageFurniture,
  dropComparisonPeriods,
  dropSequenceRanks,
  resolveSubject,
  resolveMetric,
  resolveTime,
  resolveAttribution,
  resolveModality,
];

/** Every figure that states a checkable fact, with its subject, metric, time, attribution and modality. */
export function extractClaims(analysis: AnalyzedDocument): Claim[] {
  // most documents of a large corpus hold no figure: no context to build for them
  if (analysis.figures.length === 0) return [];
  const context = new ClaimContext(analysis);
  // arrays pushed, not mapped, here and in claimRecords: map's result is a packed array before its
  // caller is optimised and a holey one after, and each new kind of array deoptimises the code it reaches
  let drafts: ClaimDraft[] = [];
  for (const figure of analysis.figures) {
    drafts.push({ figure, sentence: analysis.sentenceIndexAt(figure.start), subject: null, metric: null, time: null, attribution: null, modality: 'asserted' });
  }
  for (const step of CLAIM_STEPS) drafts = step.refine(drafts, context);
  const claims: Claim[] = [];
  // Object.assign, not `{ ...figure, sentence, … }`: adding fields to a spread copy is twenty times slower in V8
  for (const { figure, sentence, subject, metric, time, attribution, modality } of drafts) {
    claims.push(Object.assign({}, figure, { sentence, subject, metric, time, attribution, modality }));
  }
  return claims;
}
