import { describe, it } from 'vitest';
import { expectClaim } from './helpers.js';

describe('an unseen activist post', () => {
  const text = [
    '🔥 #StopAmazon : on ne lâche rien !',
    "Hier, nous étions plus de 3 000 devant l'entrepôt de Fournès.",
    "👉 Amazon a détruit 3,2 millions d'objets neufs en France en 2019 (source : Capital / M6).\n👉 1 emploi créé chez Amazon = 2,2 emplois détruits dans le commerce de proximité.",
  ].join('\n\n');

  it('takes no metric past a preposition of place (« 3 000 devant l’entrepôt »)', () => {
    expectClaim(text, '3 000', { metric: null }, '2022-03-10');
  });

  it('takes a source in a « source : » label for no topic (« (source : Capital / M6) »)', () => {
    expectClaim(text, '2,2', { subject: 'Amazon', metric: 'emplois' }, '2022-03-10');
  });
});
