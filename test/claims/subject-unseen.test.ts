import { describe, it } from 'vitest';
import { expectClaim } from './helpers.js';

// Sentences written for the generalisation audit of the claim steps, in the style of French
// business news; each failed before the rule it tests.
describe('subject: the figure’s own noun phrase', () => {
  it('stops the complement at a place, a time or a purpose (« dans la plupart des pays de l’Union »)', () => {
    expectClaim("Le moteur de recherche détient plus de 90 % des parts de marché dans la plupart des pays de l'Union.", '90 %', { subject: null });
  });

  it('takes an owner only where the complement names it, not a name further on', () => {
    const market = 'Le marché a pesé 79 milliards de dollars sur la période, en hausse de 19 %.\n\nMicrosoft a annoncé de nouveaux centres de données.';
    expectClaim(market, '79 milliards de dollars', { subject: null });
    const survey =
      'Près de 58 % des acheteurs se disent prêts à attendre pour une livraison plus écologique.\n\nCdiscount affirme livrer 80 % de ses commandes en moins de 48 heures.';
    expectClaim(survey, '58 %', { subject: null });
    expectClaim(survey, '80 %', { subject: 'Cdiscount', metric: 'commandes', attribution: 'Cdiscount' });
  });

  it('reads a name right before brackets as the owner of the figure in them', () => {
    const text = 'Carrefour détient 19,7 % de part de marché, presque à égalité avec Auchan (19,6 %).';
    expectClaim(text, '19,7 %', { subject: 'Carrefour' });
    expectClaim(text, '19,6 %', { subject: 'Auchan', metric: 'part de marché' });
  });
});

describe('subject: a market, a designation, a credit, a speaker', () => {
  it('gives no organisation to a figure about a market or a sector', () => {
    expectClaim('Amazon domine le commerce en ligne. Le secteur a perdu 10 000 emplois en 2023.', '10 000', { subject: null, metric: 'emplois' });
  });

  it('reads the owner of a metric after « chez » or as a designation (« de la marque »)', () => {
    expectClaim('Le taux de résiliation chez Orange atteindrait 15 % par an, estime un analyste de la banque Oddo BHF.', '15 % par an', {
      subject: 'Orange',
      metric: 'taux de résiliation',
      attribution: 'Oddo BHF',
      modality: 'reported',
    });
    expectClaim("Les émissions de carbone d'Amazon ont augmenté de 18 % en 2021.", '18 %', { subject: 'Amazon', metric: 'émissions de co2', time: '2021' });
  });

  it('drops only the credit of a caption line, not the caption', () => {
    expectClaim('Un entrepôt Amazon à Lauwin-Planque, en 2023. Photo : AFP\n\nLe site emploie quelque 2 500 personnes.', '2 500', { subject: 'Amazon' });
  });

  it('does not take the speaker of an incise for the topic (« a rapporté le New York Times »)', () => {
    const text =
      "De son côté, Amazon prévoirait de se séparer de 10 000 salariés, a rapporté le New York Times. Ce serait la plus importante vague de licenciements de l'histoire de l'entreprise, qui comptait 1,5 million d'employés à la fin septembre.";
    expectClaim(text, '10 000', { subject: 'Amazon', attribution: 'New York Times', modality: 'reported' });
    expectClaim(text, '1,5 million', { subject: 'Amazon', metric: 'salariés' });
  });

  it('starts the clause of reported speech after « que »: the speaker is not its subject', () => {
    const text =
      "Les émissions de carbone d'Amazon ont augmenté de 18 % en 2021.\n\nPour Greenpeace, ces chiffres sont sous-estimés. L'ONG estime que les émissions réelles dépasseraient 90 millions de tonnes.";
    expectClaim(text, '90 millions de tonnes', { subject: null, attribution: 'Greenpeace', metric: 'émissions de co2' });
  });
});
