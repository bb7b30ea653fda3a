import type { Refiner } from '../../pipeline.js';
import type { Candidate, EntityContext } from '../candidate.js';
import { candidateOf } from '../candidate.js';
import { isCommonWord, isFrenchWordAt } from '../common-words.js';
import { TOKEN_ALL_CAPS, TOKEN_CAPITALISED, TOKEN_SENTENCE_INITIAL } from '../scan-words.js';
import { shapeOf, WordShapes } from '../word-shapes.js';
import { labelFromContext } from './label-by-cues.js';

/** « les Européens », « aux Français »: a nationality noun after a plural determiner. */
function isDemonym(context: EntityContext, index: number): boolean {
  const { tokens, knowledge } = context;
  if (index < 1 || !knowledge.pluralDeterminers.holds(tokens.lowerId(index - 1))) return false;
  const word = tokens.token(index).lower;
  return knowledge.demonymSuffixes.some((suffix) => word.endsWith(suffix));
}

/** The last not-names list seen, with the shapes of its entries. */
let notNameShapes: { readonly list: ReadonlySet<string>; readonly shapes: WordShapes } | undefined;

/** The dotted capital I, the one letter whose lower case (i + dot above) is longer than it. */
const DOTTED_CAPITAL_I = 0x130;

/**
 * True when the candidate, lower-cased, is one of the not-names. Without a dotted capital I,
 * lower-casing keeps the length and folds each letter alone (no context changes a capital):
 * a candidate of another shape (length, first and last letters) than every entry is not one,
 * and needs no lower-case copy.
 */
function isNotName(context: EntityContext, candidate: Candidate): boolean {
  const list = context.knowledge.notNames;
  if (notNameShapes?.list !== list) notNameShapes = { list, shapes: new WordShapes(list) };
  const { text } = context;
  const { start, end } = candidate;
  let plain = true;
  for (let i = start; i < end && plain; i++) plain = text.charCodeAt(i) !== DOTTED_CAPITAL_I;
  if (plain && !notNameShapes.shapes.mayHave(shapeOf(end - start, text.charCodeAt(start), text.charCodeAt(end - 1)))) return false;
  return list.has(text.slice(start, end).toLowerCase());
}

/** Acronyms are seldom longer: a word in capitals this long or longer may be a common word shouted. */
const LONGEST_ACRONYM = 4;

/**
 * True when a candidate is French common words written in capitals, one of them too long for an
 * acronym: a kicker or a headline (« INVENTAIRE. », « RÉSULTATS ANNUELS — », « LIRE AUSSI »).
 */
function isCommonAllCaps(context: EntityContext, candidate: Candidate): boolean {
  const { tokens, flags } = context;
  let long = false;
  for (let i = candidate.first; i <= candidate.last; i++) {
    if ((flags[i] & TOKEN_ALL_CAPS) === 0 || !isCommonWord(context, i)) return false;
    if (tokens.lengthOf(i) > LONGEST_ACRONYM) long = true;
  }
  return long;
}

/** Evidence (a given name, a cue) that keeps a run of common words in capitals. */
const STRONG_EVIDENCE = 4;

/** Evidence a capitalised first word of a sentence needs to count as a name. */
const SENTENCE_START_MIN_WEIGHT = 3;

/**
 * The candidate if it is a name, the part of it that is one (a weak run that opens a sentence
 * loses its first word), or undefined.
 */
function nameIn(context: EntityContext, candidate: Candidate): Candidate | undefined {
  const { tokens, knowledge } = context;
  const single = candidate.first === candidate.last;
  if (candidate.end - candidate.start === 1) return undefined;
  if (isNotName(context, candidate) || (single && knowledge.stopwords.holds(tokens.lowerId(candidate.first)))) return undefined;
  // « l'ONG Stand.earth », « le PDG Andy Jassy »: the acronym designates, the name follows it
  if (!single && (context.flags[candidate.first] & TOKEN_ALL_CAPS) !== 0 && knowledge.designationAcronyms.holds(tokens.keyId(candidate.first))) {
    const rest = candidateOf(context, candidate.first + 1, candidate.last, null, 1, 'capitals');
    ({ label: rest.label, weight: rest.weight } = labelFromContext(context, rest));
    return nameIn(context, rest);
  }
  // a place cue (« aux Européens ») does not outweigh the plural determiner
  if (single && candidate.weight <= SENTENCE_START_MIN_WEIGHT && isDemonym(context, candidate.first)) return undefined;
  // a given name or a cue outweighs the words' commonness (« MARIE DUPUIS »)
  if (candidate.weight < STRONG_EVIDENCE && isCommonAllCaps(context, candidate)) return undefined;
  // a common noun with a capital of convention (« la Bourse », « ministre de la Santé »), unless a cue makes it a name
  if (single && candidate.weight < SENTENCE_START_MIN_WEIGHT && isFrenchWordAt(context, candidate.first)) return undefined;
  if (single && (context.flags[candidate.first] & TOKEN_ALL_CAPS) === 0 && knowledge.organisationHeads.holds(tokens.keyId(candidate.first))) return undefined;
  if ((context.flags[candidate.first] & TOKEN_SENTENCE_INITIAL) === 0 || candidate.weight >= SENTENCE_START_MIN_WEIGHT) return candidate;
  // a word that is no common word keeps its capital's meaning after a bracket, and before another capitalised word
  const unknownWord = !isCommonWord(context, candidate.first);
  if (single) return unknownWord && (tokens.isUnit(candidate.first - 1, 0x28) || tokens.isUnit(candidate.first - 1, 0x5b)) ? candidate : undefined;
  if (unknownWord) return candidate;
  let next = candidate.first + 1;
  while (next <= candidate.last && (context.flags[next] & TOKEN_CAPITALISED) === 0) next++;
  if (next > candidate.last) return undefined;
  const rest = candidateOf(context, next, candidate.last, null, 1, 'capitals');
  ({ label: rest.label, weight: rest.weight } = labelFromContext(context, rest));
  // the rest is read as any run (« LIRE AUSSI » leaves « AUSSI », no name either)
  return nameIn(context, rest);
}

/**
 * Drops what only looks like a name: capitalised common words of page furniture
 * (« Publicité », « Source »), function words, and a sentence's or headline's first word
 * when nothing else says it is a name (the document-wide pass finds it again if it is one
 * elsewhere). A weak run that starts a sentence loses its first word.
 */
export const dropNonNames: Refiner<EntityContext, Candidate> = {
  name: 'dropNonNames',
  refine(candidates, context) {
    const kept: Candidate[] = [];
    for (const candidate of candidates) {
      const name = candidate.source === 'capitals' ? nameIn(context, candidate) : candidate;
      if (name) kept.push(name);
    }
    return kept;
  },
};
