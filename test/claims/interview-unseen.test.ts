import { expect, describe, it } from 'vitest';
import { claimsOf, expectClaim } from './helpers.js';

describe('an unseen interview and op-ed', () => {
  it('takes no verb after a count for its noun (« une étude de 2019 évaluait », « du CAC 40 utilisent »)', () => {
    const text = 'Aujourd\u2019hui, plus de 80 % des entreprises du CAC 40 utilisent nos services. Une étude de 2019 évaluait le solde à 7 900 emplois perdus.';
    const claims = claimsOf(text, '2026-11-03');
    expect(claims.map((claim) => claim.text)).toEqual(['80 %', '7 900']);
    expectClaim(text, '7 900', { metric: 'emplois', time: '2019' }, '2026-11-03');
  });

  it('names a singular noun after one and a plural noun after more', () => {
    expectClaim('Amazon a ouvert 3 entrepôts.', '3', { metric: 'entrepôts' });
    expectClaim('Amazon emploie 2 000 CDI.', '2 000', { metric: 'cdi' });
  });
});
