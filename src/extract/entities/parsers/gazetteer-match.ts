import type { Parser } from '../../pipeline.js';
import type { Candidate, EntityContext } from '../candidate.js';
import { isEnglishWordAt, isFrenchWordAt } from '../common-words.js';
import type { GazetteerName } from '../knowledge.js';
import { WordList } from '../lexicon.js';
import { candidateOf } from '../candidate.js';
import { TOKEN_AFTER_BREAK, TOKEN_ALL_CAPS, TOKEN_CAPITALISED, TOKEN_DIGIT_START, TOKEN_HAS_UPPER, TOKEN_JOINED, TOKEN_SENTENCE_INITIAL, TOKEN_WORD, type DocumentTokens } from '../scan-words.js';

/** Articles, contracted or not, before a name that has lost its own (« au Parisien »). */
const ARTICLES = new WordList(['le', 'la', 'les', "l'", 'au', 'aux', 'du', 'des'], false);

/** Lower-case letters then a capital (« iPhone », « eBay »): /^[a-z]+[A-Z]/ on token `index`, without a regex or a string. */
function camelCase(tokens: DocumentTokens, index: number): boolean {
  const { text } = tokens;
  const start = tokens.starts[index];
  const end = tokens.ends[index];
  let i = start;
  while (i < end && text.charCodeAt(i) >= 0x61 && text.charCodeAt(i) <= 0x7a) i++;
  const c = i < end ? text.charCodeAt(i) : NaN;
  return i > start && c >= 0x41 && c <= 0x5a;
}

/** True when token `index` follows a capitalised given name that is no known name, on the same line. */
function afterGivenName(context: EntityContext, index: number): boolean {
  const { tokens, flags, knowledge } = context;
  const previous = index - 1;
  if (previous < 0 || (flags[index] & TOKEN_AFTER_BREAK) !== 0) return false;
  if ((flags[previous] & (TOKEN_WORD | TOKEN_CAPITALISED | TOKEN_ALL_CAPS)) !== (TOKEN_WORD | TOKEN_CAPITALISED)) return false;
  // a given name that is a known name itself (« Alexa Amazon ») is that name
  return tokens.mayBeIn(knowledge.firstNames.shapes, previous) && knowledge.firstNames.holds(tokens.keyId(previous)) && knownNameAt(context, previous) === undefined;
}

/** The last token of an organisation's name at token `last` followed by the words of one of its units (« Cloud », « Logistique »). */
function unitsAfter(context: EntityContext, last: number): number {
  const { tokens, flags, knowledge } = context;
  const units = knowledge.organisationUnits;
  let end = last;
  while (end + 1 < tokens.length && (flags[end + 1] & (TOKEN_CAPITALISED | TOKEN_JOINED | TOKEN_AFTER_BREAK)) === TOKEN_CAPITALISED && tokens.mayBeIn(units.shapes, end + 1) && units.holds(tokens.keyId(end + 1))) end++;
  return end;
}

/**
 * The last token of a product's name at token `last` followed by the capitalised words of a model
 * (« Freebox Ultra », « Galaxy S24 »). A product named by a common word (« Marketplace », « Echo »)
 * takes none: the next name is more often another one (« Marketplace Pulse »).
 */
function modelAfter(context: EntityContext, first: number, last: number): number {
  const { tokens, flags } = context;
  if (first === last && (isFrenchWordAt(context, first) || isEnglishWordAt(context, first))) return last;
  let end = last;
  while (end + 1 < tokens.length && (flags[end + 1] & (TOKEN_WORD | TOKEN_CAPITALISED | TOKEN_JOINED | TOKEN_AFTER_BREAK)) === (TOKEN_WORD | TOKEN_CAPITALISED) && knownNameAt(context, end + 1) === undefined) end++;
  return end;
}

/** True when token `hyphen` is a hyphen written against the words on both sides of it (« Nouvelle-Guinée »). */
function hyphenJoined(context: EntityContext, hyphen: number): boolean {
  const { tokens, flags } = context;
  if (hyphen < 1 || hyphen + 1 >= tokens.length || !tokens.isUnit(hyphen, 0x2d)) return false;
  return (flags[hyphen] & TOKEN_JOINED) !== 0 && (flags[hyphen + 1] & TOKEN_JOINED) !== 0 && (flags[hyphen - 1] & TOKEN_WORD) !== 0 && (flags[hyphen + 1] & TOKEN_WORD) !== 0;
}

/**
 * The longest gazetteer name written at word `i` (a word with a capital or a leading digit), if any:
 * its capitalised words capitalised in the text (Le Monde, not « le monde selon »), ending on a
 * word boundary.
 */
export function knownNameAt(context: EntityContext, i: number): GazetteerName | undefined {
  const { tokens, flags, knowledge } = context;
  const key = tokens.keyId(i);
  const names = knowledge.names.startingWith(key);
  if (!names) return undefined;
  const f = flags[i];
  for (let n = knowledge.names.firstCandidate(key, i + 1 < tokens.length ? tokens.shapes[i + 1] : -1); n < names.length; n++) {
    const name = names[n];
    const last = i + name.keys.length - 1;
    if (last >= tokens.length) continue;
    let same = true;
    for (let k = 1; k < name.keys.length && same; k++) same = tokens.shapes[i + k] === name.shapes[k] && tokens.keyId(i + k) === name.keys[k] && (!name.capitalised[k] || (flags[i + k] & TOKEN_CAPITALISED) !== 0);
    if (!same) continue;
    if (name.capitalsOnly && (f & TOKEN_ALL_CAPS) === 0) continue;
    // « au Parisien », « du Figaro », not « Croix » in « la Croix-Rouge »
    if (name.afterArticle && (i === 0 || (flags[i - 1] & TOKEN_CAPITALISED) !== 0 || !ARTICLES.holds(tokens.lowerId(i - 1)) || tokens.isUnit(last + 1, 0x2d))) continue;
    // a lone capitalised function word (« Sud », « Free » at a sentence start) is too weak
    if (name.keys.length === 1 && (f & TOKEN_SENTENCE_INITIAL) !== 0 && knowledge.stopwords.holds(tokens.lowerId(i))) continue;
    // the name must end on a word boundary (« Amazon » in « Amazon.fr » is taken by the longer name)
    if (last + 1 < tokens.length && (flags[last + 1] & (TOKEN_JOINED | TOKEN_WORD)) === (TOKEN_JOINED | TOKEN_WORD)) continue;
    // a place is no part of a hyphenated name (« Nouvelle-Guinée », « Australie-Occidentale »); two
    // companies joined by a hyphen stay two (« Renault-Nissan »)
    if (name.entry.label === 'LOC' && (hyphenJoined(context, i - 1) || hyphenJoined(context, last + 1))) continue;
    return name;
  }
  return undefined;
}

/**
 * Names of the shipped gazetteer, found by looking up each capitalised word in a map keyed
 * by the lower-cased, accent-free first word and trying that word's names longest first:
 * one map look-up per word, whatever the size of the gazetteer.
 */
export const gazetteerMatch: Parser<EntityContext, Candidate> = {
  name: 'gazetteerMatch',
  parse(context) {
    // an array rather than a generator: one push per candidate instead of a resumed generator
    const found: Candidate[] = [];
    const { tokens, flags } = context;
    // a name starts at a word with a capital or a leading digit, a notable token
    for (let n = 0; n < tokens.notableCount; n++) {
      const i = tokens.notables[n];
      const f = flags[i];
      if ((f & TOKEN_WORD) === 0) continue;
      // a word without a capital or a leading digit cannot start a name (most words: no object read)
      if ((f & (TOKEN_CAPITALISED | TOKEN_DIGIT_START | TOKEN_HAS_UPPER)) === 0) continue;
      if ((f & (TOKEN_CAPITALISED | TOKEN_DIGIT_START)) === 0 && !camelCase(tokens, i)) continue;
      const name = knownNameAt(context, i);
      if (name === undefined) continue;
      const last = i + name.keys.length - 1;
      // « Harrison Ford », « Martin Bouygues »: a given name makes a person of a one-word name
      if (name.keys.length === 1 && name.entry.label !== 'LOC' && afterGivenName(context, i)) continue;
      const label = name.entry.label;
      const end = label === 'ORG' ? unitsAfter(context, last) : label === 'PRODUCT' ? modelAfter(context, i, last) : last;
      const candidate = candidateOf(context, i, end, label, 10, 'gazetteer');
      // a unit (« Amazon France Logistique ») or a model (« Freebox Ultra ») is a name of its own, written as the text writes it
      if (end === last) {
        candidate.canonical = name.entry.canonical;
        candidate.canonicalKeys = name.entry.canonicalKeys;
      }
      found.push(candidate);
    }
    return found;
  },
};
