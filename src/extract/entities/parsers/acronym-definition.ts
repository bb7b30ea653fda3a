import type { Parser } from '../../pipeline.js';
import type { Candidate, EntityContext } from '../candidate.js';
import { candidateOf, rangeKeys } from '../candidate.js';
import { TOKEN_ALL_CAPS, type DocumentTokens, type WordToken } from '../scan-words.js';

/** Words an acronym usually skips (« Cour de justice de l'Union européenne » = CJUE). */
const SKIPPABLE = new Set(["de", "du", "des", "d'", "la", "le", "les", "l'", "et", "pour", "of", "the", "and", "for", "à", "au", "aux", "en", "sur"]);
const MAX_LONG_FORM = 10;

function isAcronym(token: WordToken | undefined): token is WordToken {
  return token !== undefined && token.allCaps && token.text.length >= 2 && token.text.length <= 8;
}

/**
 * True when the initials of tokens [first, last] spell the acronym: every word contributes
 * its initial, except small words, which may be skipped.
 */
function spells(tokens: DocumentTokens, first: number, last: number, acronym: string): boolean {
  // dynamic programme over (word, letter): small, since both are short
  const words = [];
  for (let i = first; i <= last; i++) if (tokens.token(i).isWord) words.push(tokens.token(i));
  const letters = acronym;
  let states = new Set<number>([0]);
  for (const word of words) {
    const next = new Set<number>();
    for (const at of states) {
      if (SKIPPABLE.has(word.lower)) next.add(at);
      if (at < letters.length && word.key[0] === letters[at]) next.add(at + 1);
    }
    states = next;
    if (states.size === 0) return false;
  }
  return states.has(letters.length) && words.length >= 2 && !SKIPPABLE.has(words[0].lower);
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
    for (let i = 1; i < tokens.length; i++) {
      // both forms need an acronym here or just before
      if (((flags[i] | flags[i - 1]) & TOKEN_ALL_CAPS) === 0) continue;
      const token = tokens.token(i);
      // Long Form (ACR)
      if (isAcronym(token) && tokens.token(i - 1).text === '(' && tokens.token(i + 1)?.text === ')') {
        const acronym = token.key;
        const end = i - 2;
        for (let start = end - 1; start >= 0 && end - start < MAX_LONG_FORM; start--) {
          if (!tokens.token(start).isWord) break;
          if (spells(tokens, start, end, acronym)) {
            found.push(...pair(context, start, end, i));
            break;
          }
        }
        continue;
      }
      // ACR, acronyme de Long Form / ACR (pour Long Form)
      if (isAcronym(tokens.token(i - 1)) && (token.text === ',' || token.text === '(')) {
        let k = i + 1;
        if (tokens.token(k)?.lower === 'acronyme' || tokens.token(k)?.lower === 'sigle') k++;
        if (tokens.token(k)?.lower === 'de' || tokens.token(k)?.lower === "d'" || tokens.token(k)?.lower === 'pour') k++;
        else continue;
        if (k === i + 2 && tokens.token(i + 1).lower !== 'pour') continue;
        const acronym = tokens.token(i - 1).key;
        let best = -1;
        for (let last = k + 1; last < tokens.length && last - k < MAX_LONG_FORM && tokens.token(last).isWord; last++) {
          if (spells(tokens, k, last, acronym)) best = last;
        }
        if (best >= 0) found.push(...pair(context, k, best, i - 1));
      }
    }
    return found;
  },
};
