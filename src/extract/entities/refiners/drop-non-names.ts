import type { Refiner } from '../../pipeline.js';
import type { Candidate, EntityContext } from '../candidate.js';
import { candidateOf } from '../candidate.js';
import { labelFromContext } from './label-by-cues.js';

/** « les Européens », « aux Français »: a nationality noun after a plural determiner. */
function isDemonym(context: EntityContext, index: number): boolean {
  const { tokens, knowledge } = context;
  if (index < 1 || !knowledge.pluralDeterminers.holds(tokens.lowerId(index - 1))) return false;
  const word = tokens.token(index).lower;
  return knowledge.demonymSuffixes.some((suffix) => word.endsWith(suffix));
}

/** The longest entry of the last not-names list seen, with that list. */
let longestNotName: { readonly list: ReadonlySet<string>; readonly length: number } | undefined;

/**
 * True when the candidate, lower-cased, is one of the not-names. Lower-casing never shortens a
 * string, so a candidate longer than every entry is not one, without making its lower-case copy.
 */
function isNotName(context: EntityContext, candidate: Candidate): boolean {
  const list = context.knowledge.notNames;
  if (longestNotName?.list !== list) longestNotName = { list, length: Math.max(0, ...[...list].map((entry) => entry.length)) };
  if (candidate.end - candidate.start > longestNotName.length) return false;
  return list.has(context.text.slice(candidate.start, candidate.end).toLowerCase());
}

/** Evidence a capitalised first word of a sentence needs to count as a name. */
const SENTENCE_START_MIN_WEIGHT = 3;

/**
 * Drops what only looks like a name: capitalised common words of page furniture
 * (« Publicité », « Source »), function words, and a sentence's or headline's first word
 * when nothing else says it is a name (the document-wide pass finds it again if it is one
 * elsewhere). A weak run that starts a sentence loses its first word.
 */
export const dropNonNames: Refiner<EntityContext, Candidate> = {
  name: 'dropNonNames',
  refine(candidates, context) {
    const { tokens, knowledge } = context;
    const kept: Candidate[] = [];
    for (const candidate of candidates) {
      if (candidate.source !== 'capitals') {
        kept.push(candidate);
        continue;
      }
      const first = tokens.token(candidate.first);
      const single = candidate.first === candidate.last;
      if (candidate.end - candidate.start === 1) continue;
      if (isNotName(context, candidate) || (single && knowledge.stopwords.holds(tokens.lowerId(candidate.first)))) continue;
      // a place cue (« aux Européens ») does not outweigh the plural determiner
      if (single && candidate.weight <= SENTENCE_START_MIN_WEIGHT && isDemonym(context, candidate.first)) continue;
      if (first.sentenceInitial && candidate.weight < SENTENCE_START_MIN_WEIGHT) {
        if (single) continue;
        let next = candidate.first + 1;
        while (next <= candidate.last && !tokens.token(next).capitalised) next++;
        if (next > candidate.last) continue;
        const rest = candidateOf(context, next, candidate.last, null, 1, 'capitals');
        [rest.label, rest.weight] = labelFromContext(context, rest);
        kept.push(rest);
        continue;
      }
      kept.push(candidate);
    }
    return kept;
  },
};
