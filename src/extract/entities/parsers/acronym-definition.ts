import type { Parser } from '../../pipeline.js';
import type { Candidate, EntityContext } from '../candidate.js';
import { candidateOf, rangeKeys } from '../candidate.js';
import { keyUnit } from '../fold.js';
import { lexicon, WordList } from '../lexicon.js';
import { TOKEN_ALL_CAPS, TOKEN_WORD, type DocumentTokens } from '../scan-words.js';

/** Words an acronym usually skips (« Cour de justice de l'Union européenne » = CJUE). */
const SKIPPABLE = new WordList(["de", "du", "des", "d'", "la", "le", "les", "l'", "et", "pour", "of", "the", "and", "for", "à", "au", "aux", "en", "sur"], false);
const MAX_LONG_FORM = 10;
/** Lower-case forms of the words that announce a long form (« AWS, acronyme de », « AWS (pour »). */
const ACRONYME = lexicon.intern('acronyme');
const SIGLE = lexicon.intern('sigle');
const DE = lexicon.intern('de');
const D_APOSTROPHE = lexicon.intern("d'");
const POUR = lexicon.intern('pour');

/** True when token `index` is an acronym: two to eight letters, all capitals. */
function isAcronym(tokens: DocumentTokens, index: number): boolean {
  if (index < 0 || index >= tokens.length || (tokens.flags[index] & TOKEN_ALL_CAPS) === 0) return false;
  const length = tokens.lengthOf(index);
  return length >= 2 && length <= 8;
}

/**
 * True when the initials of the words of tokens [first, last] spell the acronym at token
 * `acronym`: every word contributes its initial, except small words, which may be skipped.
 */
function spells(tokens: DocumentTokens, first: number, last: number, acronym: number): boolean {
  // dynamic programme over (word, letter), with the letters spelt so far as the bits of a number
  // (an acronym has at most eight letters)
  const letters = tokens.lengthOf(acronym);
  const lettersStart = tokens.starts[acronym];
  let states = 1;
  let words = 0;
  let firstSkippable = false;
  for (let i = first; i <= last; i++) {
    if ((tokens.flags[i] & TOKEN_WORD) === 0) continue;
    const skippable = SKIPPABLE.holds(tokens.lowerId(i));
    if (words++ === 0) firstSkippable = skippable;
    const initial = tokens.keyFirstUnit(i);
    let next = skippable ? states : 0;
    for (let at = 0; at < letters; at++) {
      if ((states & (1 << at)) !== 0 && keyUnit(tokens.text.charCodeAt(lettersStart + at)) === initial) next |= 1 << (at + 1);
    }
    states = next;
    if (states === 0) return false;
  }
  return (states & (1 << letters)) !== 0 && words >= 2 && !firstSkippable;
}

function pair(context: EntityContext, longFirst: number, longLast: number, acronymIndex: number): Candidate[] {
  const { tokens } = context;
  // as sure as the gazetteer: the text itself says it (and it outweighs a shorter known name inside)
  const long = candidateOf(context, longFirst, longLast, null, 10, 'acronym-definition');
  long.canonical = context.text.slice(long.start, long.end);
  long.canonicalKeys = rangeKeys(tokens, longFirst, longLast);
  const short = candidateOf(context, acronymIndex, acronymIndex, null, 10, 'acronym-definition');
  short.expands = true;
  short.canonical = long.canonical;
  short.canonicalKeys = long.canonicalKeys;
  return [long, short];
}

/** The definitions whose acronym is token i (« Long Form (ACR) ») or token i - 1 (« ACR, acronyme de Long Form »). */
function definitionsAt(context: EntityContext, i: number, found: Candidate[]): void {
  const { tokens, flags } = context;
  // Long Form (ACR)
  if (isAcronym(tokens, i) && tokens.isUnit(i - 1, 0x28) && tokens.isUnit(i + 1, 0x29)) {
    const end = i - 2;
    for (let start = end - 1; start >= 0 && end - start < MAX_LONG_FORM; start--) {
      if ((flags[start] & TOKEN_WORD) === 0) break;
      if (spells(tokens, start, end, i)) {
        found.push(...pair(context, start, end, i));
        break;
      }
    }
    return;
  }
  // ACR, acronyme de Long Form / ACR (pour Long Form)
  if (isAcronym(tokens, i - 1) && (tokens.isUnit(i, 0x2c) || tokens.isUnit(i, 0x28))) {
    const lowerIdAt = (k: number): number => (k < tokens.length ? tokens.lowerId(k) : -1);
    let k = i + 1;
    if (lowerIdAt(k) === ACRONYME || lowerIdAt(k) === SIGLE) k++;
    if (lowerIdAt(k) === DE || lowerIdAt(k) === D_APOSTROPHE || lowerIdAt(k) === POUR) k++;
    else return;
    if (k === i + 2 && lowerIdAt(i + 1) !== POUR) return;
    let best = -1;
    for (let last = k + 1; last < tokens.length && last - k < MAX_LONG_FORM && (flags[last] & TOKEN_WORD) !== 0; last++) {
      if (spells(tokens, k, last, i - 1)) best = last;
    }
    if (best >= 0) found.push(...pair(context, k, best, i - 1));
  }
}

/**
 * Acronyms defined in the text: « Amazon Web Services (AWS) » and
 * « AWS, acronyme de Amazon Web Services » / « AWS (pour Amazon Web Services) ».
 * Yields the long form and the acronym, linked so that they make one entity.
 */
export const acronymDefinition: Parser<EntityContext, Candidate> = {
  name: 'acronymDefinition',
  parse(context) {
    // an array rather than a generator: one push per candidate instead of a resumed generator
    const found: Candidate[] = [];
    const { tokens, flags } = context;
    // both forms need an acronym at token i or i - 1: a word in capitals, a notable token
    let after = 0;
    for (let n = 0; n < tokens.notableCount; n++) {
      const acronym = tokens.notables[n];
      if ((flags[acronym] & TOKEN_ALL_CAPS) === 0) continue;
      for (let i = Math.max(acronym, after + 1); i <= acronym + 1 && i < tokens.length; i++) definitionsAt(context, i, found);
      after = acronym + 1;
    }
    return found;
  },
};
