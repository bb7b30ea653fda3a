import { describe, expect, it } from 'vitest';
import { AnalyzedDocument } from '../../../src/analysis.js';
import { createDocument } from '../../../src/document/document.js';
import { extractEntities } from '../../../src/extract/entities/index.js';
import { SpanCover } from '../../../src/extract/entities/span-cover.js';
import { splitSentences } from '../../../src/segment/index.js';

/** The texts of the entity mentions of a document, read as the commands read it. */
function mentionTexts(text: string): string[] {
  const analysis = new AnalyzedDocument(createDocument('t', text, {}));
  return analysis.entities.flatMap((entity) => entity.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('SpanCover', () => {
  const cover = new SpanCover([
    { start: 20, end: 30 },
    { start: 0, end: 10 },
    { start: 5, end: 8 },
  ]);

  it('finds a span inside one of them, in any order given', () => {
    expect(cover.covers(0, 10)).toBe(true);
    expect(cover.covers(6, 9)).toBe(true);
    expect(cover.covers(22, 25)).toBe(true);
  });

  it('refuses a span that overlaps one only in part, or none', () => {
    expect(cover.covers(8, 12)).toBe(false);
    expect(cover.covers(18, 22)).toBe(false);
    expect(cover.covers(12, 15)).toBe(false);
    expect(cover.covers(31, 40)).toBe(false);
  });

  it('covers nothing without spans', () => {
    expect(new SpanCover([]).covers(0, 1)).toBe(false);
  });
});

describe('names inside dates and amounts', () => {
  it('a mention inside a given span is dropped, one that overlaps it stays', () => {
    const text = 'Apple vend des iPhone 15 depuis le Salon 2023.';
    const salon = text.indexOf('Salon');
    const iphone = text.indexOf('iPhone');
    const found = extractEntities(text, splitSentences(text), [{ start: salon, end: salon + 'Salon 2023'.length }, { start: iphone + 7, end: iphone + 9 }]);
    const texts = found.flatMap((entity) => entity.mentions.map((m) => text.slice(m.start, m.end)));
    expect(texts).toContain('iPhone');
    expect(texts).not.toContain('Salon');
  });

  it('a unit of a figure is no name', () => {
    const texts = mentionTexts('Le forfait offre 100 Go pour 10 euros. Le parc produit 3 TWh et 2 GW.');
    for (const unit of ['Go', 'TWh', 'GW']) expect(texts).not.toContain(unit);
  });

  it('a quarter of a date and an abbreviated amount are no names', () => {
    const texts = mentionTexts('Au T4 2023, Amazon a dépassé les prévisions. Le marché pèsera 500 Mds $ en 2027.');
    expect(texts).toEqual(['Amazon']);
  });
});
