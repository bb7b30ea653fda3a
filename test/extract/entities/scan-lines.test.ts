import { describe, expect, it } from 'vitest';
import { scanLines } from '../../../src/extract/entities/scan-lines.js';
import { scanWords, type WordToken } from '../../../src/extract/entities/scan-words.js';

/**
 * A token's forms and flags without its offsets, which differ: scanLines reads the lines joined.
 * Named one by one: tokens keep their strings and flags behind getters, not as own fields.
 */
function forms(token: WordToken) {
  const { text, lower, key, isWord, capitalised, allCaps, joined, afterBreak, sentenceInitial, lowerFirstUnit, keyFirstUnit } = token;
  return { text, lower, key, isWord, capitalised, allCaps, joined, afterBreak, sentenceInitial, lowerFirstUnit, keyFirstUnit };
}

describe('scanLines', () => {
  it('gives every line the tokens scanning it alone gives, empty lines and elisions included', () => {
    const lines = ["Cour de justice de l'Union européenne", '', 'WSJ', "aujourd'hui l’", 'États-Unis', '  ', "Saint-Pierre-et-Miquelon d'", 'x'];
    const byLine = scanLines(lines);
    expect(byLine).toHaveLength(lines.length);
    lines.forEach((line, n) => expect(byLine[n].map(forms), line).toEqual(scanWords(line).map(forms)));
  });

  it('returns nothing for no lines', () => {
    expect(scanLines([])).toEqual([]);
  });
});
