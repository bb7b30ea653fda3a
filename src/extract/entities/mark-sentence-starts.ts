import type { Span } from '../../document/span.js';
import { TOKEN_SENTENCE_INITIAL, TOKEN_WORD, type DocumentTokens } from './scan-words.js';

/**
 * The first token from `from` on whose start is at least `offset` (tokens.length if none): a
 * search by doubling steps, then halving, in time logarithmic in the tokens skipped.
 */
function firstTokenFrom(tokens: DocumentTokens, from: number, offset: number): number {
  let low = from;
  let step = 1;
  while (low + step < tokens.length && tokens.starts[low + step] < offset) {
    low += step;
    step *= 2;
  }
  let high = Math.min(low + step, tokens.length);
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (tokens.starts[mid] < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Flags the first word from token `from` on. */
function markFirstWordFrom(tokens: DocumentTokens, from: number): void {
  for (let i = from; i < tokens.length; i++) {
    if ((tokens.flags[i] & TOKEN_WORD) === 0) continue;
    tokens.flags[i] |= TOKEN_SENTENCE_INITIAL;
    return;
  }
}

/**
 * Flags the words whose capital is owed to the start of a sentence: the first word from the
 * first token after each sentence's end, and from the token that starts a sentence. The scan
 * flagged the first words of lines and quotations. A sentence counts once the tokens reach its
 * end and the ends before it, in the order given; only the tokens around sentence boundaries
 * are read, each found by a binary search.
 */
export function markSentenceStarts(tokens: DocumentTokens, sentences: readonly Span[]): void {
  /** Where the previous sentence was passed: the tokens from here on are read within the current one. */
  let passedAt = 0;
  for (const sentence of sentences) {
    if (passedAt >= tokens.length) return;
    const endToken = firstTokenFrom(tokens, passedAt, sentence.end);
    // a token that starts the sentence, before the sentence is passed
    const startToken = firstTokenFrom(tokens, passedAt, sentence.start);
    if (startToken < endToken && tokens.starts[startToken] === sentence.start) markFirstWordFrom(tokens, startToken);
    // the first token at or after the end passes the sentence
    if (endToken < tokens.length) markFirstWordFrom(tokens, endToken);
    passedAt = endToken;
  }
}
