import type { Span } from '../../document/span.js';
import { TOKEN_AFTER_BREAK, TOKEN_JOINED, TOKEN_OPENER, TOKEN_WORD, type WordToken } from './scan-words.js';

/**
 * Flags the words whose capital is owed to their position: the first word of each sentence
 * and of each line (headlines, list items), and the first word of a quotation. `flags` are
 * the tokens' TOKEN_* flags, read instead of the tokens' objects where they suffice.
 */
export function markSentenceStarts(tokens: WordToken[], flags: Uint8Array, sentences: readonly Span[]): void {
  let s = 0;
  let expectStart = true;
  let sentenceStart = sentences.length > 0 ? sentences[0].start : -1;
  let sentenceEnd = sentences.length > 0 ? sentences[0].end : Infinity;
  for (let i = 0; i < tokens.length; i++) {
    const f = flags[i];
    // the token's start is read only when a sentence bound may lie at or before it
    if (sentenceStart >= 0) {
      const start = tokens[i].start;
      if (sentenceEnd <= start || start === sentenceStart) {
        while (s < sentences.length && sentences[s].end <= start) {
          s++;
          expectStart = true;
        }
        if (s < sentences.length && start === sentences[s].start) expectStart = true;
        sentenceStart = s < sentences.length ? sentences[s].start : -1;
        sentenceEnd = s < sentences.length ? sentences[s].end : Infinity;
      }
    }
    if ((f & TOKEN_AFTER_BREAK) !== 0) expectStart = true;
    if ((f & TOKEN_WORD) === 0) {
      // a dash inside a word (Stellantis-Amazon) opens nothing
      if ((f & TOKEN_OPENER) !== 0 && !((f & TOKEN_JOINED) !== 0 && tokens[i].text === '-')) expectStart = true;
      continue;
    }
    if (expectStart) tokens[i].sentenceInitial = true;
    expectStart = false;
  }
}
