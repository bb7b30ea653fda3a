import { describe, expect, it } from 'vitest';
import { expectSingle, triples } from './helpers.js';

describe('« un » before « cent » and « mille »', () => {
  it('reads « un cent-millième » as one hundred-thousandth', () =>
    expectSingle('un cent-millième de la population', { text: 'un cent-millième', value: 0.001, kind: 'percent', unit: '%' }));
  it('reads « un cent cinquième » as 1/105', () => expectSingle('un cent cinquième', { text: 'un cent cinquième', value: 100 / 105, unit: '%' }));
  it('does not read « un cent » as a hundred', () => expectSingle('pas un cent de plus', { text: 'un cent', value: 0.01, kind: 'money', unit: 'USD' }));
  it('still reads « vingt et un mille » and « cent un mille »', () =>
    expect(triples('vingt et un mille ou cent un mille')).toEqual([
      ['vingt et un mille', 21000, null],
      ['cent un mille', 101000, null],
    ]));
});

describe('hundreds counted from 17 to 19', () => {
  it('reads « dix-neuf cent quatre-vingt-quatre »', () => expectSingle('dix-neuf cent quatre-vingt-quatre', { text: 'dix-neuf cent quatre-vingt-quatre', value: 1984 }));
  it('reads « dix-sept cents euros »', () => expectSingle('dix-sept cents euros', { text: 'dix-sept cents euros', value: 1700, unit: 'EUR' }));
  it('reads no « vingt cents » hundreds', () => expectSingle('vingt cents', { text: 'vingt cents', value: 0.2, unit: 'USD' }));
});

describe('digits before number words', () => {
  it('reads « 3 cent mille euros » whole', () => expectSingle('3 cent mille euros', { text: '3 cent mille euros', value: 300000, unit: 'EUR' }));
  it('reads « 3 cent un »', () => expectSingle('3 cent un est un nombre', { text: '3 cent un', value: 301, kind: 'count' }));
  it('keeps « 3 cents » the currency', () => expectSingle('3 cents', { text: '3 cents', value: 0.03, unit: 'USD' }));
  it('keeps « 64,2 cents une douzaine » the currency', () =>
    expect(triples('64,2 cents une douzaine')).toEqual([
      ['64,2 cents', 0.642, 'USD'],
      ['une douzaine', 12, null],
    ]));
  it('reads « 3 mille milliards »', () => expectSingle('une dette de 3 mille milliards', { text: '3 mille milliards', value: 3e12 }));
  it('reads « 3 lakh crore de roupies »', () => expectSingle('3 lakh crore de roupies', { text: '3 lakh crore de roupies', value: 3e12, unit: 'INR' }));
  it('does not multiply a smaller scale after a larger one', () =>
    expect(triples('2 millions mille')).toEqual([
      ['2 millions', 2e6, null],
      ['mille', 1000, null],
    ]));
});
