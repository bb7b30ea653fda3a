import { describe, it } from 'vitest';
import { expectClaim } from './helpers.js';

describe('an unseen article on a subscription price', () => {
  const text = [
    "Prime Video : la publicité s'impose, l'abonnement augmente",
    "L'abonnement Amazon Prime, qui inclut la livraison gratuite, coûte 6,99 euros par mois ou 69,90 euros par an.",
    'En France, la plateforme détiendrait 29 % de part de marché selon Médiamétrie.',
  ].join('\n\n');

  it('keeps a sentence about a subscription: « abonnement » alone is no page furniture', () => {
    expectClaim(text, '6,99 euros par mois', { metric: 'prix', value: 6.99 }, '2026-10-15');
    expectClaim(text, '69,90 euros par an', { metric: 'prix', value: 69.9 }, '2026-10-15');
  });

  it('takes no metric from a word of a name (« Amazon Prime » is no bonus)', () => {
    const event = "Amazon a lancé le Prime Day en 2015. L'an dernier, l'opération Prime Day a rapporté 12,7 milliards de dollars.";
    expectClaim(event, '12,7 milliards de dollars', { subject: 'Amazon', metric: null }, '2026-10-15');
  });
});
