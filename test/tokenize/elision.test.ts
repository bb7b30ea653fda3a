import { describe, expect, it } from 'vitest';
import { expectNoToken, expectSingleToken, forms } from './helpers.js';

describe('elisions', () => {
  it('splits after a straight or typographic apostrophe', () => {
    expect(forms("l'entreprise")).toEqual(["l'", 'entreprise']);
    expect(forms('l’entreprise')).toEqual(['l’', 'entreprise']);
    expect(forms("qu'il d'Amazon n'a s'est")).toEqual(["qu'", 'il', "d'", 'Amazon', "n'", 'a', "s'", 'est']);
    expect(forms('jusqu’à lorsqu’elle puisqu’on')).toEqual(['jusqu’', 'à', 'lorsqu’', 'elle', 'puisqu’', 'on']);
  });

  it('splits capitalised elisions', () => {
    expect(forms('L’entrepôt C’est J’ai Qu’est')).toEqual(['L’', 'entrepôt', 'C’', 'est', 'J’', 'ai', 'Qu’', 'est']);
  });

  it('keeps words whose apostrophe is not an elision whole', () => {
    expectSingleToken("aujourd'hui", "aujourd'hui", 'word', 0);
    expectSingleToken('d’aujourd’hui', 'aujourd’hui', 'word', 2);
    expectSingleToken("Il y a quelqu'un", "quelqu'un", 'word', 7);
    expectSingleToken('le conseil des prud’hommes', 'prud’hommes', 'word');
    expectSingleToken("O'Hara", "O'Hara", 'word');
    expectSingleToken('presqu’île', 'presqu’île', 'word');
  });

  it('keeps a name that starts with « N’ » whole, not the elided « ne »', () => {
    expectSingleToken('Le milieu N’Golo Kanté', 'N’Golo', 'word');
    expectSingleToken("à N'Djaména", "N'Djaména", 'word');
    expect(forms("N'hésitez pas")).toEqual(["N'", 'hésitez', 'pas']);
    expect(forms("N'EST")).toEqual(["N'", 'EST']);
  });

  it('keeps « l’on » and « c’est-à-dire » whole, as UD French does', () => {
    expectSingleToken("que l'on voit", "l'on", 'word');
    expect(forms("l'onde")).toEqual(["l'", 'onde']);
    expectSingleToken('c’est-à-dire', 'c’est-à-dire', 'word');
  });

  it('leaves a lone quote mark as punctuation', () => {
    expect(forms("les 'bullshitter'")).toEqual(['les', "'", 'bullshitter', "'"]);
    expectNoToken("les 'bullshitter'", "bullshitter'");
  });
});
