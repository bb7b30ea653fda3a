import type { Refiner } from '../../pipeline.js';
import type { Candidate, EntityContext } from '../candidate.js';
import { candidateOf } from '../candidate.js';
import { isCommonWord, isEnglishWordAt } from '../common-words.js';
import { scratchInts } from '../scratch-arrays.js';
import { TOKEN_AFTER_BREAK, TOKEN_CAPITALISED, TOKEN_WORD } from '../scan-words.js';
import { CITY_LINKS, labelFromContext, TEAM_DETERMINERS } from './label-by-cues.js';
import { lexicon } from '../lexicon.js';
import { isCapitalisedWord } from '../word-tests.js';

/** Above a gazetteer name's 10: the whole name wins over the place that ends it. */
const PLACE_TAIL_WEIGHT = 10.5;
const NONE = -1;
const LA = lexicon.intern('la');

/** For each token, the index (in the candidate list) of the known place that ends there, or NONE. */
const placeEnding = scratchInts();
/** For each token, the index of the known name that covers it, or NONE. */
const knownCover = scratchInts();
/** For each token, the index of the capitalised run that covers it, or NONE. */
const runCover = scratchInts();

/** True when token `index` is a capitalised word that is no common word, given name or other known name. */
function unknownCapitalised(context: EntityContext, index: number, known: Int32Array): boolean {
  const { flags, tokens, knowledge } = context;
  if ((flags[index] & (TOKEN_WORD | TOKEN_CAPITALISED)) !== (TOKEN_WORD | TOKEN_CAPITALISED)) return false;
  if (known[index] !== NONE || isCommonWord(context, index) || isEnglishWordAt(context, index)) return false;
  return !knowledge.firstNames.holds(tokens.keyId(index));
}

/** How many capitalised words a team's name may take before its city. */
const TEAM_WORDS = 3;

/**
 * « les Rangers de New York », « aux Alouettes de Montréal »: after a plural determiner,
 * capitalised words then « de » and a known place name a team, or undefined.
 */
function teamBefore(context: EntityContext, place: Candidate): Candidate | undefined {
  const { tokens } = context;
  let k = place.first - 1;
  if (k >= 0 && tokens.lowerId(k) === LA) k--;
  if (k < 0 || !CITY_LINKS.holds(tokens.lowerId(k))) return undefined;
  let first = k;
  while (first > 0 && k - first < TEAM_WORDS && isCapitalisedWord(context, first - 1)) first--;
  if (first === k || first === 0 || !TEAM_DETERMINERS.holds(tokens.lowerId(first - 1))) return undefined;
  return candidateOf(context, first, place.last, 'ORG', PLACE_TAIL_WEIGHT, 'team');
}

/** How many capitalised words may stand between a designation and the known name it holds. */
const DESIGNATED_WORDS_BEFORE = 3;

/**
 * The organisation named by capitalised words that run from a designation (« le collectif »,
 * « l'association ») over a known name (« le collectif Stop Amazon Fournès »), or undefined.
 */
function designatedAround(context: EntityContext, name: Candidate): Candidate | undefined {
  let first = name.first;
  while (first > 0 && name.first - first < DESIGNATED_WORDS_BEFORE && isCapitalisedWord(context, first - 1) && (context.flags[first] & TOKEN_AFTER_BREAK) === 0) first--;
  if (first === name.first || !context.knowledge.cues.organisationBefore.matchesAt(context.tokens, first)) return undefined;
  let last = name.last;
  while (isCapitalisedWord(context, last + 1)) last++;
  return candidateOf(context, first, last, 'ORG', PLACE_TAIL_WEIGHT, 'designated-run');
}

/**
 * « le collectif Amazon Employees for Climate Justice »: after a designation of an organisation, a
 * run of capitalised words that opens on a known name and goes on with words no name holds is one
 * organisation (« chez Amazon Prime Video » is two known names, and stays so).
 */
function designatedRunFrom(context: EntityContext, name: Candidate, candidates: readonly Candidate[], runs: Int32Array, known: Int32Array): Candidate | undefined {
  // the scratch arrays are longer than the document: read only its tokens
  if (name.last + 1 >= context.tokens.length) return undefined;
  const n = runs[name.last + 1];
  if (n === NONE) return undefined;
  const run = candidates[n];
  if (run.first > name.first || !context.knowledge.cues.organisationBefore.matchesAt(context.tokens, name.first)) return undefined;
  let unknown = false;
  for (let i = name.last + 1; i <= run.last && !unknown; i++) unknown = known[i] === NONE && isCapitalisedWord(context, i);
  return unknown ? candidateOf(context, name.first, run.last, 'ORG', PLACE_TAIL_WEIGHT, 'designated-run') : undefined;
}

/**
 * Longer names that hold a known one, which then gives way to them: capitalised words after a
 * designation of an organisation (« le collectif Stop Amazon Fournès »); a team named after its
 * city (« les Rangers de New York »); and a known place at the end of a run of capitalised words
 * that are no common word, given name or known name (« Disneyland Paris », « Ajax Amsterdam »,
 * « TV Tokyo »), the run labelled from its context.
 */
export const joinPlaceTails: Refiner<EntityContext, Candidate> = {
  name: 'joinPlaceTails',
  refine(candidates, context) {
    const ends = placeEnding.filled(context.tokens.length, NONE);
    // a token covered by any known name, to keep « BBC » in « BBC Canada » a name of its own
    const known = knownCover.filled(context.tokens.length, NONE);
    const runs = runCover.filled(context.tokens.length, NONE);
    let gazetteer = false;
    candidates.forEach((candidate, n) => {
      if (candidate.source === 'capitals') for (let i = candidate.first; i <= candidate.last; i++) runs[i] = n;
      if (candidate.source !== 'gazetteer') return;
      gazetteer = true;
      for (let i = candidate.first; i <= candidate.last; i++) known[i] = n;
      if (candidate.label === 'LOC') ends[candidate.last] = n;
    });
    if (!gazetteer) return candidates;
    const replaced = new Set<Candidate>();
    const joined: Candidate[] = [];
    /** Replaces the known names and capitalised runs on tokens [first, last] by `whole`. */
    const replaceBy = (whole: Candidate): void => {
      for (let i = whole.first; i <= whole.last; i++) {
        if (known[i] !== NONE) replaced.add(candidates[known[i]]);
        if (runs[i] !== NONE) replaced.add(candidates[runs[i]]);
      }
      joined.push(whole);
    };
    // « le collectif Stop Amazon Fournès »: capitalised words before a known name, after a
    // designation of an organisation, name one organisation with it and what follows
    for (const name of candidates) {
      if (name.source !== 'gazetteer' || replaced.has(name)) continue;
      const whole = designatedAround(context, name) ?? designatedRunFrom(context, name, candidates, runs, known);
      if (whole !== undefined) replaceBy(whole);
    }
    // « les Rangers de New York », « aux Canadiens de Montréal »: a team named after its city
    for (const place of candidates) {
      if (place.source !== 'gazetteer' || place.label !== 'LOC' || replaced.has(place)) continue;
      const team = teamBefore(context, place);
      if (team !== undefined) replaceBy(team);
    }
    for (const run of candidates) {
      if (run.source !== 'capitals' || run.first === run.last || replaced.has(run)) continue;
      const n = ends[run.last];
      if (n === NONE) continue;
      const place = candidates[n];
      if (place.first <= run.first || replaced.has(place)) continue;
      let head = true;
      for (let i = run.first; i < place.first && head; i++) head = unknownCapitalised(context, i, known);
      if (!head) continue;
      const whole = candidateOf(context, run.first, run.last, null, PLACE_TAIL_WEIGHT, 'place-tail');
      whole.label = labelFromContext(context, whole).label;
      replaced.add(place);
      replaced.add(run);
      joined.push(whole);
    }
    return joined.length === 0 ? candidates : [...candidates.filter((candidate) => !replaced.has(candidate)), ...joined];
  },
};

