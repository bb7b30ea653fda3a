import type { Refiner } from '../../pipeline.js';
import type { Candidate, EntityContext } from '../candidate.js';
import { candidateOf } from '../candidate.js';
import { isFeminineWordAt, isFrenchWordAt } from '../common-words.js';
import { WordList } from '../lexicon.js';
import { TOKEN_ALL_CAPS, TOKEN_CAPITALISED, TOKEN_JOINED, TOKEN_WORD } from '../scan-words.js';
import { endsWith } from '../word-tests.js';

/** Articles before a noun used for a person (« le Français », « l'Américaine »). */
const ARTICLES = new WordList(['le', 'la', 'les', "l'"], false);
/** Acronyms are seldom longer (« LR », « RN », « WBC »). */
const LONGEST_ACRONYM = 5;

/** True when token `index` is a word written with a capital then lower-case letters, not joined to the one before. */
function isSeparateCapitalised(context: EntityContext, index: number): boolean {
  return (context.flags[index] & (TOKEN_WORD | TOKEN_CAPITALISED | TOKEN_ALL_CAPS | TOKEN_JOINED)) === (TOKEN_WORD | TOKEN_CAPITALISED);
}

/** The least of a word left before an adjective's ending (as in word-tests.ts). */
const MIN_STEM = 3;

/**
 * True when token `index` is a noun of nationality (« Français », « Américaine », « Colombien »: a
 * common word with an adjective's ending) or of a role (« Général »), not the head of the name of
 * an organisation, a place or an event, which may be a person's (« Fondation Louis-Bonduelle »,
 * « Université Bob Jones », « Prix Albert-Londres »).
 */
function isPersonNoun(context: EntityContext, index: number): boolean {
  const { tokens, knowledge } = context;
  const key = tokens.keyId(index);
  if (knowledge.organisationHeads.holds(key) || knowledge.institutionHeads.holds(key) || knowledge.geoHeads.holds(key) || knowledge.miscHeads.holds(key)) return false;
  if (!isFrenchWordAt(context, index) && !isFeminineWordAt(context, index)) return false;
  if (knowledge.personRoles.holds(tokens.lowerId(index))) return true;
  const length = tokens.lengthOf(index);
  return knowledge.adjectiveEndings.some((ending) => length >= ending.length + MIN_STEM && endsWith(tokens, index, ending));
}

/**
 * What comes before a person's name in a run of capitalised words without being part of it: a
 * noun of nationality or of a trade after an article, or its feminine (« le Français Kylian Mbappé », « la Belge
 * Gella Vandecaveye »), 'noun', or the acronym of a party, a union or a federation (« le député LR
 * Xavier Bertrand », « le champion WBC Deontay Wilder »), 'acronym'; else undefined.
 */
function headBeforeName(context: EntityContext, candidate: Candidate): 'noun' | 'acronym' | undefined {
  const { tokens, flags, knowledge } = context;
  const { first, last } = candidate;
  // a head, a given name and at least a surname, the name's words written apart
  if (last - first < 2 || !isSeparateCapitalised(context, first + 1) || !knowledge.firstNames.holds(tokens.keyId(first + 1))) return undefined;
  if (knowledge.firstNames.holds(tokens.keyId(first)) || knowledge.names.startingWith(tokens.keyId(first))) return undefined;
  if ((flags[first] & TOKEN_ALL_CAPS) !== 0) return tokens.lengthOf(first) <= LONGEST_ACRONYM ? 'acronym' : undefined;
  // the noun may be written against an elided article (« l'Américain »)
  const capitalised = (flags[first] & (TOKEN_WORD | TOKEN_CAPITALISED)) === (TOKEN_WORD | TOKEN_CAPITALISED);
  if (capitalised && first > 0 && ARTICLES.holds(tokens.lowerId(first - 1)) && isPersonNoun(context, first)) return 'noun';
  return undefined;
}

/**
 * Cuts off the start of a capitalised run that only stands before a person's name: a noun of
 * nationality or trade, which is no name, is dropped; an acronym becomes a name of its own.
 */
export const splitBeforeGivenName: Refiner<EntityContext, Candidate> = {
  name: 'splitBeforeGivenName',
  refine(candidates, context) {
    let split: Candidate[] | undefined;
    for (let n = 0; n < candidates.length; n++) {
      const candidate = candidates[n];
      const head = candidate.source === 'capitals' && candidate.label === null ? headBeforeName(context, candidate) : undefined;
      if (head === undefined) {
        split?.push(candidate);
        continue;
      }
      split ??= candidates.slice(0, n);
      // the acronym names a party or a body, whatever role comes before it (« le député LR »)
      if (head === 'acronym') split.push(candidateOf(context, candidate.first, candidate.first, 'ORG', 3, 'capitals'));
      split.push(candidateOf(context, candidate.first + 1, candidate.last, null, 1, 'capitals'));
    }
    return split ?? candidates;
  },
};
