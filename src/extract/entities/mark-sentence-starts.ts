import type { Span } from '../../document/span.js';
import type { WordToken } from './scan-words.js';

/** Marks after which the next word's capital is expected: openings, and sentence ends in case a splitter missed one. */
const OPENERS = new Set(['.', '!', '?', '…', '«', '"', '“', '(', '[', '—', '–', '-', '•', '►', '*', '‹', '„']);

/**
 * Flags the words whose capital is owed to their position: the first word of each sentence
 * and of each line (headlines, list items), and the first word of a quotation.
 */
export function markSentenceStarts(tokens: WordToken[], sentences: readonly Span[]): void {
  let s = 0;
  let expectStart = true;
  for (const token of tokens) {
    while (s < sentences.length && sentences[s].end <= token.start) {
      s++;
      expectStart = true;
    }
    if (s < sentences.length && token.start === sentences[s].start) expectStart = true;
    if (token.afterBreak) expectStart = true;
    if (!token.isWord) {
      // a dash inside a word (Stellantis-Amazon) opens nothing
      if (OPENERS.has(token.text) && !(token.joined && token.text === '-')) expectStart = true;
      continue;
    }
    token.sentenceInitial = expectStart;
    expectStart = false;
  }
}
