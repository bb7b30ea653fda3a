import { describe, it } from 'vitest';
import { expectClaim } from './helpers.js';

describe('unseen local and European news', () => {
  it('reads « selon elle » as the organisation the text was about', () => {
    const text = "L'association Les Amis de la Terre conteste le projet. Selon elle, le site générera 1 200 allers-retours de camions par jour.";
    expectClaim(text, '1 200', { attribution: 'Les Amis de la Terre', modality: 'reported' }, '2025-06-12');
  });

  it('reads the name after a role and its complement as the speaker (« selon la commissaire à la Concurrence, Teresa Ribera, »)', () => {
    const text = "Selon la commissaire à la Concurrence, Teresa Ribera, Amazon a favorisé ses produits au détriment des 300 000 vendeurs tiers.";
    expectClaim(text, '300 000', { subject: 'Amazon', attribution: 'Teresa Ribera' }, '2025-06-12');
  });

  it('gives a rule\u2019s cap no organisation (« le règlement permet d\u2019aller jusqu\u2019à 10 % »)', () => {
    const text = "La Commission a infligé une amende à Amazon. Le montant représente 0,2 % du chiffre d'affaires, alors que le règlement permet d'aller jusqu'à 10 %.";
    expectClaim(text, '10 %', { subject: null }, '2025-06-12');
  });

  it('reads « vaut » as a valuation', () => {
    expectClaim('En Bourse, Amazon vaut près de 2 000 milliards de dollars.', '2 000 milliards de dollars', { subject: 'Amazon', metric: 'valorisation' }, '2025-06-12');
  });

  it('reads « se félicite de ces « … » » as speech', () => {
    const text = "Le maire, François Henrion, se félicite de ces « 1 500 emplois en CDI d'ici trois ans ».";
    expectClaim(text, '1 500', { attribution: 'François Henrion', time: '2028' }, '2025-06-12');
  });
});

describe('a witness named by a given name alone', () => {
  const text = "« On nous demande de scanner 300 articles par heure, c'est intenable », témoigne Karim, 34 ans, préparateur de commandes à Saran.";

  it('is the speaker of the quote, and his age is an age', () => {
    expectClaim(text, '300', { attribution: 'Karim' }, '2025-03-01');
    expectClaim(text, '34 ans', { metric: 'âge' }, '2025-03-01');
  });
});
