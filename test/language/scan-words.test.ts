import { describe, expect, it } from 'vitest';
import { scanWords } from '../../src/language/scan-words.js';

describe('scanWords', () => {
  it('keeps apostrophes that stand before a letter, straight or curly', () => {
    expect(scanWords("l'an qu’il d'autres")).toEqual(["l'an", 'qu’il', "d'autres"]);
  });

  it('drops apostrophes and quotes that end a word or stand alone', () => {
    expect(scanWords("les élèves' ' ok")).toEqual(['les', 'élèves', 'ok']);
    expect(scanWords("dit 'bonjour")).toEqual(['dit', "'bonjour"]);
  });

  it('splits on digits, punctuation and spaces', () => {
    expect(scanWords('e-commerce, 47,8 %… covid19')).toEqual(['e', 'commerce', 'covid']);
  });

  it('returns nothing for text without letters', () => {
    expect(scanWords('12 000 € — !')).toEqual([]);
    expect(scanWords('')).toEqual([]);
  });
});
