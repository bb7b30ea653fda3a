import { describe, expect, it } from 'vitest';
import { createDateContext } from '../../../src/extract/dates/context.js';

function tokensOf(text: string): string[] {
  const { tokens } = createDateContext(text, null);
  return Array.from({ length: tokens.length }, (_, i) => {
    const token = tokens.get(i)!;
    return `${token.gap === 'none' ? '' : token.gap === 'space' ? '_' : '/'}${token.kind[0]}:${token.text}`;
  });
}

describe('scanTokens', () => {
  it('splits the text as folded: words, numbers, one mark per character; spaces and line breaks kept as gaps', () => {
    expect(tokensOf('L’Été\u00a02019,\n\nle 14-Avril')).toEqual(['w:l', "m:'", 'w:ete', '_n:2019', 'm:,', '/w:le', '_n:14', 'm:-', 'w:avril']);
  });

  it('reads a lone surrogate as U+FFFD inside a word, a surrogate pair as two marks', () => {
    expect(tokensOf('ab\ud800cd e\ud83d\ude00f')).toEqual(['w:ab\ufffdcd', '_w:e', 'm:\ud83d', 'm:\ude00', 'w:f']);
  });

  it('gives each text its own tokens, the arrays being reused from one text to the next', () => {
    expect(tokensOf('une longue phrase de plusieurs mots')).toHaveLength(6);
    expect(tokensOf('deux mots')).toEqual(['w:deux', '_w:mots']);
  });
});
