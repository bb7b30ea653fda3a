import { describe, it } from 'vitest';
import { expectClaim } from './helpers.js';

describe('an unseen wire dispatch', () => {
  const text = [
    "PARIS, 3 novembre (Reuters) - Le géant américain du commerce en ligne Amazon a été condamné lundi par le tribunal de commerce de Paris à verser 4 millions d'euros à la Fevad, qui l'accusait de concurrence déloyale.",
    "Amazon va faire appel, a indiqué un porte-parole. Le groupe détient près de 22 % du marché français du commerce en ligne, loin devant Cdiscount (8 %) et Leboncoin (6 %).",
  ].join('\n\n');

  it('gives a share « du marché » to the company that holds it, not to no one', () => {
    expectClaim(text, '22 %', { subject: 'Amazon', metric: 'part de marché' }, '2026-11-03');
    expectClaim(text, '8 %', { subject: 'Cdiscount' }, '2026-11-03');
  });

  it('leaves a plural of other actors without the topic: « les fournisseurs locaux »', () => {
    expectClaim("Amazon domine le cloud. En Europe, les fournisseurs locaux n'ont plus que 15 % du marché.", '15 %', { subject: null });
  });

  it('reads the name a designation describes as the subject: « Le géant américain du commerce en ligne Amazon a été condamné »', () => {
    expectClaim(text, "4 millions d'euros", { subject: 'Amazon' }, '2026-11-03');
  });

  it('takes the agency of a dateline for no one: « PARIS, 3 novembre (Reuters) - »', () => {
    expectClaim('PARIS, 3 novembre (Reuters) - Les ventes en ligne ont progressé de 12 % en octobre.', '12 %', { subject: null }, '2026-11-03');
    expectClaim('SEATTLE (AFP) — Le groupe a annoncé 14 000 suppressions de postes.', '14 000', { subject: null }, '2026-11-03');
  });
});
