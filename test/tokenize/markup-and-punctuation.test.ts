import { describe, expect, it } from 'vitest';
import { expectSingleToken, forms } from './helpers.js';

describe('bracketed markers', () => {
  it('reads forum markup tags as tokens of their own', () => {
    const text = '[rouge]« On dit souvent »[/rouge] dit-il';
    expect(forms(text)).toEqual(['[rouge]', '«', 'On', 'dit', 'souvent', '»', '[/rouge]', 'dit', '-il']);
    expectSingleToken(text, '[rouge]', 'symbol', 0);
  });

  it('reads a footnote call as one token, so it is never taken for a figure', () => {
    expectSingleToken('selon Amazon » [4], le', '[4]', 'symbol', 15);
  });

  it('leaves an editorial insertion as brackets around words', () => {
    expect(forms('les données [personnelles] sont')).toEqual(['les', 'données', '[', 'personnelles', ']', 'sont']);
  });
});

describe('punctuation and symbols', () => {
  it('keeps ellipses and ?! runs whole', () => {
    expect(forms('Vraiment... Non… Quoi ?!')).toEqual(['Vraiment', '...', 'Non', '…', 'Quoi', '?!']);
  });

  it('splits guillemets and dashes', () => {
    expect(forms('« quasi-incontournable »')).toEqual(['«', 'quasi-incontournable', '»']);
    expect(forms('Amazon — le géant – a')).toEqual(['Amazon', '—', 'le', 'géant', '–', 'a']);
    expect(forms('avant--poursuit')).toEqual(['avant', '--', 'poursuit']);
  });

  it('keeps brand names with a plus or an ampersand', () => {
    expectSingleToken('rejoignez Numerama+.', 'Numerama+', 'word');
    expect(forms('• 1 Numerama+ contribue')).toEqual(['•', '1', 'Numerama+', 'contribue']);
    expectSingleToken('Toute la R&D des algorithmes', 'R&D', 'word');
    expect(forms('1 + 1')).toEqual(['1', '+', '1']);
  });

  it('reads abbreviations, initials and dotted acronyms with their period', () => {
    expect(forms('M. Bezos et J. R. R. Tolkien')).toEqual(['M.', 'Bezos', 'et', 'J.', 'R.', 'R.', 'Tolkien']);
    expect(forms("résumés par l'I.A, contenus")).toEqual(['résumés', 'par', "l'", 'I.A', ',', 'contenus']);
    expect(forms('etc. Fin.')).toEqual(['etc.', 'Fin', '.']);
    expect(forms('en 52 av. J.-C.')).toEqual(['en', '52', 'av.', 'J.-C.']);
  });
});
