import { describe, it } from 'vitest';
import { expectClaim } from './helpers.js';

describe('a figure set against an earlier state', () => {
  it('is about the subject of the figure it is set against, none included', () => {
    const list = [
      '- Microsoft Azure suit avec 24 %, Google Cloud avec 11 %.',
      "- En Europe, les fournisseurs locaux n'ont plus que 15 % du marché, contre 27 % en 2017.",
    ].join('\n');
    expectClaim(list, '15 %', { subject: null });
    expectClaim(list, '27 %', { subject: null, time: '2017' });
  });

  it('keeps the subject of the figure before it', () => {
    const text = "Microsoft a publié ses comptes. Amazon emploie 25 000 salariés en CDI en France, contre 18 500 en 2021.";
    expectClaim(text, '18 500', { subject: 'Amazon', time: '2021' });
  });

  it('takes the owner named right after it when there is one', () => {
    const text = 'AWS détient 31 % du marché, contre 24 % pour Microsoft.';
    expectClaim(text, '24 %', { subject: 'Microsoft' });
  });
});
