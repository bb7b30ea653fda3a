import type { Parser } from '../../pipeline.js';
import type { Candidate, EntityContext } from '../candidate.js';
import { candidateOf } from '../candidate.js';
import { cueSet } from '../cue-set.js';
import { TOKEN_ALL_CAPS, TOKEN_CAPITALISED, TOKEN_OPENER, TOKEN_WORD } from '../scan-words.js';

const OPEN_QUOTES = new Set(['«', '"', '“', '‹']);
const CLOSE_QUOTES = new Set(['»', '"', '”', '›']);
const TITLE_END = new Set([',', '.', '(', ')', ';', ':', '!', '?', '[', ']', '»', '"', '”', '/']);
const MAX_TITLE = 8;
const ARTICLES = new Set(['le', 'la', 'les', "l'", 'un', 'une']);
/** Above the gazetteer's 10. */
const TITLE_WEIGHT = 11;

/**
 * Titles of works (books, films, programmes), which French writes in sentence case:
 * after a cue (« le documentaire Democracy », « le livre « Le monde selon Amazon » »), and
 * after « dans » when a capitalised phrase with lower-case words runs to a punctuation mark
 * (« Dans Secrets d'info, ... », « dans Le monde selon Amazon (Le Cherche midi, 2019) »).
 */
export const workTitle: Parser<EntityContext, Candidate> = {
  name: 'workTitle',
  parse(context) {
    // an array rather than a generator: one push per candidate instead of a resumed generator
    const found: Candidate[] = [];
    const { tokens, flags, knowledge } = context;
    const cues = cueSet(knowledge.cues.workBefore, 'before');
    for (let i = 1; i < tokens.length; i++) {
      // a title opens with a quote (one of the opening marks) or a capitalised word not all in capitals
      const f = flags[i];
      if ((f & TOKEN_WORD) !== 0 ? (f & (TOKEN_CAPITALISED | TOKEN_ALL_CAPS)) !== TOKEN_CAPITALISED : (f & TOKEN_OPENER) === 0) continue;
      const afterCue = cues.matchesAt(tokens, i);
      const afterDans = tokens.lengthOf(i - 1) === 4 && tokens.token(i - 1).lower === 'dans';
      if (!afterCue && !afterDans) continue;
      // quoted title: everything up to the closing quote
      if (afterCue && OPEN_QUOTES.has(tokens.token(i).text)) {
        let k = i + 1;
        while (k < tokens.length && k - i <= MAX_TITLE && !CLOSE_QUOTES.has(tokens.token(k).text) && !tokens.token(k).afterBreak) k++;
        if (k < tokens.length && CLOSE_QUOTES.has(tokens.token(k).text) && k > i + 1) found.push(candidateOf(context, i + 1, k - 1, 'MISC', TITLE_WEIGHT, 'work-cue'));
        continue;
      }
      if (!tokens.token(i).capitalised || tokens.token(i).allCaps) continue;
      let k = i;
      let lowerWords = 0;
      let digits = false;
      while (k < tokens.length && k - i < MAX_TITLE && !TITLE_END.has(tokens.token(k).text) && !tokens.token(k).afterBreak) {
        if (tokens.token(k).isWord && !tokens.token(k).capitalised) {
          if (/^[0-9]/.test(tokens.token(k).text)) digits = true;
          else if (!knowledge.stopwords.has(tokens.token(k).lower)) lowerWords++;
        }
        k++;
      }
      const ended = k < tokens.length && TITLE_END.has(tokens.token(k).text) || k === tokens.length;
      if (!ended || digits || k === i) continue;
      // « dans » needs a sentence-case phrase: otherwise it is a place or a name
      if (afterDans && (lowerWords === 0 || k - i < 2)) continue;
      // a cue or a capitalised article inside a sentence makes a title certain enough to
      // win over a name it contains (« Le monde selon Amazon »)
      const articleLed = ARTICLES.has(tokens.token(i).lower) && !tokens.token(i).sentenceInitial;
      found.push(candidateOf(context, i, k - 1, 'MISC', afterCue || articleLed ? TITLE_WEIGHT : 3, afterCue ? 'work-cue' : 'work-dans'));
    }
    return found;
  },
};
