import type { Parser } from '../../pipeline.js';
import type { Candidate, EntityContext } from '../candidate.js';
import { candidateOf } from '../candidate.js';
import { TOKEN_CAPITALISED, type WordToken } from '../scan-words.js';
import { WordShapes } from '../word-shapes.js';

/** Lower-case words that may stand inside a name between two capitalised words. */
const CONNECTORS = new Set(["de", "du", "des", "d'", "la", "le", "les", "l'", "et", "of", "the", "and", "van", "von", "der", "den", "da", "di", "del", "dos", "y", "&", "-", "'", "sur", "en", "on", "upon", "au", "aux", "à"]);
/** Lengths and first letters of the connectors: most words fail this test without making their strings. */
const connectorShapes = new WordShapes(CONNECTORS);
/** Connectors that only join words written without spaces (Saint-Pierre-et-Miquelon). */
const JOINED_ONLY = new Set(['-', "'", 'et', 'sur', 'en', 'au', 'aux', 'à', 'on', 'upon']);
const MAX_TOKENS = 8;
const ARTICLES = new Set(['le', 'la', 'les', "l'"]);

function isNameWord(token: WordToken): boolean {
  return token.isWord && token.capitalised && !token.lower.endsWith("'");
}

/**
 * Runs of capitalised words (« Benoît Berthelot », « Digital Markets Act », « Pont du Gard »),
 * joined by the small words names contain. Unlabelled: later refiners read the context.
 * A run never crosses a line break or punctuation other than a joining hyphen.
 */
export const properNounSequence: Parser<EntityContext, Candidate> = {
  name: 'properNounSequence',
  parse(context) {
    // an array rather than a generator: one push per candidate instead of a resumed generator
    const found: Candidate[] = [];
    const { tokens, flags, capitals, knowledge } = context;
    // a run starts at a capitalised word: the scanner listed them
    let next = 0;
    while (next < capitals.length) {
      const i = capitals[next];
      if (!isNameWord(tokens.token(i))) {
        next++;
        continue;
      }
      let first = i;
      let last = i;
      let j = i + 1;
      while (j < tokens.length && last - first < MAX_TOKENS) {
        const token = tokens.token(j);
        if (token.afterBreak) break;
        if (isNameWord(token) && (token.joined ? tokens.token(j - 1).text === '-' || tokens.token(j - 1).lower.endsWith("'") : true)) {
          last = j;
          j++;
          continue;
        }
        // connectors, then a capitalised word must follow
        let k = j;
        while (k < tokens.length && k - j < 3 && (flags[k] & TOKEN_CAPITALISED) === 0 && connectorShapes.mayContainWord(tokens.lengthOf(k), tokens.lowerFirstUnit(k)) && CONNECTORS.has(tokens.token(k).lower)) {
          if (JOINED_ONLY.has(tokens.token(k).lower) && !(tokens.token(k).joined || (tokens.token(k + 1) && tokens.token(k + 1).joined && tokens.token(k).text !== '-'))) break;
          if (tokens.token(k).text === '-' && !tokens.token(k).joined) break;
          k++;
        }
        if (k > j && k < tokens.length && isNameWord(tokens.token(k)) && !tokens.token(k).afterBreak) {
          last = k;
          j = k + 1;
          continue;
        }
        break;
      }
      // a capitalised function word (Dans, Il) opening the run is not part of the name; an
      // article is, inside a sentence (« chez Le Cherche midi », « dans Le Journal »)
      while (
        first < last + 1 &&
        knowledge.stopwords.has(tokens.token(first).lower) &&
        !tokens.token(first).allCaps &&
        (tokens.token(first).sentenceInitial || first === last || !ARTICLES.has(tokens.token(first).lower))
      )
        first++;
      while (first <= last && !tokens.token(first).capitalised) first++;
      if (first <= last) found.push(candidateOf(context, first, last, null, 1, 'capitals'));
      while (next < capitals.length && capitals[next] < j) next++;
    }
    return found;
  },
};
