import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim } from './helpers.js';

describe('ranks that count steps in time', () => {
  it.each([
    'Le troisième jour de la grève, les salariés sont partis.',
    'Macron arrive en tête au premier tour.',
    'La deuxième édition du salon a ouvert.',
    'Dès la première semaine, les commandes affluent.',
    'Amazon a ouvert en France la première région de son cloud en 2017.',
    'Le groupe a inauguré son deuxième entrepôt à Lyon.',
    'Le marché de la publicité numérique voit monter un troisième acteur.',
    "Il s'agit de la première hausse depuis 2021.",
  ])('make no claim: %s', (text) => {
    expect(claimsOf(text).filter((claim) => claim.kind === 'rank')).toEqual([]);
  });

  it('keep ranks among peers and counts of occurrences', () => {
    expectClaim('Amazon est le premier employeur privé de France.', 'premier', { kind: 'rank', value: 1, subject: 'Amazon' });
    expectClaim('Amazon est le deuxième employeur privé de France.', 'deuxième', { kind: 'rank', value: 2, subject: 'Amazon' });
    expectClaim('Amazon, qui a ouvert dix entrepôts, est devenu le premier employeur privé de la région.', 'premier', { kind: 'rank', value: 1 });
    expectClaim("C'est la troisième fois que la Commission sanctionne Amazon.", 'troisième', { kind: 'rank', value: 3 });
  });

  it('leave the other figures of the sentence alone', () => {
    expectClaim('Macron arrive en tête au premier tour avec 24 % des voix.', '24 %', { value: 24 });
  });

  it('gives a rank in apposition to a name, and what comes with it, to that name', () => {
    const text = 'Amazon conforte sa place de numéro un, loin devant Cdiscount, deuxième avec 7 %, et Leclerc, troisième.';
    expectClaim(text, 'deuxième', { kind: 'rank', subject: 'Cdiscount' });
    expectClaim(text, '7 %', { subject: 'Cdiscount' });
    expectClaim(text, 'troisième', { subject: 'Leclerc' });
    // a name before a comma owns no other figure (« Selon Kantar, 30 % … »)
    expectClaim('Selon Kantar, 30 % des Français achètent sur Amazon.', '30 %', { subject: null });
  });

  it('gives the rank a verb of ranking gives its object to that object', () => {
    const text = 'Le cabinet Gartner classe AWS au premier rang des fournisseurs de cloud pour la douzième année consécutive.';
    expectClaim(text, 'premier', { kind: 'rank', subject: 'Amazon Web Services' });
  });
});
