import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../src/document/iso-date.js';
import { extractDates } from '../../../src/extract/dates/index.js';

interface ManifestDocument {
  readonly id: string;
  readonly date: string | null;
}

const root = new URL('../../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('corpus/manifest.json', root), 'utf8')) as { documents: ManifestDocument[] };

describe('the seed corpus', () => {
  for (const document of manifest.documents) {
    it(`finds exactly the hand-checked dates of ${document.id}`, () => {
      const text = readFileSync(new URL(`corpus/${document.id}.txt`, root), 'utf8');
      const expected = JSON.parse(readFileSync(new URL(`test/fixtures/dates/${document.id}.json`, root), 'utf8')) as unknown[];
      const reference = document.date === null ? null : parseIsoDate(document.date);
      const found = extractDates(text, reference).map((m) => ({ text: text.slice(m.start, m.end), ...m }));
      expect(found).toEqual(expected);
    });
  }
});

describe('the public API', () => {
  it('exports extractDates and the pipeline only', async () => {
    expect(Object.keys(await import('../../../src/extract/dates/index.js')).sort()).toEqual(['datePipeline', 'extractDates']);
  });
});
