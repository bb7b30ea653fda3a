import { expect } from 'vitest';
import { splitSentences } from '../../src/segment/index.js';

/** The sentence texts of `text`, in order. */
export function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

/** `text` splits into exactly `expected`. */
export function expectSentences(text: string, expected: string[]): void {
  expect(sentences(text)).toEqual(expected);
}

/** `text` is one sentence, spanning it from its first to its last visible character. */
export function expectOneSentence(text: string): void {
  expectSentences(text, [text.trim()]);
}
