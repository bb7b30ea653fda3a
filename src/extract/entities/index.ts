import type { Span } from '../../document/span.js';
import type { Pipeline } from '../pipeline.js';
import { runPipeline } from '../pipeline.js';
import type { Candidate, EntityContext } from './candidate.js';
import { groupEntities } from './group-entities.js';
import { entityKnowledge } from './knowledge.js';
import { markSentenceStarts } from './mark-sentence-starts.js';
import { NameNumbers } from './name-numbers.js';
import { acronymDefinition } from './parsers/acronym-definition.js';
import { gazetteerMatch } from './parsers/gazetteer-match.js';
import { geoHeadPhrase } from './parsers/geo-head-phrase.js';
import { properNounSequence } from './parsers/proper-noun-sequence.js';
import { workTitle } from './parsers/work-title.js';
import { addInstitutionNames } from './refiners/add-institution-names.js';
import { dropInsideQuantities } from './refiners/drop-inside-quantities.js';
import { dropNonNames } from './refiners/drop-non-names.js';
import { dropShadowedRuns } from './refiners/drop-shadowed-runs.js';
import { joinPlaceTails } from './refiners/join-place-tails.js';
import { labelCoordinatedNames } from './refiners/label-coordinated-names.js';
import { labelByCues } from './refiners/label-by-cues.js';
import { propagateKnownNames } from './refiners/propagate-known-names.js';
import { resolveOverlaps } from './refiners/resolve-overlaps.js';
import { splitBeforeGivenName } from './refiners/split-before-given-name.js';
import { scanDocument, TokenBuffers } from './scan-words.js';
import { SpanCover } from './span-cover.js';
import type { Entity } from './types.js';

export type { Entity, EntityLabel } from './types.js';
export { MentionIndex } from './mention-index.js';
export type { IndexedMention } from './mention-index.js';

/** The token arrays of the document being read, reused for the next (they live as long as one call). */
const documentBuffers = new TokenBuffers();
/** The cover of no span, for the documents read without their dates and amounts. */
const NO_QUANTITIES = new SpanCover([]);
/** The numbers of the names of the document being read, emptied for the next. */
const documentNames = new NameNumbers();

export const entityPipeline: Pipeline<EntityContext, Candidate> = {
  parsers: [gazetteerMatch, acronymDefinition, workTitle, geoHeadPhrase, properNounSequence],
  refiners: [dropInsideQuantities, addInstitutionNames, joinPlaceTails, dropShadowedRuns, splitBeforeGivenName, labelByCues, dropNonNames, resolveOverlaps, labelCoordinatedNames, propagateKnownNames],
};

/**
 * The distinct entities of one document (organisations, people, places, products, works),
 * each with its canonical name, label, other names written in the document and every
 * mention as a UTF-16 span of `text`. `sentences` are the document's sentence spans;
 * `quantities`, its dates and amounts, in any order: a mention inside one is no name.
 */
export function extractEntities(text: string, sentences: readonly Span[], quantities: readonly Span[] = []): Entity[] {
  // the knowledge first: it completes the lexicon the scan's tokens are numbered by
  const knowledge = entityKnowledge();
  const tokens = scanDocument(text, documentBuffers);
  markSentenceStarts(tokens, sentences);
  documentNames.clear();
  const context: EntityContext = { text, tokens, flags: tokens.flags, knowledge, names: documentNames, quantities: quantities.length === 0 ? NO_QUANTITIES : new SpanCover(quantities) };
  return groupEntities(runPipeline(entityPipeline, context), context);
}
