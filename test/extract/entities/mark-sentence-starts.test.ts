import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/document/span.js';
import { markSentenceStarts } from '../../../src/extract/entities/mark-sentence-starts.js';
import { scanDocument, TokenBuffers, TOKEN_SENTENCE_INITIAL, TOKEN_WORD, type DocumentTokens } from '../../../src/extract/entities/scan-words.js';

/**
 * The sentence starts by their definition, token by token: a word is initial when, since the
 * word before it, the tokens passed the end of a sentence (the sentences counted in order) or a
 * token started one. (The scan's own starts, lines and quotations, are left aside here.)
 */
function sentenceStartsOneByOne(tokens: DocumentTokens, sentences: readonly Span[]): boolean[] {
  const initial: boolean[] = [];
  let s = 0;
  let expectStart = false;
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens.starts[i];
    while (s < sentences.length && sentences[s].end <= start) {
      s++;
      expectStart = true;
    }
    if (s < sentences.length && start === sentences[s].start) expectStart = true;
    if ((tokens.flags[i] & TOKEN_WORD) === 0) {
      initial.push(false);
      continue;
    }
    initial.push(expectStart);
    expectStart = false;
  }
  return initial;
}

const text = 'Le chat dort. Il pleut à Paris ; « Demain », dit-il, ce sera fini. Amazon a répondu. Fin';

describe('markSentenceStarts', () => {
  it('flags the first word of each sentence, for any list of sentences (unsorted, overlapping, empty)', () => {
    const offset = fc.nat(text.length + 5);
    const sentence = fc.tuple(offset, fc.integer({ min: -10, max: 60 })).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 8 }), (sentences) => {
        const plain = scanDocument(text, new TokenBuffers());
        const scanned = Array.from({ length: plain.length }, (_, i) => (plain.flags[i] & TOKEN_SENTENCE_INITIAL) !== 0);
        const tokens = scanDocument(text, new TokenBuffers());
        markSentenceStarts(tokens, sentences);
        const expected = sentenceStartsOneByOne(tokens, sentences);
        for (let i = 0; i < tokens.length; i++) {
          if (((tokens.flags[i] & TOKEN_SENTENCE_INITIAL) !== 0) !== (scanned[i] || expected[i])) return false;
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  it('flags « Il », the word after a sentence end', () => {
    const tokens = scanDocument(text, new TokenBuffers());
    markSentenceStarts(tokens, [
      { start: 0, end: 13 },
      { start: 14, end: 67 },
    ]);
    const il = Array.from({ length: tokens.length }, (_, i) => i).find((i) => tokens.token(i).text === 'Il')!;
    expect(tokens.token(il).sentenceInitial).toBe(true);
    expect(tokens.token(il + 1).sentenceInitial).toBe(false);
  });
});
