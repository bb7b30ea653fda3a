import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../../src/extract/entities/index.js';
import { entitiesOf } from './helpers.js';

describe('MentionIndex', () => {
  const text = 'Selon Amazon, AWS détient 30 % du marché, devant Google.';
  const entities = entitiesOf(text);
  const index = new MentionIndex(entities);

  it('tells which entity covers an offset', () => {
    const mention = index.covering(text.indexOf('Google') + 2);
    expect(mention && entities[mention.entity].canonical).toBe('Google');
    expect(index.covering(text.indexOf('30'))).toBeUndefined();
  });

  it('tells which entity was named last before an offset', () => {
    const mention = index.preceding(text.indexOf('30'));
    expect(mention && entities[mention.entity].canonical).toBe('Amazon Web Services');
  });

  it('lists the mentions inside a span', () => {
    expect(index.within({ start: 0, end: text.indexOf('30') }).map((m) => entities[m.entity].canonical)).toEqual(['Amazon', 'Amazon Web Services']);
  });
});
