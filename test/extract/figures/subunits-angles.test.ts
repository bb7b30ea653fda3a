import { describe, expect, it } from 'vitest';
import { expectNone, expectSingle, triples } from './helpers.js';

describe('subunits joined to their amount', () => {
  it('joins « dollars et ... cents »', () => expectSingle('ça ne coûte que 15 dollars et 15 cents.', { text: '15 dollars et 15 cents', value: 15.15, unit: 'USD' }));
  it('gives the cents the currency of the amount', () => expectSingle('treize euros et quarante-cinq cents', { text: 'treize euros et quarante-cinq cents', value: 13.45, unit: 'EUR' }));
  it('joins a bare two-digit subunit', () => expectSingle('le ticket coûte 3 euros 50 le kilo', { text: '3 euros 50', value: 3.5, unit: 'EUR' }));
  it('joins « et » + a bare subunit that closes the sentence', () => expectSingle('ça coûte 15 dollars et 15.', { text: '15 dollars et 15', value: 15.15, unit: 'USD' }));
  it('does not join a number that counts something', () =>
    expect(triples('15 euros et 20 personnes')).toEqual([
      ['15 euros', 15, 'EUR'],
      ['20', 20, null],
    ]));
  it('does not join a percentage', () =>
    expect(triples('3 euros 50 %')).toEqual([
      ['3 euros', 3, 'EUR'],
      ['50 %', 50, '%'],
    ]));
  it('does not join a decimal amount', () =>
    expect(triples('2,5 euros 50.')).toEqual([
      ['2,5 euros', 2.5, 'EUR'],
      ['50', 50, null],
    ]));
});

describe('angles and temperatures', () => {
  it('reads degrees as a temperature by default', () => expectSingle('il fera 30 degrés demain', { text: '30 degrés', value: 30, unit: '°C' }));
  it('reads degrees as an angle after « tourner »', () => expectSingle('tourner à gauche à 45 degrés', { text: '45 degrés', value: 45, unit: '°' }));
  it('reads an angle after « angle »', () => expectSingle("L'angle mesure 90°", { text: '90°', value: 90, unit: '°' }));
  it('does not take an angle word from the previous sentence', () => expectSingle('Il faut tourner. Il fera 30 degrés.', { text: '30 degrés', value: 30, unit: '°C' }));
  it('reads radians', () => expectSingle("L'angle est de 0.8rad", { text: '0.8rad', value: 0.8, unit: 'rad' }));
});

describe('fraction characters and Indian scales', () => {
  it('reads ½ alone as a share', () => expectSingle('le résultat est ½', { text: '½', value: 50, unit: '%' }));
  it('reads a whole number and a fraction character', () => expectSingle('il faut 2½ heures', { text: '2½ heures', value: 2.5, unit: 'h' }));
  it('reads lakh', () => expectSingle('Je peux te donner treize lakh', { text: 'treize lakh', value: 1.3e6 }));
  it('reads crore', () => expectSingle('un crore de boîtes', { text: 'un crore', value: 1e7 }));
  it('reads a misspelt ordinal', () => expectSingle('Son dizième anniversaire', { text: 'dizième', value: 10, kind: 'rank' }));
  it('finds no figure in « une douzaine » after a price', () => expect(triples('64,2 cents une douzaine')).toEqual([
    ['64,2 cents', 0.642, 'USD'],
    ['une douzaine', 12, null],
  ]));
  it('finds nothing in plain prose', () => expectNone('Il est venu hier avec ses amis.'));
});

describe('capitals glued to digits and shares of a scale', () => {
  it('reads « 5G » as an identifier, not grams', () => expectNone('le réseau 5G arrive'));
  it('reads « 3D » as an identifier', () => expectNone('un film en 3D'));
  it('keeps a gram written in lower case', () => expectSingle('il pèse 10 g', { text: '10 g', value: 10, unit: 'g' }));
  it('keeps litres written with a capital', () => expectSingle('3 L d’eau', { text: '3 L', value: 3, unit: 'L' }));
  it('reads « un demi million » without a hyphen', () => expectSingle('un demi million de visiteurs', { text: 'un demi million', value: 5e5 }));
  it('reads a share of a scale as a count', () => expectSingle('deux tiers de million', { text: 'deux tiers de million', value: 2e6 / 3, unit: null }));
  it('reads « les trois quarts d’un milliard »', () => expectSingle('les trois quarts d’un milliard', { text: 'trois quarts d’un milliard', value: 7.5e8 }));
  it('keeps a share of a whole as a percentage', () => expectSingle('un tiers de la population', { text: 'un tiers', value: 100 / 3, unit: '%' }));
});

describe('shares with the noun they count', () => {
  it('reads « un salarié sur cinq »', () => expectSingle('Un salarié sur cinq est intérimaire.', { text: 'Un salarié sur cinq', value: 20, unit: '%' }));
  it('reads « 3 Français sur 4 »', () => expectSingle('Selon l’Insee, 3 Français sur 4 achètent en ligne.', { text: '3 Français sur 4', value: 75, unit: '%' }));
  it('reads no share when « sur » names a place', () => expectSingle('il a mis un livre sur trois étagères', { text: 'trois', value: 3, unit: null }));
  it('reads no share of a whole or more', () => expect(triples('ouvert 7 jours sur 7.')).toEqual([
    ['7 jours', 7, 'd'],
    ['7', 7, null],
  ]));
});
