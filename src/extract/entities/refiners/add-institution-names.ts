import type { Refiner } from '../../pipeline.js';
import type { Candidate, EntityContext } from '../candidate.js';
import { candidateOf } from '../candidate.js';
import { lexicon, WordList } from '../lexicon.js';
import { isFrenchStemAsWritten } from '../common-words.js';
import type { EntityKnowledge } from '../knowledge.js';
import { knownNameAt } from '../parsers/gazetteer-match.js';
import { WordShapes } from '../word-shapes.js';
import { endsWith, isLowerWord, isPlainWord, isPostAdjective } from '../word-tests.js';
import { TOKEN_ALL_CAPS, TOKEN_CAPITALISED, TOKEN_DIGIT_START, TOKEN_JOINED, TOKEN_WORD } from '../scan-words.js';

/** Words that open a complement of the head (« de hockey », « pour un mouvement », « des forces »). */
const LINKS = new WordList(['de', 'du', 'des', "d'", 'pour'], false);
/** Words after which a link comes back (« de l'informatique et des libertés »). */
const ET = lexicon.intern('et');
const POUR = lexicon.intern('pour');
const EN = lexicon.intern('en');
/** Articles a complement may open with (« de la concurrence », « pour un mouvement »). */
const ARTICLES = new WordList(['la', "l'", 'le', 'les', 'un', 'une'], false);
/** Words that follow a verb rather than an adjective (« l'Union européenne recommande à la Libye »). */
const VERB_OBJECTS = new WordList(['le', 'la', 'les', "l'", 'un', 'une', 'à', 'au', 'aux', 'que', "qu'", 'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'se', "s'"], false);
const MAX_TOKENS = 10;
/**
 * Above the gazetteer's 10: the whole name wins over a known name inside it (« Canada » in
 * « Office national du film du Canada », « Union européenne » in « Union européenne de
 * radio-télévision »), unless a known name as long starts at its head.
 */
const INSTITUTION_WEIGHT = 11;

/**
 * Adds the names of institutions written in sentence case, as French writes them: a capitalised
 * head noun (« Ligue », « Office », « Parti ») then adjectives and complements in lower case
 * (« Ligue nationale de hockey », « Office national du film du Canada », « Union des forces de
 * droite »). A head alone is no name (« l'Union », « la Commission »): something must follow.
 * A capitalised geographic head (« Gare », « Massif », « Lac ») makes a place the same way.
 * Heads are looked for among the words of the capitalised runs, not among all words: a pass
 * over every capitalised word of a document costs a few per cent of the whole step.
 */
export const addInstitutionNames: Refiner<EntityContext, Candidate> = {
  name: 'addInstitutionNames',
  refine(candidates, context) {
    const { flags } = context;
    const found: Candidate[] = [];
    /** The last token of the last name added: a head inside it is not read again. */
    let covered = -1;
    for (const run of candidates) {
      if (run.source !== 'capitals') continue;
      const lowerHeaded = lowerCaseHeadBefore(context, run.first);
      if (lowerHeaded !== undefined && run.first > covered) {
        found.push(lowerHeaded);
        covered = lowerHeaded.last;
        continue;
      }
      for (let head = Math.max(run.first, covered + 1); head <= run.last; head++) {
        if ((flags[head] & (TOKEN_CAPITALISED | TOKEN_ALL_CAPS)) !== TOKEN_CAPITALISED) continue;
        const name = institutionAt(context, head);
        if (name === undefined) continue;
        found.push(name);
        covered = name.last;
      }
    }
    return found.length === 0 ? candidates : [...candidates, ...found];
  },
};

/**
 * « le ministère de l'Économie », « le ministère des Armées »: a head French writes in lower
 * case, « de » and its article, then the capitalised run at `first`; the name runs from the
 * head over the complements that follow (« de l'Économie et des Finances »).
 */
function lowerCaseHeadBefore(context: EntityContext, first: number): Candidate | undefined {
  const { tokens, knowledge } = context;
  let k = first - 1;
  if (k >= 0 && ARTICLES.holds(tokens.lowerId(k))) k--;
  if (k < 0 || !OF_WORDS.holds(tokens.lowerId(k))) return undefined;
  const head = k - 1;
  if (head < 0 || !isLowerWord(context, head) || !knowledge.lowerCaseInstitutionHeads.holds(tokens.keyId(head))) return undefined;
  return candidateOf(context, head, Math.max(first, nameEnd(context, head)), 'ORG', INSTITUTION_WEIGHT, 'institution');
}

/** « de » and its forms before a complement. */
const OF_WORDS = new WordList(['de', 'des', 'du', "d'"], false);

/** The shapes of the institution and geographic heads together, for the knowledge last seen: one test rules most words out. */
let heads: { readonly knowledge: EntityKnowledge; readonly shapes: WordShapes } | undefined;

function headShapes(knowledge: EntityKnowledge): WordShapes {
  if (heads?.knowledge !== knowledge) heads = { knowledge, shapes: WordShapes.union(knowledge.institutionHeads.shapes, knowledge.geoHeads.shapes) };
  return heads.shapes;
}

/** The institution or place named from the capitalised word `head`, if it is a head noun and something follows it. */
function institutionAt(context: EntityContext, head: number): Candidate | undefined {
  const { tokens, knowledge } = context;
  if (!tokens.mayBeIn(headShapes(knowledge), head)) return undefined;
  const key = tokens.keyId(head);
  const institution = knowledge.institutionHeads.holds(key);
  // places are named the same way (« Gare de Lyon », « Massif central », « Stade Vélodrome »)
  if (!institution && !knowledge.geoHeads.holds(key)) return undefined;
  const last = nameEnd(context, head);
  if (last === head) return undefined;
  const known = knownNameAt(context, head);
  if ((known !== undefined && head + known.keys.length - 1 >= last) || insideKnownName(context, head)) return undefined;
  return candidateOf(context, head, last, institution ? 'ORG' : 'LOC', INSTITUTION_WEIGHT, 'institution');
}

/** How far before a head a known name holding it may start (« Haute Autorité de santé »). */
const KNOWN_NAME_LOOK_BACK = 3;

/** True when a known name starting at a capitalised word before token `head` covers it. */
function insideKnownName(context: EntityContext, head: number): boolean {
  for (let start = head - 1; start >= 0 && start >= head - KNOWN_NAME_LOOK_BACK; start--) {
    if ((context.flags[start] & TOKEN_CAPITALISED) === 0) continue;
    const known = knownNameAt(context, start);
    if (known !== undefined && start + known.keys.length > head) return true;
  }
  return false;
}

/**
 * The last token of a complement's noun from token `index` (« hockey », « la concurrence »,
 * « France », « hautes études »), or -1. A lower-case word in -er or -ir after « de » is taken
 * for an infinitive (« permet à la Commission de sanctionner »), not a noun.
 */
function complementEnd(context: EntityContext, index: number): number {
  const { tokens, flags, knowledge } = context;
  let k = index;
  if (k < tokens.length && ARTICLES.holds(tokens.lowerId(k))) k++;
  if (!isPlainWord(context, k)) return -1;
  if ((flags[k] & TOKEN_DIGIT_START) !== 0) return -1;
  if ((flags[k] & TOKEN_CAPITALISED) !== 0) {
    // a known organisation is a name of its own (« le Conseil d'administration de Vivendi »),
    // unless an article makes it the institution's field (« Tribunal de l'Union européenne »)
    const known = knownNameAt(context, k);
    if (known !== undefined && known.entry.label !== 'LOC') return k > index ? k + known.keys.length - 1 : -1;
    // a name: its capitalised words
    while (isPlainWord(context, k + 1) && (flags[k + 1] & TOKEN_CAPITALISED) !== 0) k++;
    return hyphenatedEnd(context, k);
  }
  if (knowledge.stopwords.holds(tokens.lowerId(k))) return -1;
  if (knowledge.preNominalAdjectives.holds(tokens.lowerId(k)) && isLowerWord(context, k + 1) && !knowledge.stopwords.holds(tokens.lowerId(k + 1))) k++;
  if (endsWith(tokens, k, 'er') || endsWith(tokens, k, 'ir')) return -1;
  return hyphenatedEnd(context, k);
}

/** The last token of the word at token `k` with the words hyphens join to it (« radio-télévision », « Saint-Pétersbourg »). */
function hyphenatedEnd(context: EntityContext, k: number): number {
  const { tokens, flags } = context;
  let end = k;
  while (end + 2 < tokens.length && (flags[end + 1] & TOKEN_JOINED) !== 0 && tokens.isUnit(end + 1, 0x2d) && (flags[end + 2] & (TOKEN_JOINED | TOKEN_WORD)) === (TOKEN_JOINED | TOKEN_WORD)) end += 2;
  return end;
}

/** The last token of the institution name whose head is token `head` (the head itself when nothing follows). */
function nameEnd(context: EntityContext, head: number): number {
  const { tokens, flags, knowledge } = context;
  let last = head;
  let k = head + 1;
  /** After a proper name only another complement may follow (« Compagnie des Indes entraine » is a verb). */
  let afterName = false;
  let complements = 0;
  while (k < tokens.length && k - head < MAX_TOKENS) {
    if (!afterName && isPostAdjective(context, k)) {
      // a verb in the present shares the adjectives' endings: no dictionary form, an object after it (« recommande à », « rappelle que »)
      if (k + 1 < tokens.length && VERB_OBJECTS.holds(tokens.lowerId(k + 1)) && !isFrenchStemAsWritten(context, k)) break;
      last = k++;
      continue;
    }
    // a name in apposition to the head (« Centre spatial Kennedy », « Université Bob Jones »), not a person after a complement
    if (complements === 0 && !afterName && isPlainWord(context, k) && (flags[k] & (TOKEN_CAPITALISED | TOKEN_ALL_CAPS)) === TOKEN_CAPITALISED && knownNameAt(context, k) === undefined && !knowledge.firstNames.holds(tokens.keyId(k))) {
      last = hyphenatedEnd(context, k);
      while (isPlainWord(context, last + 1) && (flags[last + 1] & (TOKEN_CAPITALISED | TOKEN_ALL_CAPS)) === TOKEN_CAPITALISED) last = hyphenatedEnd(context, last + 1);
      afterName = true;
      k = last + 1;
      continue;
    }
    const from = complementStart(context, k, last > head);
    if (from < 0) break;
    const end = complementEnd(context, from);
    if (end < 0 || end - head >= MAX_TOKENS) break;
    last = end;
    complements++;
    afterName = (flags[end] & TOKEN_CAPITALISED) !== 0;
    k = end + 1;
  }
  return last;
}

/**
 * The first token of a complement announced at token `k` (« de hockey », « pour un mouvement »,
 * « et des libertés », « et la Coopération », « en Europe »), or -1. `et` needs words before it.
 */
function complementStart(context: EntityContext, k: number, canJoin: boolean): number {
  const { tokens, flags } = context;
  let link = k;
  const joined = canJoin && tokens.lowerId(k) === ET;
  if (joined) link++;
  if (link >= tokens.length) return -1;
  const word = tokens.lowerId(link);
  if (LINKS.holds(word)) {
    // « pour » opens a complement of its own words only before an article (« Union pour un mouvement populaire »)
    return word === POUR && !ARTICLES.holds(tokens.lowerId(link + 1)) ? -1 : link + 1;
  }
  // « et la Coopération »: an article after « et » opens a name only; an acronym or a known name
  // there is another organisation (« l'Autorité de la concurrence et la DGCCRF »)
  if (joined && ARTICLES.holds(word) && link + 1 < tokens.length && (flags[link + 1] & TOKEN_CAPITALISED) !== 0) {
    return (flags[link + 1] & TOKEN_ALL_CAPS) !== 0 || knownNameAt(context, link + 1) !== undefined ? -1 : link;
  }
  // « en » before a proper name only (« la Coopération en Europe », not « en charge de »)
  if (word === EN && link + 1 < tokens.length && (flags[link + 1] & TOKEN_CAPITALISED) !== 0) return link + 1;
  return -1;
}
