import { describe, it } from 'vitest';
import { expectClaim } from './helpers.js';

describe('an unseen article on tax', () => {
  const text = [
    'Fiscalité : Amazon, champion de l’optimisation',
    "Publié par l'Observatoire des multinationales, le 3 juin 2024",
    "Amazon est devenu le premier distributeur de France en 2023, devant Carrefour. Son chiffre d'affaires français a dépassé les dix milliards d'euros, mais le groupe n'y a payé que 120 millions d'euros d'impôt sur les sociétés, soit un taux effectif d'environ 1,2 %.",
    "Pour l'économiste Gabriel Zucman, « la moitié des profits d'Amazon en Europe échappe à l'impôt ».",
  ].join('\n\n');

  it('does not take the publisher of a byline for the section’s subject', () => {
    expectClaim(text, "dix milliards d'euros", { subject: 'Amazon', metric: "chiffre d'affaires" });
  });

  it('names taxes and tax rates', () => {
    expectClaim(text, "120 millions d'euros", { subject: 'Amazon', metric: 'impôts' });
    expectClaim(text, '1,2 %', { metric: "taux d'imposition", approx: true });
  });

  it('gives a quote opened by « Pour X, » to X', () => {
    expectClaim(text, 'la moitié', { attribution: 'Gabriel Zucman', subject: 'Amazon', metric: 'bénéfices' });
  });

  it('reads « le premier distributeur de France » as a rank', () => {
    expectClaim(text, 'premier', { kind: 'rank', value: 1, subject: 'Amazon', time: '2023' });
  });
});
