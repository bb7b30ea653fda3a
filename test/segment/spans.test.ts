import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/index.js';
import { tokenize } from '../../src/tokenize/index.js';

const corpusDir = join(import.meta.dirname, '..', '..', 'corpus');
const articles = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => [name, readFileSync(join(corpusDir, name), 'utf8')] as const);

describe('sentence spans', () => {
  it.each(articles)('%s: in order, trimmed, covering every token without cutting one', (_name, text) => {
    const tokens = tokenize(text);
    const spans = splitSentences(text, tokens);
    expect(spans.length).toBeGreaterThan(1);
    let previousEnd = 0;
    for (const span of spans) {
      expect(span.start).toBeGreaterThanOrEqual(previousEnd);
      const slice = text.slice(span.start, span.end);
      expect(slice).toBe(slice.trim());
      previousEnd = span.end;
    }
    let s = 0;
    for (const token of tokens) {
      while (s < spans.length && (spans[s]?.end ?? 0) <= token.start) s++;
      const span = spans[s];
      expect(span, `token at ${token.start} lies in a sentence`).toBeDefined();
      expect(span?.start).toBeLessThanOrEqual(token.start);
      expect(span?.end).toBeGreaterThanOrEqual(token.end);
    }
  });

  it('tokenises the text itself when no tokens are given', () => {
    const text = ' Une phrase.  Une autre ! ';
    expect(splitSentences(text)).toEqual(splitSentences(text, tokenize(text)));
    expect(splitSentences(text)).toEqual([
      { start: 1, end: 12 },
      { start: 14, end: 25 },
    ]);
  });

  it('returns no sentence for blank text', () => {
    expect(splitSentences('  \n\n ')).toEqual([]);
  });
});
