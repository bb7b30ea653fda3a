import type { Span } from '../../document/span.js';
import { TOKEN_AFTER_BREAK, TOKEN_JOINED, TOKEN_OPENER, TOKEN_SENTENCE_INITIAL, TOKEN_WORD, type DocumentTokens } from './scan-words.js';

/**
 * Flags the words whose capital is owed to their position: the first word of each sentence
 * and of each line (headlines, list items), and the first word of a quotation. Reads and
 * writes the tokens' arrays only.
 */
export function markSentenceStarts(tokens: DocumentTokens, sentences: readonly Span[]): void {
  const { starts, flags } = tokens;
  let s = 0;
  let expectStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const start = starts[i];
    while (s < sentences.length && sentences[s].end <= start) {
      s++;
      expectStart = true;
    }
    if (s < sentences.length && start === sentences[s].start) expectStart = true;
    const f = flags[i];
    if ((f & TOKEN_AFTER_BREAK) !== 0) expectStart = true;
    if ((f & TOKEN_WORD) === 0) {
      // a dash inside a word (Stellantis-Amazon) opens nothing (an opener is one code unit long)
      if ((f & TOKEN_OPENER) !== 0 && !((f & TOKEN_JOINED) !== 0 && tokens.text.charCodeAt(start) === 0x2d)) expectStart = true;
      continue;
    }
    if (expectStart) flags[i] = f | TOKEN_SENTENCE_INITIAL;
    expectStart = false;
  }
}
