import { describe, expect, it } from 'vitest';
import { findQuotes, quoteAt } from '../../src/claims/quotes.js';

const inner = (text: string): string[] => findQuotes(text).map((q) => text.slice(q.inner.start, q.inner.end));

describe('findQuotes', () => {
  it('finds guillemets, curly and straight quotes', () => {
    expect(inner('Il dit « oui ». Elle : “non”. Lui : "peut-être".')).toEqual([' oui ', 'non', 'peut-être']);
  });

  it('runs a quote over several sentences of a paragraph', () => {
    const text = '"Amazon, explique le journaliste. Des robots analysent le web." Fin.';
    expect(inner(text)).toEqual(['Amazon, explique le journaliste. Des robots analysent le web.']);
  });

  it('keeps quotes nested in guillemets inside the outer one', () => {
    expect(inner('« Il a dit « non » hier » puis')).toEqual([' Il a dit « non » hier ']);
  });

  it('ends an unclosed quote at the paragraph break', () => {
    const text = '"Il peut permettre de retrouver un enfant.\n\nAmazon vend ce service.';
    expect(inner(text)).toEqual(['Il peut permettre de retrouver un enfant.']);
    expect(quoteAt(findQuotes(text), text.indexOf('vend'))).toBeNull();
  });

  it('tells which quote holds an offset', () => {
    const text = 'A « 30 % » B « 12 % » C';
    const quotes = findQuotes(text);
    expect(quoteAt(quotes, text.indexOf('12'))?.inner.start).toBe(text.indexOf('« 12') + 1);
    expect(quoteAt(quotes, text.indexOf('B'))).toBeNull();
  });
});
