import type { Refiner } from '../../pipeline.js';
import type { Candidate, EntityContext } from '../candidate.js';
import { isEnglishWordAt, isFeminineWordAt, isFrenchWordAt, isFrequentFrenchWordAt } from '../common-words.js';
import { lexicon, WordList } from '../lexicon.js';
import { TOKEN_AFTER_BREAK, TOKEN_ALL_CAPS, TOKEN_CAPITALISED, TOKEN_DIGIT_START, TOKEN_JOINED } from '../scan-words.js';
import { isLowerWord, isPlainWord, isPostAdjective } from '../word-tests.js';
import type { EntityLabel } from '../types.js';

const ARTICLES = new WordList(['le', 'la', 'les', "l'"], false);
/** « par », which introduces the agent of a passive verb (« dessiné par Vauban », « publié par Kōdansha »). */
const PAR = lexicon.intern('par');

function wordCount(context: EntityContext, candidate: Candidate): number {
  let count = 0;
  // a capitalised token is a word
  for (let i = candidate.first; i <= candidate.last; i++) if ((context.flags[i] & TOKEN_CAPITALISED) !== 0) count++;
  return count;
}

/** Index of the token after the candidate, past one comma (« Ecobee, un fabricant »). */
function afterIndex(context: EntityContext, candidate: Candidate): number {
  const next = candidate.last + 1;
  return context.tokens.isUnit(next, 0x2c) ? next + 1 : next;
}

/** True when a gazetteer place starts at token `index` (« Sevrey (Saône-et-Loire) »). */
function placeAt(context: EntityContext, index: number): boolean {
  const { tokens } = context;
  if (index >= tokens.length) return false;
  for (const name of context.knowledge.names.startingWith(tokens.keyId(index)) ?? []) {
    if (name.entry.label !== 'LOC' || index + name.keys.length > tokens.length) continue;
    let same = true;
    for (let k = 1; k < name.keys.length && same; k++) same = tokens.shapes[index + k] === name.shapes[k] && tokens.keyId(index + k) === name.keys[k];
    if (same) return true;
  }
  return false;
}

/** True when a token of the candidate holds a period between letters (« Booking.com »). */
function hasDomainPeriod(context: EntityContext, candidate: Candidate): boolean {
  const { text } = context;
  for (let i = context.tokens.starts[candidate.first] + 1; i < context.tokens.ends[candidate.last] - 1; i++) {
    if (text.charCodeAt(i) === 0x2e && text.charCodeAt(i + 1) >= 0x61 && text.charCodeAt(i + 1) <= 0x7a) return true;
  }
  return false;
}

/** Plural determiners before a team's name (« les Rangers », « aux Sénateurs », « des Alouettes »). */
export const TEAM_DETERMINERS = new WordList(['les', 'aux', 'des'], false);
/** What joins a team's name to its city (« Rangers de New York », « Sénateurs d'Ottawa »). */
export const CITY_LINKS = new WordList(['de', 'du', "d'"], false);

/** A run « X de Y » after « les », « aux » or « des » whose first word is capitalised and plural (« Sénateurs », « Packers »). */
function teamShaped(context: EntityContext, candidate: Candidate): boolean {
  const { tokens, flags } = context;
  if (candidate.first < 1 || candidate.last - candidate.first < 2 || !TEAM_DETERMINERS.holds(tokens.lowerId(candidate.first - 1))) return false;
  const lastLetter = context.text.charCodeAt(tokens.ends[candidate.first] - 1) | 0x20;
  if (lastLetter !== 0x73 || (flags[candidate.first] & TOKEN_ALL_CAPS) !== 0) return false;
  for (let i = candidate.first + 1; i < candidate.last; i++) if (CITY_LINKS.holds(tokens.lowerId(i)) && (flags[i + 1] & TOKEN_CAPITALISED) !== 0) return true;
  return false;
}

/** The most adjectives that may stand between a role noun and a name (« le comte austrasien Childebrand »). */
const MAX_ROLE_ADJECTIVES = 2;

/**
 * True when a noun of a person's role, kinship or trade comes right before the candidate, or
 * before adjectives that come before it: « son fils Nibelung », « l'empereur romain Justinien »,
 * « la chanteuse américaine Pink ».
 */
function afterPersonRole(context: EntityContext, candidate: Candidate): boolean {
  const { tokens, knowledge } = context;
  let k = candidate.first - 1;
  for (let skipped = 0; skipped < MAX_ROLE_ADJECTIVES && isPostAdjective(context, k); skipped++) k--;
  // the role in lower case, or an acronym (« le PDG Jassy »)
  const written = isLowerWord(context, k) || (isPlainWord(context, k) && (context.flags[k] & TOKEN_ALL_CAPS) !== 0);
  return written && (context.flags[k + 1] & TOKEN_AFTER_BREAK) === 0 && knowledge.personRoles.holds(tokens.lowerId(k));
}

/**
 * True when a designation of an organisation comes before the candidate with adjectives between:
 * « le constructeur japonais Korg », « la chaîne américaine Syfy », « le géant chinois Temu ».
 */
function afterOrganisationDesignation(context: EntityContext, candidate: Candidate): boolean {
  let k = candidate.first - 1;
  for (let skipped = 0; skipped < MAX_ROLE_ADJECTIVES && isPostAdjective(context, k); skipped++) k--;
  // the cue must end on its noun: after « face au », « contre le », an adjective is a noun (« face au Canadien X »)
  if (k === candidate.first - 1 || (context.flags[k + 1] & TOKEN_AFTER_BREAK) !== 0 || !isLowerWord(context, k) || context.knowledge.stopwords.holds(context.tokens.lowerId(k))) return false;
  return context.knowledge.cues.organisationBefore.matchesAt(context.tokens, k + 1);
}

/** The most words of a person's name that the default reads as one (« Satya Nadella », « Kaneto Shindō »). */
const MAX_PERSON_WORDS = 3;

/**
 * True when a run of capitalised words nothing else labels is shaped like a person's name: two or
 * three words in lower case after their capital, nothing between them, none of them a place of
 * the gazetteer; before the last, no French common word nor the feminine of one (« Grande
 * Dépression », « Hautes Fagnes ») and no English common word (« Mountain View »); the last, a
 * surname, may be a rare common word (« Brigham Young », « Wendie Renard »), not a frequent one.
 */
function personShaped(context: EntityContext, candidate: Candidate): boolean {
  const { flags } = context;
  if (candidate.last - candidate.first + 1 > MAX_PERSON_WORDS) return false;
  for (let i = candidate.first; i <= candidate.last; i++) {
    if ((flags[i] & (TOKEN_CAPITALISED | TOKEN_ALL_CAPS | TOKEN_DIGIT_START)) !== TOKEN_CAPITALISED) return false;
    // a surname is often a rare common word (« Renard », « Berger », « Williams »): only a frequent one rules it out
    const common = i < candidate.last ? isFrenchWordAt(context, i) || isFeminineWordAt(context, i) || isEnglishWordAt(context, i) : isFrequentFrenchWordAt(context, i);
    if (common || placeAt(context, i)) return false;
  }
  return true;
}

const NOT_COMPOUND = 0;
const COMPOUND = 1;
const COMPOUND_WITH_LINK = 2;

/**
 * Whether a candidate is one word of capitalised parts joined by hyphens (COMPOUND), with a small
 * word among them (COMPOUND_WITH_LINK: « Port-au-Prince », « Villiers-sur-Marne », the shape of
 * French place names), or not (NOT_COMPOUND).
 */
function hyphenCompound(context: EntityContext, candidate: Candidate): number {
  const { tokens, flags, knowledge } = context;
  if (candidate.last - candidate.first < 2) return NOT_COMPOUND;
  let link = false;
  for (let i = candidate.first + 1; i <= candidate.last; i++) {
    if ((flags[i] & TOKEN_JOINED) === 0) return NOT_COMPOUND;
    if (tokens.isUnit(i, 0x2d) || (flags[i] & TOKEN_CAPITALISED) !== 0) continue;
    if (!knowledge.placeLinks.holds(tokens.lowerId(i))) return NOT_COMPOUND;
    link = true;
  }
  return link ? COMPOUND_WITH_LINK : COMPOUND;
}

/**
 * A lower-case letter followed by a capital inside the word, past the « Mc » or « Mac » of a
 * surname (« McDonald »; « O'Brien » has no lower-case letter before its second capital).
 */
function hasInnerCapital(text: string, start: number, end: number): boolean {
  const from = text.startsWith('Mac', start) ? start + 3 : text.startsWith('Mc', start) ? start + 2 : start;
  for (let i = from + 1; i < end; i++) {
    const previous = text.charAt(i - 1);
    const letter = text.charAt(i);
    if (previous !== previous.toUpperCase() && letter !== letter.toLowerCase()) return true;
  }
  return false;
}

/** Opening and closing quote marks, one code unit each: « » " “ ”. */
const OPENING_QUOTES = [0xab, 0x22, 0x201c];
const CLOSING_QUOTES = [0xbb, 0x22, 0x201d];

function isOneOf(context: EntityContext, index: number, units: readonly number[]): boolean {
  for (const unit of units) if (context.tokens.isUnit(index, unit)) return true;
  return false;
}

/** True when the candidate alone fills a pair of quotes (« Tainted Love », " Magic Mike "). */
function fillsQuotes(context: EntityContext, candidate: Candidate): boolean {
  return isOneOf(context, candidate.first - 1, OPENING_QUOTES) && isOneOf(context, candidate.last + 1, CLOSING_QUOTES);
}

/** A label and the weight of the evidence for it. */
export interface Evidence {
  readonly label: EntityLabel;
  readonly weight: number;
}

/** One Evidence object per label and weight (weights are halves): made once, not per candidate. */
const evidences = new Map<EntityLabel, Evidence[]>();

function evidence(label: EntityLabel, weight: number): Evidence {
  let byWeight = evidences.get(label);
  if (!byWeight) evidences.set(label, (byWeight = []));
  return (byWeight[weight * 2] ??= { label, weight });
}

/** The label the context gives a candidate, with the weight of that evidence. */
export function labelFromContext(context: EntityContext, candidate: Candidate): Evidence {
  const { tokens, knowledge } = context;
  const { cues } = knowledge;
  const words = wordCount(context, candidate);
  const after = afterIndex(context, candidate);
  if (cues.personTitles.matchesAt(tokens, candidate.first)) return evidence('PER', 5);
  // a name with a domain's period is a site or its company (« Booking.com », « Stand.earth »)
  if (hasDomainPeriod(context, candidate)) return evidence('ORG', 4);
  if (cues.organisationBefore.matchesAt(tokens, candidate.first)) return evidence('ORG', 5);
  // the nationality or trade of a company may stand between its designation and its name
  if (afterOrganisationDesignation(context, candidate)) return evidence('ORG', 5);
  const first = tokens.keyId(candidate.first);
  const last = tokens.keyId(candidate.last);
  // a given name and a surname make a person, whatever verb follows (« Andy Jassy a annoncé »), and
  // so does a role before the name (« le PDG Jassy a annoncé », « son fils Nibelung »)
  if (words >= 2 && knowledge.firstNames.holds(first) && !knowledge.organisationHeads.holds(last)) return evidence('PER', 4);
  if (afterPersonRole(context, candidate)) return evidence('PER', words >= 2 ? 4 : 2);
  // a designation right before the name outweighs a verb after it (« l'assistant Claude, a annoncé … »)
  if (cues.productBefore.matchesAt(tokens, candidate.first)) return evidence('PRODUCT', 4);
  if (cues.eventBefore.matchesAt(tokens, candidate.first) || cues.workBefore.matchesAt(tokens, candidate.first)) return evidence('MISC', 4);
  if (cues.organisationAfter.matchesAt(tokens, after)) return evidence('ORG', 5);
  if (knowledge.organisationHeads.holds(first) || (words >= 2 && knowledge.organisationHeads.holds(last))) return evidence('ORG', 4);
  if (knowledge.geoHeads.holds(first) && words >= 2) return evidence('LOC', 4);
  if (words >= 2 && knowledge.geoTails.holds(last) && (context.flags[candidate.last] & TOKEN_ALL_CAPS) === 0) return evidence('LOC', 4);
  if (knowledge.miscHeads.holds(first) && words >= 2) return evidence('MISC', 4);
  if (cues.personBefore.matchesAt(tokens, candidate.first)) return evidence('PER', words >= 2 ? 5 : 2);
  if (cues.personAfter.matchesAt(tokens, after)) return evidence('PER', words >= 2 ? 4 : 2);
  if (tokens.isUnit(candidate.last + 1, 0x28) && placeAt(context, candidate.last + 2)) return evidence('LOC', 4);
  const compound = hyphenCompound(context, candidate);
  if (compound === COMPOUND_WITH_LINK) return evidence('LOC', 4);
  // « aux Sénateurs d'Ottawa », « les Packers de Green Bay »: after a plural determiner, a name and
  // its city name a team, though « aux » announces places
  if (teamShaped(context, candidate)) return evidence('ORG', 3);
  if (cues.placeBefore.matchesAt(tokens, candidate.first)) return evidence('LOC', 3);
  if (words === 1 && (context.flags[candidate.first] & TOKEN_ALL_CAPS) !== 0) return evidence('ORG', 3);
  // « SecNumCloud », « PayPal », « LinkedIn »: a capital inside a word makes a brand, never a place
  if (words === 1 && hasInnerCapital(context.text, context.tokens.starts[candidate.first], context.tokens.ends[candidate.first])) return evidence('ORG', 2);
  if (candidate.source === 'acronym-definition') return evidence('ORG', 4);
  // a name nothing else labels that fills a pair of quotes is the title of a work (« Magic Mike »,
  // « Breaking Bad »): French quotes titles, seldom the names of people, places or companies
  if (fillsQuotes(context, candidate)) return evidence('MISC', 1);
  // « Le Journal du matin », « La Rochelle »: article-led names are rarely people
  if (ARTICLES.holds(tokens.lowerId(candidate.first))) return evidence('ORG', 1);
  // « Bade-Wurtemberg », « Jaunay-Marigny »: most names of capitalised words joined by hyphens are places
  if (compound === COMPOUND) return evidence('LOC', 1);
  if (words >= 2 && personShaped(context, candidate)) return evidence('PER', 1);
  if (words >= 2) return evidence('ORG', 1);
  // « témoigne Karim, 34 ans »: a given name alone that no gazetteer knows as a place
  if (knowledge.firstNames.holds(first)) return evidence('PER', 1);
  // « dessiné par Vauban », « conquise par Pompée »: the agent of a passive is someone, seldom a place
  if (isLowerWord(context, candidate.first - 1) && tokens.lowerId(candidate.first - 1) === PAR) return evidence('PER', 0.5);
  return evidence('LOC', 0.5);
}

/**
 * Gives a label to the candidates that have none (capitalised runs, long forms of
 * acronyms) from the words around them: organisation, person and place cues, head nouns
 * (« Fédération », « Université »), given names, and a weak default.
 */
export const labelByCues: Refiner<EntityContext, Candidate> = {
  name: 'labelByCues',
  refine(candidates, context) {
    for (const candidate of candidates) {
      if (candidate.label !== null) continue;
      const { label, weight } = labelFromContext(context, candidate);
      candidate.label = label;
      if (candidate.source === 'capitals') candidate.weight = weight;
    }
    return candidates;
  },
};
