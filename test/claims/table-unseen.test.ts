import { describe, it } from 'vitest';
import { expectClaim } from './helpers.js';

describe('a Markdown table', () => {
  const text = [
    '# Le cloud en chiffres',
    '| Fournisseur | Part de marché (T4 2024) | Croissance |\n|---|---|---|\n| AWS | 30 % | +19 % |\n| Microsoft Azure | 21 % | +31 % |',
    'Le reste du marché est éclaté.',
  ].join('\n\n');

  it('gives a cell the metric and the time of its column header', () => {
    expectClaim(text, '30 %', { subject: 'Amazon Web Services', metric: 'part de marché', time: '2024' }, '2025-02-10');
    expectClaim(text, '21 %', { metric: 'part de marché', time: '2024' }, '2025-02-10');
    expectClaim(text, '+31 %', { metric: 'croissance', time: null }, '2025-02-10');
  });

  it('reads no header for a line of pipes outside a table', () => {
    expectClaim('Amazon | 30 % du marché | en 2024', '30 %', { metric: 'part de marché' }, '2025-02-10');
  });
});
