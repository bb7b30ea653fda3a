import { expect } from 'vitest';
import { extractEntities } from '../../../src/extract/entities/index.js';
import type { Entity } from '../../../src/extract/entities/types.js';
import { splitSentences } from '../../../src/segment/index.js';

export function entitiesOf(text: string): Entity[] {
  return extractEntities(text, splitSentences(text));
}

/** Checks that exactly one entity has this canonical name, with this label and these mention texts. */
export function testSingleEntity(text: string, canonical: string, label: string, mentionTexts?: string[]): Entity {
  const matching = entitiesOf(text).filter((entity) => entity.canonical === canonical);
  expect(matching, `${canonical} in « ${text} »`).toHaveLength(1);
  const [entity] = matching;
  expect(entity.label).toBe(label);
  for (const mention of entity.mentions) expect(mention.end).toBeGreaterThan(mention.start);
  if (mentionTexts) expect(entity.mentions.map((m) => text.slice(m.start, m.end))).toEqual(mentionTexts);
  return entity;
}

/** Checks that no entity is named or mentioned by this text. */
export function testNoEntity(text: string, surface: string): void {
  for (const entity of entitiesOf(text)) {
    expect(entity.canonical).not.toBe(surface);
    for (const m of entity.mentions) expect(text.slice(m.start, m.end)).not.toBe(surface);
  }
}
