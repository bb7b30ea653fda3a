import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim } from './helpers.js';

// Sentences written for the generalisation audit of the claim steps; each failed before the rule it tests.
describe('attribution', () => {
  it('reads « a-t-il déclaré » after a quote as the person named before', () => {
    const text = "Frédéric Duval dirige Amazon France. « Nous avons investi plus de 4 milliards d'euros en France depuis 2020 », a-t-il déclaré.";
    expectClaim(text, "4 milliards d'euros", { attribution: 'Frédéric Duval', modality: 'asserted' });
  });

  it('takes a reporting verb after a figure only in an incise, not as the verb of a clause', () => {
    expectClaim("En 2023, 7 Français sur 10 jugent les délais de livraison d'Amazon satisfaisants.", '7 Français sur 10', { attribution: null });
  });

  it.each([
    ['Amazon assure de son côté avoir relevé les salaires de 6,5 % en moyenne en 2023.', '6,5 %', 'Amazon'],
    ['Cdiscount affirme livrer 80 % de ses commandes en moins de 48 heures.', '80 %', 'Cdiscount'],
    ["Sony annonce par ailleurs que la console s'est vendue à 47 millions d'exemplaires.", '47 millions', 'Sony'],
  ])('reads a speaker before a reporting verb and what it reports: %s', (text, figure, attribution) => {
    expectClaim(text, figure, { attribution });
  });

  it('does not read a relative « que » as reported speech', () => {
    expectClaim("Elle prolonge son contrat de deux ans avec Orange, qui confirme la confiance qu'il lui accorde.", 'deux ans', { attribution: null });
  });

  it('finds who issued the document after « selon le rapport … »', () => {
    expectClaim("Les émissions de carbone d'Amazon ont augmenté de 18 % en 2021, selon le rapport de durabilité publié par l'entreprise.", '18 %', {
      attribution: 'Amazon',
      modality: 'reported',
    });
  });

  it('reads « un analyste de la banque X » as X and « le site X » as X', () => {
    expectClaim('Le taux de résiliation atteindrait 15 % par an, estime un analyste de la banque Oddo BHF.', '15 % par an', { attribution: 'Oddo BHF' });
    expectClaim('Le film reçoit des critiques positives, 11 sur 15 selon le site AlloCiné.', '11 sur 15', { attribution: 'AlloCiné' });
  });

  it('finds a speaker written in brackets or as a Markdown link after « selon »', () => {
    // the name is introduced first, so that the entity step knows it inside the brackets
    const intro = 'Le cabinet Synergy Research publie chaque trimestre ses estimations du marché. ';
    for (const source of ['(Synergy Research)', '[Synergy Research](https://www.srgresearch.com)']) {
      expectClaim(`${intro}Selon le cabinet ${source}, AWS détient 31 % du marché mondial du cloud.`, '31 %', {
        attribution: 'Synergy Research',
        subject: 'Amazon Web Services',
      });
      expectClaim(`${intro}Selon ${source}, AWS détient 31 % du marché mondial du cloud.`, '31 %', { attribution: 'Synergy Research' });
    }
  });

  it('reads « l’ONG » as the organisation named before', () => {
    const text = 'Pour Greenpeace, ces chiffres sont sous-estimés. L\'ONG estime que les émissions réelles dépasseraient 90 millions de tonnes.';
    expectClaim(text, '90 millions de tonnes', { attribution: 'Greenpeace' });
  });

  it('reads « Pour l’économiste X, » as X’s view, but not « Pour Carrefour, » nor « Pour cela elle bat X »', () => {
    expectClaim("Pour l'économiste Jean Martin, le marché pourrait reculer de 3 % en 2025.", '3 %', { attribution: 'Jean Martin' });
    expectClaim("Pour Carrefour, le chiffre d'affaires a progressé de 4 %.", '4 %', { attribution: null });
    expect(claimsOf('Pour cela elle bat Amélie Mauresmo en finale (6-1, 6-2).').every((claim) => claim.attribution === null)).toBe(true);
  });

  it('reads « Pour X, » as the view of an NGO, a union or a regulator, and as the topic for a company', () => {
    expectClaim('Pour Greenpeace, les émissions réelles dépasseraient 90 millions de tonnes.', '90 millions de tonnes', { attribution: 'Greenpeace' });
    expectClaim("Pour la CGT, 30 % des salariés de l'entrepôt étaient en grève.", '30 %', { attribution: 'CGT' });
    expectClaim("Pour l'Arcep, les prix ont baissé de 12 % en cinq ans.", '12 %', { attribution: 'Arcep' });
    expectClaim("Pour Carrefour, le chiffre d'affaires a progressé de 4 %.", '4 %', { attribution: null, subject: 'Carrefour' });
    expectClaim("Chez Amazon, 30 % des salariés de l'entrepôt étaient en grève.", '30 %', { attribution: null, subject: 'Amazon' });
  });

  it('names no one for a designation followed by a name the entity step missed', () => {
    const text = "Amazon a publié ses chiffres.\n\nL'association Vigilance des Colis affirme que 30 % des colis arrivent en retard.";
    const claims = claimsOf(text).filter((claim) => claim.text === '30 %');
    expect(claims).toHaveLength(1);
    expect(claims[0].attribution).not.toBe('Amazon');
  });

  it('finds the speaker past a relative clause between the name and the reporting verb', () => {
    const text =
      "Amazon a publié ses résultats. Andy Jassy, qui a succédé à Jeff Bezos en juillet 2021, a indiqué que le groupe investirait environ 75 milliards de dollars en 2024.";
    expectClaim(text, '75 milliards de dollars', { attribution: 'Andy Jassy', subject: 'Amazon' });
  });

  it('gives each figure the speaker of the nearest reporting verb before it in its sentence', () => {
    const text = 'Amazon affirme que 30 % des colis arrivent à temps, tandis que la CGT assure que 10 % seulement sont livrés dans les délais.';
    expectClaim(text, '30 %', { attribution: 'Amazon' });
    expectClaim(text, '10 %', { attribution: 'CGT' });
  });
});
