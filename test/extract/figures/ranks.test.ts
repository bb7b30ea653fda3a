import { describe, it } from 'vitest';
import { expectNone, expectSingle } from './helpers.js';

describe('ranks', () => {
  it('reads « 6ème »', () => expectSingle('le 6ème groupe mondial', { text: '6ème', value: 6, kind: 'rank', unit: null }));
  it('reads « 1er »', () => expectSingle('le 1er constructeur', { text: '1er', value: 1, kind: 'rank' }));
  it('reads a superscript ordinal', () => expectSingle('le 6ᵉ groupe', { text: '6ᵉ', value: 6, kind: 'rank' }));
  it('reads « numéro un »', () => expectSingle('le site numéro un du commerce', { text: 'numéro un', value: 1, kind: 'rank' }));
  it('reads word ordinals', () => expectSingle('Le vingt et unième jour', { text: 'vingt et unième', value: 21, kind: 'rank' }));
  it('reads « premier » in a ranking', () => expectSingle('le premier groupe mondial', { text: 'premier', value: 1, kind: 'rank' }));
  it('skips « premier » meaning first', () => expectNone('aux premières revendications'));
  it('reads the singular « premier » after a determiner as the ordinal, like « troisième »', () => {
    expectSingle('Amazon est le premier employeur privé de France.', { text: 'premier', value: 1, kind: 'rank' });
    expectSingle('AWS conserve sa première place.', { text: 'première', value: 1, kind: 'rank' });
    expectSingle('un billet de première classe', { text: 'première', value: 1, kind: 'rank' });
    expectSingle('Elle a choisi le premier.', { text: 'premier', value: 1, kind: 'rank' });
  });
  it('skips « premier » as a title, in fixed phrases, after a noun or an indefinite', () => {
    expectNone('Le Premier ministre a parlé.');
    expectNone('la première dame');
    expectNone('En premier lieu, il faut voir.');
    expectNone('un acteur de premier plan');
    expectNone('des produits de première nécessité');
    expectNone('Au premier abord, rien.');
    expectNone('Premier constat : rien.');
    expectNone('Les matières premières coûtent cher.');
    expectNone('dans un premier temps');
  });
  it('skips a capitalised ordinal that starts a name', () => {
    expectNone('pendant la Première Guerre mondiale');
    expectNone('sous la Cinquième République');
    expectNone('le Troisième Reich');
  });
  it('still reads a capitalised ordinal that starts the sentence', () => expectSingle('Troisième du classement, Amazon recule.', { text: 'Troisième', value: 3 }));
  it('skips a century', () => expectNone('le 21e siècle'));
  it('skips the first of a month', () => expectNone('le 1er janvier'));
  it('reads « un troisième mandat » as a rank, not a third', () => expectSingle('réélu pour un troisième mandat', { text: 'troisième', value: 3, kind: 'rank' }));
  it('still reads « un tiers » and « un vingt-troisième » as shares', () => {
    expectSingle('un tiers des voix', { text: 'un tiers', value: 100 / 3, unit: '%' });
    expectSingle('un vingt-troisième', { text: 'un vingt-troisième', value: 100 / 23, unit: '%' });
  });
});
