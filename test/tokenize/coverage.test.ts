import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/tokenize/index.js';

const corpusDir = join(import.meta.dirname, '..', '..', 'corpus');
const samples = [
  ...readdirSync(corpusDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(corpusDir, name), 'utf8')),
  'a\u00adb \u200b x\u0301y 👩🏽‍🚀 🇫🇷 1️⃣ \ud800 «»\t\r\n-- [b]x[/b] [/] [12 http:// @ a@b a@b.c',
];

describe('every character that is not white space is in exactly one token', () => {
  it.each(samples.map((text, i) => [i, text] as const))('sample %i', (_i, text) => {
    const tokens = tokenize(text);
    let previousEnd = 0;
    const covered = new Uint8Array(text.length);
    for (const token of tokens) {
      expect(token.start).toBeGreaterThanOrEqual(previousEnd);
      expect(token.end).toBeGreaterThan(token.start);
      covered.fill(1, token.start, token.end);
      previousEnd = token.end;
    }
    for (let i = 0; i < text.length; i++) {
      if (covered[i] === 0) expect(/\s/.test(text[i] ?? ''), `uncovered U+${text.charCodeAt(i).toString(16)} at ${i}`).toBe(true);
    }
  });
});
