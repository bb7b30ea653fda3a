import type { Parser } from '../../pipeline.js';
import type { Candidate, EntityContext } from '../candidate.js';
import { candidateOf } from '../candidate.js';
import { lexicon, WordList } from '../lexicon.js';
import { TOKEN_AFTER_BREAK, TOKEN_ALL_CAPS, TOKEN_CAPITALISED, TOKEN_DIGIT_START, TOKEN_OPENER, TOKEN_SENTENCE_INITIAL, TOKEN_WORD, type DocumentTokens } from '../scan-words.js';

/** Marks of one code unit. */
const OPEN_QUOTES = new Set(['«', '"', '“', '‹'].map((mark) => mark.charCodeAt(0)));
const CLOSE_QUOTES = new Set(['»', '"', '”', '›'].map((mark) => mark.charCodeAt(0)));
const TITLE_END = new Set([',', '.', '(', ')', ';', ':', '!', '?', '[', ']', '»', '"', '”', '/'].map((mark) => mark.charCodeAt(0)));
const MAX_TITLE = 8;
const ARTICLES = new WordList(['le', 'la', 'les', "l'", 'un', 'une'], false);
const DANS = lexicon.intern('dans');

/** True when token `index` is one of `marks` (code units of one-unit tokens). */
function isMark(tokens: DocumentTokens, index: number, marks: ReadonlySet<number>): boolean {
  return tokens.lengthOf(index) === 1 && marks.has(tokens.text.charCodeAt(tokens.starts[index]));
}
/** Small words inside a title in title case (« House of Cards », « Le Seigneur des Anneaux »). */
const TITLE_LINKS = new WordList(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'to', 'for', 'de', 'du', 'des', "d'", 'la', 'le', 'les', "l'", 'et'], false);

/** The last capitalised word of a title in title case starting at token `first`, small words allowed between capitalised ones. */
function titleCaseEnd(context: EntityContext, first: number): number {
  const { tokens, flags } = context;
  let last = first;
  for (let k = first + 1; k < tokens.length && k - first < MAX_TITLE && (flags[k] & TOKEN_AFTER_BREAK) === 0; k++) {
    if ((flags[k] & (TOKEN_WORD | TOKEN_CAPITALISED)) === (TOKEN_WORD | TOKEN_CAPITALISED)) last = k;
    else if (!TITLE_LINKS.holds(tokens.lowerId(k))) break;
  }
  return last;
}

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
    const cues = knowledge.cues.workBefore;
    for (let n = 0; n < tokens.notableCount; n++) {
      // a title opens with a quote (one of the opening marks) or a capitalised word not all in capitals: notable tokens
      const i = tokens.notables[n];
      const f = flags[i];
      if (i < 1 || ((f & TOKEN_WORD) !== 0 ? (f & (TOKEN_CAPITALISED | TOKEN_ALL_CAPS)) !== TOKEN_CAPITALISED : (f & TOKEN_OPENER) === 0)) continue;
      const afterCue = cues.matchesAt(tokens, i);
      const afterDans = tokens.lengthOf(i - 1) === 4 && tokens.lowerId(i - 1) === DANS;
      if (!afterCue && !afterDans) continue;
      // quoted title: everything up to the closing quote
      if (afterCue && isMark(tokens, i, OPEN_QUOTES)) {
        let k = i + 1;
        while (k < tokens.length && k - i <= MAX_TITLE && !isMark(tokens, k, CLOSE_QUOTES) && (flags[k] & TOKEN_AFTER_BREAK) === 0) k++;
        if (k < tokens.length && isMark(tokens, k, CLOSE_QUOTES) && k > i + 1) found.push(candidateOf(context, i + 1, k - 1, 'MISC', TITLE_WEIGHT, 'work-cue'));
        continue;
      }
      if ((f & (TOKEN_CAPITALISED | TOKEN_ALL_CAPS)) !== TOKEN_CAPITALISED) continue;
      // a title in title case (« la série Squid Game », « House of Cards ») is its capitalised words
      const titleCaseLast = afterCue ? titleCaseEnd(context, i) : i;
      if (titleCaseLast > i) {
        found.push(candidateOf(context, i, titleCaseLast, 'MISC', TITLE_WEIGHT, 'work-cue'));
        continue;
      }
      let k = i;
      let lowerWords = 0;
      let digits = false;
      while (k < tokens.length && k - i < MAX_TITLE && !isMark(tokens, k, TITLE_END) && (flags[k] & TOKEN_AFTER_BREAK) === 0) {
        if ((flags[k] & (TOKEN_WORD | TOKEN_CAPITALISED)) === TOKEN_WORD) {
          if ((flags[k] & TOKEN_DIGIT_START) !== 0) digits = true;
          else if (!knowledge.stopwords.holds(tokens.lowerId(k))) lowerWords++;
        }
        k++;
      }
      const ended = k < tokens.length && isMark(tokens, k, TITLE_END) || k === tokens.length;
      if (!ended || digits || k === i) continue;
      // « dans » needs a sentence-case phrase: otherwise it is a place or a name
      if (afterDans && (lowerWords === 0 || k - i < 2)) continue;
      // a cue or a capitalised article inside a sentence makes a title certain enough to
      // win over a name it contains (« Le monde selon Amazon »)
      const articleLed = ARTICLES.holds(tokens.lowerId(i)) && (flags[i] & TOKEN_SENTENCE_INITIAL) === 0;
      found.push(candidateOf(context, i, k - 1, 'MISC', afterCue || articleLed ? TITLE_WEIGHT : 3, afterCue ? 'work-cue' : 'work-dans'));
    }
    return found;
  },
};
