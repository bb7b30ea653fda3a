import { describe, expect, it } from 'vitest';
import { expectSingleToken, forms } from './helpers.js';

describe('numbers', () => {
  it('keeps a decimal comma and splits the percent sign', () => {
    expect(forms('47,8%')).toEqual(['47,8', '%']);
    expectSingleToken('soit 47,8 % du marché', '47,8', 'number', 5);
    expectSingleToken('soit 47,8 % du marché', '%', 'symbol', 10);
  });

  it('joins thousands groups after a space, a no-break or a narrow no-break space', () => {
    expectSingleToken('1 500 euros', '1 500', 'number', 0);
    expectSingleToken('40\u00a0000 salariés', '40\u00a0000', 'number', 0);
    expectSingleToken('1\u202f250\u202f000 colis', '1\u202f250\u202f000', 'number', 0);
  });

  it('only joins groups of exactly three digits after a short first group', () => {
    expect(forms('en 2021 500 postes')).toEqual(['en', '2021', '500', 'postes']);
    expect(forms('les 3 12 mois')).toEqual(['les', '3', '12', 'mois']);
    expect(forms('1 5000')).toEqual(['1', '5000']);
  });

  it('keeps the sign written with the number', () => {
    expectSingleToken('un recul de −5 %', '−5', 'number');
    expectSingleToken('soit +3,2 %', '+3,2', 'number');
    expectSingleToken('(-0,6 point)', '-0,6', 'number');
    expect(forms('5-0')).toEqual(['5-0']);
  });

  it('splits currency signs', () => {
    expect(forms('10€ et 5 $')).toEqual(['10', '€', 'et', '5', '$']);
  });

  it('keeps ordinals and numbers with units glued as one word, as UD French does', () => {
    expectSingleToken('le 1er janvier', '1er', 'word');
    expectSingleToken('le 21e siècle', '21e', 'word');
  });

  it('cuts clock times like UD French', () => {
    expect(forms('à 20h45')).toEqual(['à', '20', 'h', '45']);
    expect(forms('à 9h,')).toEqual(['à', '9', 'h', ',']);
  });

  it('keeps dotted thousands and decimal points', () => {
    expectSingleToken('1.000 emplois', '1.000', 'number');
    expectSingleToken('à 0.35 cts', '0.35', 'number');
  });
});
