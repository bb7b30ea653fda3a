import { describe, it } from 'vitest';
import { expectClaim } from './helpers.js';

describe('an unseen activist article on the cloud', () => {
  const text = [
    "Avec près d'un tiers du marché mondial en 2023 selon Synergy [2], AWS reste loin devant Microsoft (24 %) et Google (11 %). En France, le ministère de l'Économie a pourtant confié à Microsoft l'hébergement du Health Data Hub, soit les données de santé de 67 millions d'habitants [3] !",
    "Pire : d'après l'UFC-Que Choisir, 8 Français sur 10 ignorent où sont stockées leurs photos [4]. Les dépenses mondiales en cloud public devraient atteindre 723 milliards de dollars en 2025, d'après le cabinet Gartner [5].",
  ].join('\n\n');

  it('gives a figure of an opening adjunct to the subject after it', () => {
    expectClaim(text, 'un tiers', { subject: 'Amazon Web Services', metric: 'part de marché', time: '2023', approx: true });
  });

  it('gives no organisation to figures about a population or a market', () => {
    expectClaim(text, '8 Français sur 10', { subject: null, attribution: 'UFC-Que Choisir' });
    expectClaim(text, '723 milliards de dollars', { subject: null, attribution: 'Gartner' });
  });
});

describe('an unseen article on a warehouse project', () => {
  const text = [
    "Entrepôt Amazon à Fournès : le projet définitivement abandonné",
    "En face, le collectif Stop Amazon Fournès avait recueilli plus de 25 000 signatures contre le projet, soutenu par Attac et les Amis de la Terre.",
    "Lors du dernier conseil municipal, les élus avaient voté à 11 voix contre 4 pour relancer l'enquête publique.",
  ].join('\n\n');

  it('does not read « soutenu par X » as X speaking, and gives the signatures to the collective', () => {
    expectClaim(text, '25 000', { attribution: null, subject: 'Stop Amazon Fournès' });
  });

  it('gives no organisation to the votes of elected officials', () => {
    expectClaim(text, '11', { subject: null, metric: 'voix' });
  });
});
