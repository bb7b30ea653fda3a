import { describe, expect, it } from 'vitest';
import { expectNone, expectSingle, triples } from './helpers.js';

describe('units', () => {
  it('reads « pour cent »', () => expectSingle('vingt pour cent', { text: 'vingt pour cent', value: 20, unit: '%' }));
  it('reads a percentage point written with a decimal', () => expectSingle('recule de 0,6 point', { text: '0,6 point', value: 0.6, kind: 'percent', unit: '%' }));
  it('reads « pt », the abbreviation of a percentage point', () => expectSingle('la marge recule de 0,5 pt', { text: '0,5 pt', value: 0.5, kind: 'percent', unit: '%' }));
  it('reads « points de pourcentage »', () => expectSingle('2 points de pourcentage', { text: '2 points de pourcentage', value: 2, unit: '%' }));
  it('reads centimes as euros', () => expectSingle('une option à 10 centimes par produit', { text: '10 centimes par produit', value: 0.1, unit: 'EUR', per: 'produit' }));
  it('reads a currency before the number', () => expectSingle('un don de $75 millions', { text: '$75 millions', value: 75e6, unit: 'USD' }));
  it('reads « millions de dollars »', () => expectSingle('75 millions de dollars', { text: '75 millions de dollars', value: 75e6, unit: 'USD', kind: 'money' }));
  it('reads Swiss francs', () => expectSingle('10000 francs suisses', { text: '10000 francs suisses', value: 10000, unit: 'CHF' }));
  it('keeps a rate', () => expectSingle('jusqu’à 1 500 euros par mois.', { text: '1 500 euros par mois', value: 1500, per: 'mois', approx: true }));
  it('reads minutes', () => expectSingle('de l’ordre de 10 minutes', { text: '10 minutes', value: 10, kind: 'duration', unit: 'min', approx: true }));
  it('reads an abbreviated minute with its dot', () => expectSingle('Le Journal / 1 min. / le 8 février 2016', { text: '1 min.', value: 1, unit: 'min' }));
  it('reads years as a duration', () => expectSingle('pendant trois ans', { text: 'trois ans', value: 3, unit: 'yr' }));
  it('reads a period past « derniers », « prochaines »', () => {
    expectSingle('sur les six derniers mois', { text: 'six derniers mois', value: 6, kind: 'duration', unit: 'mo' });
    expectSingle('dans les 5 prochaines années', { text: '5 prochaines années', value: 5, kind: 'duration', unit: 'yr' });
  });
  it('keeps a count past « premiers » when no unit of time follows', () => expectSingle('les 10 premiers matchs', { text: '10', value: 10, kind: 'count' }));
  it('reads square metres', () => expectSingle('à 660 mètres carrés', { text: '660 mètres carrés', value: 660, unit: 'm²' }));
  it('reads a unit after a hyphen', () => expectSingle('une période 2,5-km de', { text: '2,5-km', value: 2.5, unit: 'km' }));
  it('reads kWh', () => expectSingle('il consomme 3 500 kWh', { text: '3 500 kWh', value: 3500, unit: 'kWh' }));
  it('reads degrees Celsius', () => expectSingle('il fait 24 °C', { text: '24 °C', value: 24, unit: '°C' }));
  it('does not read « livres » as pounds', () => expectSingle('il a vendu 3 millions de livres', { text: '3 millions', value: 3e6, unit: null }));
  it('reads « livres » as pounds in a sentence about money', () =>
    expectSingle('Son résultat d’exploitation a atteint 361 millions de livres', { text: '361 millions de livres', value: 361e6, kind: 'money', unit: 'GBP' }));
  it('reads « un livre » as a book even there', () => expectNone('un livre sur la fraude fiscale'));
  it('reads « livres » as books in the next sentence', () =>
    expectSingle('Son bénéfice a doublé. Il a vendu 3 millions de livres.', { text: '3 millions', value: 3e6, unit: null }));
});

describe('ranges, bounds and elided units', () => {
  it('reads no range between amounts in different units', () =>
    expect(triples('Le chiffre a progressé de 9,4 % à 574,8 milliards de dollars.')).toEqual([
      ['9,4 %', 9.4, '%'],
      ['574,8 milliards de dollars', 574.8e9, 'USD'],
    ]));
  it('gives both bounds of « entre ... et » the unit', () => expect(triples('entre 50 et 80 % des ventes')).toEqual([
    ['50', 50, '%'],
    ['80 %', 80, '%'],
  ]));
  it('gives the first bound the scale and currency', () => expect(triples('le chiffre est passé de 2,5 à 4 Md$')).toEqual([
    ['2,5', 2.5e9, 'USD'],
    ['4 Md$', 4e9, 'USD'],
  ]));
  it('carries a currency stated earlier in the sentence', () => expect(triples('Un chiffre de 19,7 milliards de dollars et un bénéfice de 5,7 milliards.')).toEqual([
    ['19,7 milliards de dollars', 19.7e9, 'USD'],
    ['5,7 milliards', 5.7e9, 'USD'],
  ]));
  it('does not carry a currency over a sentence end', () => expect(triples('Il vaut 19,7 milliards de dollars. Il compte 5,7 milliards.')).toEqual([
    ['19,7 milliards de dollars', 19.7e9, 'USD'],
    ['5,7 milliards', 5.7e9, null],
  ]));
  it('marks « près de » approx', () => expectSingle('près de 40 %', { text: '40 %', value: 40, approx: true }));
  it('marks « plus de » approx', () => expectSingle('plus de 3 sites', { text: '3', value: 3, approx: true }));
  it('keeps « surplus de » exact', () => expectSingle('un surplus de 3 tonnes', { text: '3 tonnes', value: 3, approx: false }));
});

describe('rates and bounds written around the amount', () => {
  it('keeps the rate past « brut », « net », « HT »', () => {
    expectSingle('un salaire de 2 500 euros brut par mois', { text: '2 500 euros brut par mois', value: 2500, unit: 'EUR', per: 'mois' });
    expectSingle('un loyer de 300 € HT / mois', { text: '300 € HT / mois', value: 300, per: 'mois' });
  });
  it('reads « à peine » and « tout juste » as bounds', () => {
    expectSingle('à peine 3 % des ventes', { text: '3 %', value: 3, approx: true });
    expectSingle('tout juste 12 000 salariés', { text: '12 000', value: 12000, approx: true });
  });
});
