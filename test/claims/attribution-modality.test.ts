import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim } from './helpers.js';

describe('attribution', () => {
  it('names the speaker after a quote', () => {
    expectClaim('« Nous avons 300 000 clients en France », affirme Jean Dupont, le directeur de Leclerc.', '300 000', { attribution: 'Jean Dupont' });
  });

  it('names the speaker of « selon X » and « d\'après X »', () => {
    expectClaim("Selon l'Insee, le PIB de la France a progressé de 0,5 % en 2022.", '0,5 %', { attribution: 'Insee' });
    expectClaim('Le géant pourrait supprimer 1 500 emplois, d\'après Reuters.', '1 500', { attribution: 'Reuters' });
  });

  it('reads an incise inside the quote and a role named before', () => {
    const text =
      'Le journaliste Benoît Berthelot publie un livre.\n\n"Amazon, explique le journaliste. Des robots adaptent les prix en 10 minutes."';
    expectClaim(text, '10 minutes', { attribution: 'Benoît Berthelot' });
  });

  it('does not read a title such as « Le monde selon Amazon » as an attribution', () => {
    expectClaim('Dans Le monde selon Amazon, le groupe compte 14 marques.', '14', { attribution: null });
  });
});

describe('modality', () => {
  it.each([
    ['Amazon détient 30 % du marché.', '30 %', 'asserted'],
    ["Amazon aurait versé 2 millions d'euros à la commune.", "2 millions d'euros", 'reported'],
    ['Selon Reuters, Amazon détient 30 % du marché.', '30 %', 'reported'],
    ['Le géant pourrait supprimer 1 500 emplois.', '1 500', 'hedged'],
    ["Amazon vise 100 % d'énergie renouvelable d'ici 2025.", '100 %', 'hedged'],
    ['Amazon prévoit de recruter 3 000 personnes.', '3 000', 'hedged'],
    ['Le groupe table sur 5 % de croissance.', '5 %', 'hedged'],
    ['La loi prévoit une amende de 15 000 euros.', '15 000 euros', 'asserted'],
    ['Près de 40 % des vendeurs de Cdiscount sont chinois.', '40 %', 'hedged'],
  ])('%s → %s', (text, figure, modality) => {
    expectClaim(text, figure, { modality: modality as 'asserted' });
  });

  it('judges a figure in a quote by the quote, not by the sentence around it', () => {
    const text = 'Amazon a, selon Benoît Berthelot, un système : "Amazon fait payer 1 500 euros par mois."';
    expectClaim(text, '1 500 euros par mois', { modality: 'asserted', attribution: 'Benoît Berthelot' });
  });

  it('keeps an approximation word on the figure it stands before', () => {
    const text = "Les robots passent des dizaines de fois par jour, avec un délai de l'ordre de 10 minutes.";
    expectClaim(text, 'des dizaines', { modality: 'asserted' });
    expectClaim(text, '10 minutes', { modality: 'hedged' });
  });
});

describe('page furniture', () => {
  it.each([
    ['Vous avez lu 3 articles sur notre site ce mois-ci.'],
    ['Voici trois bonnes raisons de soutenir notre travail.'],
    ['Zéro publicité, des contenus exclusifs.'],
    ['Grand bien vous fasse !\n51 min\n'],
    ['Des machines connectées / Le Journal du matin / 1 min. / le 8 février 2016'],
  ])('%s holds no claim', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});
