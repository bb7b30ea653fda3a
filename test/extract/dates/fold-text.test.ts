import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/extract/dates/fold-text.js';

describe('foldText', () => {
  it('lower-cases, strips Latin accents and plains typographic marks, one unit for one unit', () => {
    expect(foldText('Élysée, l’été — 14\u00a0Août')).toBe("elysee, l'ete - 14 aout");
  });

  it('keeps surrogate pairs and turns lone surrogates into U+FFFD, keeping every offset', () => {
    const text = 'a\ud83d\ude00b\ud800c\udc00\ud800';
    const folded = foldText(text);
    expect(folded).toBe('a\ud83d\ude00b\ufffdc\ufffd\ufffd');
    expect(folded.length).toBe(text.length);
  });

  it('folds a long text (the buffer path) as it folds its parts', () => {
    const part = 'Le 14 Avril 2021, À Paris… ';
    expect(foldText(part.repeat(500))).toBe(foldText(part).repeat(500));
  });
});
