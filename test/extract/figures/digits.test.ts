import { describe, expect, it } from 'vitest';
import { expectNone, expectSingle, triples } from './helpers.js';

describe('numbers written with digits', () => {
  it('reads a decimal comma and a percent sign', () => expectSingle('avec 47,8% de parts', { text: '47,8%', value: 47.8, kind: 'percent', unit: '%' }));
  it('reads thousands grouped by a no-break space', () => expectSingle('jusqu\u2019à 1\u00a0500 euros.', { text: '1\u00a0500 euros', value: 1500, unit: 'EUR', approx: true }));
  it('reads thousands grouped by a narrow no-break space', () => expectSingle('soit 40\u202f000 salariés', { text: '40\u202f000', value: 40000, kind: 'count' }));
  it('reads thousands grouped by dots with a decimal comma', () => expectSingle('les 1.458.000,00 tonnes', { text: '1.458.000,00 tonnes', value: 1458000, unit: 't' }));
  it('keeps a minus sign', () => expectSingle('un recul de −5 % sur l’année', { text: '−5 %', value: -5, unit: '%' }));
  it('keeps a plus sign', () => expectSingle('une hausse de +3,2 %', { text: '+3,2 %', value: 3.2 }));
  it('does not read a dash after a word as a sign', () => expectSingle('la Covid a tué 3 personnes', { text: '3', value: 3 }));
  it('expands a scale word', () => expectSingle('6 millions de clients', { text: '6 millions', value: 6e6, kind: 'count', unit: null }));
  it('expands a decimal scale', () => expectSingle('un budget de 1,5 milliard', { text: '1,5 milliard', value: 1.5e9 }));
  it('expands a scale abbreviation before a currency', () => expectSingle('il pèse 4 Md$ en bourse', { text: '4 Md$', value: 4e9, unit: 'USD' }));
  it('reads « et demi » after a scale', () => expectSingle('La population est de 3 millions et demi', { text: '3 millions et demi', value: 3.5e6 }));
  it('reads a mixed fraction', () => expectSingle('il faut 10 1/2 mile de câble', { text: '10 1/2 mile', value: 10.5, unit: 'mi' }));
  it('reads an exponent', () => expectSingle('soit 12,32e+14', { text: '12,32e+14', value: 1.232e15 }));
  it('splits numbers that are not grouped by three', () => expect(triples('423 0000')).toEqual([['423', 423, null], ['0000', 0, null]]));
});

describe('digits that are not figures', () => {
  it('skips footnote markers', () => expectNone('le « cloud » [2] et les données [13].'));
  it('skips years', () => expectNone('avec des parts de marché en 2018.'));
  it('skips a year after a comma', () => expectNone('(Le Cherche midi éditeur, 2019)'));
  it('skips calendar dates', () => expectNone('datée du 14 avril 2021, le journal'));
  it('skips a weekday and day', () => expectNone('une action la samedi 30 janvier contre'));
  it('skips decades', () => expectNone('depuis les années 2010'));
  it('skips centuries', () => expectNone('le pétrole du 21e siècle'));
  it('skips quarters', () => expectNone('au T3 2021'));
  it('skips episode numbers', () => expectNone('[⛔️ Stop Amazon - Episode 4 ⛔️]'));
  it('skips list bullets', () => expectNone('  • 1 Numerama+ contribue à offrir'));
  it('reads an amount that opens a list item', () => {
    expectSingle('- 300 M€ consacrés à la modernisation du réseau ;', { text: '300 M€', value: 300e6, unit: 'EUR' });
    expectSingle('• 45 % des salariés sont concernés', { text: '45 %', value: 45, unit: '%' });
  });
  it('skips numbered list items', () => expectNone('\n1. Introduction'));
  it('skips URLs', () => expectNone('https://www.facebook.com/events/3838455566188842/?active_tab=about'));
  it('skips e-mail addresses', () => expectNone('écrire à jean.dupont75@example.fr'));
  it('skips hashtags', () => expectNone('avec #Amazon2021'));
  it('skips identifiers', () => expectNone('un Airbus A320 et la COVID-19'));
  it('skips the number that ends a name written mid-sentence', () => {
    expectSingle('plus de 80 % des entreprises du CAC 40 utilisent nos services', { text: '80 %', value: 80 });
    expectNone('le PSG joue en Ligue 1 et les Jeux de Paris 2024 approchent');
  });
  it('keeps a number after a name when a unit, a percent or a plural noun follows it', () => {
    expect(triples('Microsoft 24 %, Google 11 %')).toEqual([['24 %', 24, '%'], ['11 %', 11, '%']]);
    expectSingle('En France 300 salariés sont concernés', { text: '300', value: 300 });
  });
  it('skips phone numbers', () => expectNone('appelez le 01 23 45 67 89 ou le +33 6 12 34 56 78'));
  it('skips times of day', () => expectNone('rendez-vous à 14h30 ou à 20:00'));
  it('skips slash dates', () => expectNone('le 17/05/2018'));
  it('skips dotted codes and IP addresses', () => expectNone('la version 2.3.1 sur 192.168.1.2'));
});
