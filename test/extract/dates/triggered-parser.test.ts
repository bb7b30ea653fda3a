import { describe, expect, it } from 'vitest';
import { createDateContext } from '../../../src/extract/dates/context.js';
import { absolute } from '../../../src/extract/dates/resolve.js';
import { triggeredParser } from '../../../src/extract/dates/triggered-parser.js';
import { Trigger } from '../../../src/extract/dates/triggers.js';

describe('triggeredParser', () => {
  it('reads only at tokens with its start bits, and goes on after the last token of each reading', () => {
    const text = '1 2 3 mars 4 5';
    const visited: number[] = [];
    // each reading covers the number and the token after it
    const pairs = triggeredParser('pairs', Trigger.Number, (_, i) => {
      visited.push(i);
      return { first: i, last: i + 1, resolution: absolute(null, 'day') };
    });
    const mentions = [...pairs.parse(createDateContext(text, null))];
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['1 2', '3 mars', '4 5']);
    expect(visited).toEqual([0, 2, 4]);
  });

  it('lets a reading start before its trigger token, and skips tokens where nothing was read', () => {
    const text = 'le 3 et 4 mars';
    const afterArticle = triggeredParser('after-article', Trigger.Number, (context, i) =>
      context.tokens.get(i - 1)?.text === 'le' ? { first: i - 1, last: i, resolution: absolute(null, 'day') } : null,
    );
    const mentions = [...afterArticle.parse(createDateContext(text, null))];
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['le 3']);
  });

  it('skips a text that has none of the bits it needs', () => {
    let calls = 0;
    const parser = triggeredParser(
      'needs-century',
      Trigger.Number,
      () => {
        calls++;
        return null;
      },
      Trigger.Century,
    );
    expect([...parser.parse(createDateContext('en 2019 et 2020', null))]).toEqual([]);
    expect(calls).toBe(0);
    expect([...parser.parse(createDateContext('au 19e siècle', null))]).toEqual([]);
    expect(calls).toBe(1);
  });
});
