import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/extract/figures/index.js';

const root = join(import.meta.dirname, '..', '..', '..');
const fixtures = join(root, 'test', 'fixtures', 'figures');

interface ExpectedFigure {
  text: string;
  start: number;
  end: number;
  kind: string;
  value: number;
  unit: string | null;
  approx: boolean;
  per?: string;
}

// Expected figures were written by reading each article, not by running the extractor.
describe('figures of the bundled corpus', () => {
  for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.json'))) {
    const doc = file.replace(/\.json$/, '');
    it(doc, () => {
      const text = readFileSync(join(root, 'corpus', `${doc}.txt`), 'utf8').replace(/^\uFEFF/, '');
      const expected = JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as ExpectedFigure[];
      for (const e of expected) expect(text.slice(e.start, e.end)).toBe(e.text);
      const actual = extractFigures(text).map((f) => ({
        text: text.slice(f.start, f.end),
        start: f.start,
        end: f.end,
        kind: f.kind,
        value: Number(f.value.toPrecision(12)),
        unit: f.unit,
        approx: f.approx,
        ...(f.per ? { per: f.per } : {}),
      }));
      expect(actual).toEqual(expected);
    });
  }
});
