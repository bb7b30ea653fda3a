import { describe, it } from 'vitest';
import { expectClaim } from './helpers.js';

describe('an unseen article of annual results', () => {
  const text = [
    'Résultats annuels : Amazon dépasse les 600 milliards de dollars',
    "Les chiffres clés de l'exercice 2024 :",
    "Chiffre d'affaires : 637,96 milliards de dollars (+11 %)\nBénéfice net : 59,2 Md$ (contre 30,4 Md$ en 2023)\nEffectifs : 1 556 000 salariés (−0,3 %)",
    'La capitalisation atteint environ 2 400 milliards de dollars, soit la quatrième du monde derrière Apple, Microsoft et Nvidia.',
    "Pour 2025, le groupe table sur un chiffre d'affaires trimestriel compris entre 151 et 155,5 milliards de dollars.",
  ].join('\n\n');

  it('gives lines of data the subject of the title above them', () => {
    expectClaim(text, '59,2 Md$', { subject: 'Amazon', metric: 'bénéfices' });
    expectClaim(text, '1 556 000', { subject: 'Amazon', metric: 'salariés' });
  });

  it('reads a signed percentage in brackets after a figure as its change', () => {
    expectClaim(text, '+11 %', { metric: 'croissance', value: 11 });
    expectClaim(text, '−0,3 %', { metric: 'croissance', value: -0.3 });
  });

  it('reads « la quatrième du monde » as a world rank', () => {
    expectClaim(text, 'quatrième', { subject: 'Amazon', metric: 'rang mondial', value: 4 });
  });

  it('does not take the last of a list (« Apple, Microsoft et Nvidia ») for what « le groupe » refers to', () => {
    expectClaim(text, '155,5 milliards de dollars', { subject: 'Amazon', metric: "chiffre d'affaires" });
  });
});
