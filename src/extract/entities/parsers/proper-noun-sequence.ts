import type { Parser } from '../../pipeline.js';
import type { Candidate, EntityContext } from '../candidate.js';
import { candidateOf } from '../candidate.js';
import { WordList } from '../lexicon.js';
import { TOKEN_ALL_CAPS, TOKEN_AFTER_BREAK, TOKEN_CAPITALISED, TOKEN_HAS_UPPER, TOKEN_JOINED, TOKEN_SENTENCE_INITIAL, TOKEN_WORD, type DocumentTokens } from '../scan-words.js';

/** Lower-case words that may stand inside a name between two capitalised words. */
const CONNECTORS = new WordList(["de", "du", "des", "d'", "la", "le", "les", "l'", "et", "of", "for", "the", "and", "van", "von", "der", "den", "da", "di", "del", "dos", "y", "&", "-", "'", "sur", "en", "on", "upon", "au", "aux", "à"], false);
/** Connectors that only join words written without spaces (Saint-Pierre-et-Miquelon). */
const JOINED_ONLY = new WordList(['-', "'", 'et', 'sur', 'en', 'au', 'aux', 'à', 'on', 'upon'], false);
const MAX_TOKENS = 8;
const ARTICLES = new WordList(['le', 'la', 'les', "l'"], false);

/** True when token `index` ends with an apostrophe (an elision: « L' »): ', ’ and ʼ all fold to '. */
function endsWithApostrophe(tokens: DocumentTokens, index: number): boolean {
  const code = tokens.text.charCodeAt(tokens.ends[index] - 1);
  return code === 0x27 || code === 0x2019 || code === 0x2bc;
}

function isNameWord(tokens: DocumentTokens, index: number): boolean {
  const flags = tokens.flags[index];
  if ((flags & TOKEN_WORD) === 0 || endsWithApostrophe(tokens, index)) return false;
  return (flags & TOKEN_CAPITALISED) !== 0 || ((flags & TOKEN_HAS_UPPER) !== 0 && isCamelBrand(tokens, index));
}

/**
 * A brand written with a lower-case letter then a capital (« eMarketer », « iRobot », « eBay »),
 * four letters at least and lower-case ones after the capital: not a unit (« kWh », « mAh »).
 */
function isCamelBrand(tokens: DocumentTokens, index: number): boolean {
  const { text } = tokens;
  const start = tokens.starts[index];
  if (tokens.ends[index] - start < 4) return false;
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  const third = text.charCodeAt(start + 2);
  return first >= 0x61 && first <= 0x7a && second >= 0x41 && second <= 0x5a && ((third >= 0x61 && third <= 0x7a) || (third >= 0x41 && third <= 0x5a && text.charCodeAt(start + 3) >= 0x61));
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
    const { tokens, flags, knowledge } = context;
    const { notables, notableCount } = tokens;
    // a run starts at a capitalised word: the scanner listed them
    let next = 0;
    while (next < notableCount) {
      const i = notables[next];
      if (!isNameWord(tokens, i)) {
        next++;
        continue;
      }
      let first = i;
      let last = i;
      let j = i + 1;
      while (j < tokens.length && last - first < MAX_TOKENS) {
        if ((flags[j] & TOKEN_AFTER_BREAK) !== 0) break;
        if (isNameWord(tokens, j) && ((flags[j] & TOKEN_JOINED) !== 0 ? tokens.isUnit(j - 1, 0x2d) || endsWithApostrophe(tokens, j - 1) : true)) {
          last = j;
          j++;
          continue;
        }
        // connectors, then a capitalised word must follow
        let k = j;
        while (k < tokens.length && k - j < 3 && (flags[k] & TOKEN_CAPITALISED) === 0 && tokens.mayBeIn(CONNECTORS.shapes, k) && CONNECTORS.holds(tokens.lowerId(k))) {
          if (JOINED_ONLY.holds(tokens.lowerId(k)) && !((flags[k] & TOKEN_JOINED) !== 0 || (k + 1 < tokens.length && (flags[k + 1] & TOKEN_JOINED) !== 0 && !tokens.isUnit(k, 0x2d)))) break;
          if (tokens.isUnit(k, 0x2d) && (flags[k] & TOKEN_JOINED) === 0) break;
          k++;
        }
        if (k > j && k < tokens.length && isNameWord(tokens, k) && (flags[k] & TOKEN_AFTER_BREAK) === 0) {
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
        knowledge.stopwords.holds(tokens.lowerId(first)) &&
        (flags[first] & TOKEN_ALL_CAPS) === 0 &&
        ((flags[first] & TOKEN_SENTENCE_INITIAL) !== 0 || first === last || !ARTICLES.holds(tokens.lowerId(first)))
      )
        first++;
      while (first <= last && !isNameWord(tokens, first)) first++;
      if (first <= last) found.push(candidateOf(context, first, last, null, 1, 'capitals'));
      while (next < notableCount && notables[next] < j) next++;
    }
    return found;
  },
};
