import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../../src/document/code-points.js';

describe('CodePointIndex', () => {
  it('is the identity on text without astral characters', () => {
    const text = 'Amazon détient 47,8 % — « cloud ».';
    const index = new CodePointIndex(text);
    for (let i = 0; i <= text.length; i++) expect(index.toCodePoint(i)).toBe(i);
  });

  it('counts an emoji as one code point, whatever follows it', () => {
    const text = '[⛔️ Stop] 🙂 AWS 🇫🇷 30 %';
    const index = new CodePointIndex(text);
    const points = [...text];
    for (let i = 0; i <= text.length; i++) {
      // a UTF-16 offset that falls on a code-point boundary maps to that code point's index
      const prefix = text.slice(0, i);
      if (/[\ud800-\udbff]$/.test(prefix)) continue;
      expect(index.toCodePoint(i)).toBe([...prefix].length);
    }
    const start = text.indexOf('AWS');
    expect(points.slice(index.toCodePoint(start), index.toCodePoint(start + 3)).join('')).toBe('AWS');
  });

  it('keeps a lone surrogate as one code point, as [...text] does', () => {
    const text = 'a\ud83d b';
    const index = new CodePointIndex(text);
    expect(index.toCodePoint(text.length)).toBe([...text].length);
  });
});
