import { describe, expect, it } from 'vitest';
import { foldedCodeAt, foldSlice } from '../../../src/extract/dates/fold-text.js';

function foldAll(text: string): string {
  return foldSlice(text, 0, text.length);
}

describe('folding', () => {
  it('lower-cases, strips Latin accents and plains typographic marks, one unit for one unit', () => {
    expect(foldAll('Élysée, l’été — 14\u00a0Août')).toBe("elysee, l'ete - 14 aout");
  });

  it('keeps surrogate pairs and turns lone surrogates into U+FFFD, keeping every offset', () => {
    const text = 'a\ud83d\ude00b\ud800c\udc00\ud800';
    expect(foldAll(text)).toBe('a\ud83d\ude00b\ufffdc\ufffd\ufffd');
  });

  it('folds a part of the text as it folds in the whole: a surrogate is judged by its neighbours', () => {
    const text = 'x\ud83d\ude00y\udc00É';
    const whole = foldAll(text);
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) expect(foldSlice(text, start, end), `${start}..${end}`).toBe(whole.slice(start, end));
    }
    expect(foldedCodeAt(text, 2)).toBe(0xde00);
    expect(foldedCodeAt(text, 4)).toBe(0xfffd);
  });

  it('gives back the same string when folding changes nothing', () => {
    const text = 'le 14 avril';
    expect(foldSlice(text, 3, 11)).toBe('14 avril');
  });
});
