import { describe, expect, it } from 'vitest';
import { expectSingleToken, forms } from './helpers.js';

describe('hyphenated compounds', () => {
  it('keeps compounds whole', () => {
    for (const word of ['Saône-et-Loire', 'e-commerce', 'Au-delà', 'peut-être', 'Bar-le-Duc', 'rendez-vous', 'Jean-Claude', 'COVID-19']) {
      expectSingleToken(`en ${word} aussi`, word, 'word', 3);
    }
  });

  it('keeps a compound with an inner elision whole', () => {
    expectSingleToken('Saint-Nicolas-d’Acy', 'Saint-Nicolas-d’Acy', 'word', 0);
  });
});

describe('inverted pronouns', () => {
  it('splits them off with their hyphen, as UD French does', () => {
    expect(forms('Pourquoi Amazon ne donne-t-il pas')).toEqual(['Pourquoi', 'Amazon', 'ne', 'donne', '-t-il', 'pas']);
    expect(forms('peuvent-elles')).toEqual(['peuvent', '-elles']);
    expect(forms('explique-t-il.')).toEqual(['explique', '-t-il', '.']);
    expect(forms('Est-ce')).toEqual(['Est', '-ce']);
    expect(forms('Allez-y')).toEqual(['Allez', '-y']);
    expect(forms('Rejoignez-nous !')).toEqual(['Rejoignez', '-nous', '!']);
    expect(forms('N’avez-vous')).toEqual(['N’', 'avez', '-vous']);
  });

  it('splits each of several pronouns', () => {
    expect(forms('donne-le-moi')).toEqual(['donne', '-le', '-moi']);
    expect(forms('va-t-on')).toEqual(['va', '-t-on']);
  });

  it('does not split a pronoun that is not last, nor a lexicalised compound', () => {
    expectSingleToken('Signy-le-Petit', 'Signy-le-Petit', 'word');
    expectSingleToken('un rendez-vous', 'rendez-vous', 'word');
    expectSingleToken('celle-ci', 'celle-ci', 'word');
  });
});
