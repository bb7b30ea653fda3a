import { expect, it } from 'vitest';
import { tokenize } from '../../src/tokenize/index.js';

it('ends a URL before an emoji glued to it, never between the halves of one', () => {
  const text = 'https://www.amazon.fr/x?y=1😀 et 𝐀 https://a.fr/𝐀b';
  const tokens = tokenize(text).map((token) => [text.slice(token.start, token.end), token.kind]);
  expect(tokens.slice(0, 2)).toEqual([
    ['https://www.amazon.fr/x?y=1', 'url'],
    ['😀', 'emoji'],
  ]);
  expect(tokens).toContainEqual(['https://a.fr/𝐀b', 'url']);
  for (const [piece] of tokens) expect(piece).toBe([...piece].join(''));
});
