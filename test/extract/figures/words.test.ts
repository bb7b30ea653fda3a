import { describe, expect, it } from 'vitest';
import { expectNone, expectSingle, triples } from './helpers.js';

describe('numbers written in words', () => {
  it('reads compound tens', () => expect(triples('quatre-vingt-dix-neuf; soixante et onze; quatre vingt dix neuf; quatre-vingts.')).toEqual([
    ['quatre-vingt-dix-neuf', 99, null],
    ['soixante et onze', 71, null],
    ['quatre vingt dix neuf', 99, null],
    ['quatre-vingts', 80, null],
  ]));
  it('reads hundreds and thousands', () => expectSingle('neuf mille neuf cent quatre-vingt-dix neuf', { text: 'neuf mille neuf cent quatre-vingt-dix neuf', value: 9999 }));
  it('reads Belgian and Swiss tens', () => expectSingle('nonante', { text: 'nonante', value: 90 }));
  it('reads « un million »', () => expectSingle('un million de personnes', { text: 'un million', value: 1e6 }));
  it('reads « virgule »', () => expectSingle('deux cent virgule cinquante deux', { text: 'deux cent virgule cinquante deux', value: 200.52 }));
  it('counts with « trois »', () => expectSingle('voici trois bonnes raisons', { text: 'trois', value: 3, kind: 'count', unit: null }));
  it('stops where the number stops', () => expect(triples('vingt et un ou vingt-deux')).toEqual([
    ['vingt et un', 21, null],
    ['vingt-deux', 22, null],
  ]));
  it('reads zero', () => expectSingle('Vous avez lu 0 articles', { text: '0', value: 0 }));
});

describe('un/une', () => {
  it('is an article before a noun', () => expectNone('Une option à la carte, un vent glacial'));
  it('counts before a unit', () => expectSingle('il paie un euro', { text: 'un euro', value: 1, unit: 'EUR' }));
  it('is not « neuf » the adjective', () => expectNone('un produit tout neuf'));
});

describe('fractions', () => {
  it('reads « la moitié » as 50 %', () => expectSingle('mais la moitié de ses bénéfices', { text: 'la moitié', value: 50, kind: 'percent', unit: '%' }));
  it('reads « un tiers »', () => expectSingle('un tiers des salariés', { text: 'un tiers', value: 100 / 3, unit: '%' }));
  it('reads « trois quarts »', () => expectSingle('trois quarts des ventes', { text: 'trois quarts', value: 75 }));
  it('reads « un sur trois »', () => expectSingle('un sur trois', { text: 'un sur trois', value: 100 / 3 }));
  it('takes a sign word as a whole number does', () => {
    expectSingle('la réponse est négative un sur vingt', { text: 'négative un sur vingt', value: -5, kind: 'percent', unit: '%' });
    expectSingle('négatif trois quarts', { text: 'négatif trois quarts', value: -75, kind: 'percent' });
  });
  it('reads a mixed fraction in words', () => expectSingle('cinq et un quart', { text: 'cinq et un quart', value: 5.25, kind: 'count' }));
  it('reads an improper fraction as a count', () => expectSingle('cent trente cinquièmes', { text: 'cent trente cinquièmes', value: 26, kind: 'count' }));
  it('marks « plus de la moitié » approx', () => expectSingle('plus de la moitié des personnes', { text: 'la moitié', value: 50, approx: true }));
});

describe('vague quantities', () => {
  it('reads « des milliers »', () => expectSingle('jette des milliers de produits', { text: 'des milliers', value: 1000, approx: true }));
  it('reads « des dizaines de milliers »', () => expectSingle('des dizaines de milliers de colis', { text: 'des dizaines de milliers', value: 10000, approx: true }));
  it('reads « une vingtaine »', () => expectSingle('une vingtaine de pays', { text: 'une vingtaine', value: 20, approx: true }));
  it('reads « une douzaine » as exactly 12', () => expectSingle('une douzaine', { text: 'une douzaine', value: 12, approx: false }));
  it('gives a vague amount its currency', () => expectSingle('des milliers d’euros', { text: 'des milliers d’euros', value: 1000, unit: 'EUR', approx: true }));
});
