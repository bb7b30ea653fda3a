import { describe, expect, it } from 'vitest';
import { scanLines } from '../../../src/extract/entities/scan-lines.js';
import { scanWords, type WordToken } from '../../../src/extract/entities/scan-words.js';

/** A token without its offsets, which differ: scanLines reads the lines joined. */
function forms(token: WordToken) {
  const { start: _start, end: _end, ...rest } = token;
  return { ...rest };
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
