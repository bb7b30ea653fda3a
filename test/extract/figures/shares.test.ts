import { describe, it } from 'vitest';
import { expectNone, expectSingle } from './helpers.js';

describe('a share of a scale with no number before it', () => {
  it('reads « un bon quart de million »', () => expectSingle('un bon quart de million de visiteurs', { text: 'quart de million', value: 250000, kind: 'count' }));
  it('reads « le tiers d’un milliard » in the currency after it', () =>
    expectSingle('le tiers d’un milliard de dollars', { text: 'tiers d’un milliard de dollars', value: 1e9 / 3, unit: 'USD' }));
  it('reads « un bon demi-million »', () => expectSingle('un bon demi-million d’euros', { text: 'demi-million d’euros', value: 500000, unit: 'EUR' }));
  it('still reads the numerator when there is one', () => expectSingle('trois quarts de million', { text: 'trois quarts de million', value: 750000 }));
  it('reads no scale in « quart de finale »', () => expectNone('il perd en quart de finale'));
  it('takes no share of « des millions »', () => expectSingle('le quart des millions de colis', { text: 'des millions', value: 1e6, approx: true }));
});

describe('a share of a unit', () => {
  it('reads « un quart d’heure » as a duration, not 25 %', () => expectSingle('un quart d’heure plus tard', { text: 'un quart d’heure', value: 0.25, kind: 'duration', unit: 'h' }));
  it('reads « trois quarts d’heure »', () => expectSingle('trois quarts d’heure', { text: 'trois quarts d’heure', value: 0.75, unit: 'h' }));
  it('reads an ordinal share: « quatre centièmes de seconde »', () =>
    expectSingle('à quatre centièmes de seconde du record', { text: 'quatre centièmes de seconde', value: 0.04, unit: 's' }));
  it('reads « un quart de point » as a quarter of a percentage point', () =>
    expectSingle('la BCE relève ses taux d’un quart de point', { text: 'un quart de point', value: 0.25, kind: 'percent', unit: '%' }));
  it('reads « le dernier quart d’heure » without a numerator', () => expectSingle('le dernier quart d’heure de jeu', { text: 'quart d’heure', value: 0.25, unit: 'h' }));
  it('keeps a share of people a percentage', () => expectSingle('un quart des salariés', { text: 'un quart', value: 25, unit: '%' }));
  it('keeps a share of a plural a percentage (« un tiers de points de vente »)', () => expectSingle('un tiers de points de vente', { text: 'un tiers', value: 100 / 3, unit: '%' }));
  it('does not read « un quart de livre » as pounds', () => expectSingle('un quart de livre', { text: 'un quart', value: 25, unit: '%' }));
});

describe('« demi- » before a unit', () => {
  it('reads « une demi-heure »', () => expectSingle('une demi-heure de retard', { text: 'une demi-heure', value: 0.5, kind: 'duration', unit: 'h' }));
  it('reads « un demi-litre »', () => expectSingle('boire un demi-litre de soda', { text: 'un demi-litre', value: 0.5, unit: 'L' }));
  it('reads « un demi-point » as half a percentage point', () => expectSingle('un demi-point de croissance', { text: 'un demi-point', value: 0.5, unit: '%' }));
  it('reads nothing in « demi-finale » or « demi-tour »', () => expectNone('la demi-finale, puis un demi-tour'));
});

describe('« et demi », « et quart » after a unit', () => {
  it('reads « deux ans et demi »', () => expectSingle('pendant deux ans et demi', { text: 'deux ans et demi', value: 2.5, unit: 'yr' }));
  it('reads « une heure et quart »', () => expectSingle('une heure et quart de route', { text: 'une heure et quart', value: 1.25, unit: 'h' }));
  it('reads it after digits and a subunit', () => expectSingle('3 centimes et demi', { text: '3 centimes et demi', value: 0.035, unit: 'EUR' }));
  it('does not take « demi- » of a compound (« et demi-frère »)', () => expectSingle('deux ans et demi-frère', { text: 'deux ans', value: 2, unit: 'yr' }));
  it('adds nothing to a percentage', () => expectSingle('10 % et demi', { text: '10 %', value: 10, unit: '%' }));
  it('adds no half unit after a scale', () => expectSingle('6 millions de dollars et demi', { text: '6 millions de dollars', value: 6e6, unit: 'USD' }));
});

describe('shares told roughly', () => {
  it('reads « un bon tiers », « une bonne moitié » as approximate shares', () => {
    expectSingle('un bon tiers des clients', { text: 'un bon tiers', value: 100 / 3, unit: '%', approx: true });
    expectSingle('une bonne moitié des ventes', { text: 'une bonne moitié', value: 50, unit: '%', approx: true });
    expectSingle('la moitié des ventes', { text: 'la moitié', value: 50, approx: false });
  });
});

