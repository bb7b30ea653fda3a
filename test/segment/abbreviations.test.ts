import { describe, it } from 'vitest';
import { expectOneSentence, expectSentences } from './helpers.js';

describe('abbreviations and initials do not end a sentence', () => {
  it('titles and common abbreviations', () => {
    expectOneSentence('M. Bezos a rencontré Mme Durand et le Dr. Martin.');
    expectOneSentence('Voir p. ex. le chap. 3, cf. la note, env. 40 pages.');
    expectOneSentence('Fondée vers 52 av. J.-C. par les Romains, la ville grandit.');
    expectOneSentence('La Cie. des Indes et St. Martin.');
  });

  it('initials', () => {
    expectOneSentence('Le Seigneur des anneaux de J. R. R. Tolkien est un classique.');
    expectOneSentence('J.-P. Raffarin était là.');
  });

  it('decimal numbers', () => {
    expectOneSentence('La part atteint 47.8 points, soit 0,5 de plus.');
  });

  it('but « etc. » closes a sentence before a capital', () => {
    expectSentences('Des livres, des jouets, etc. Le reste est détruit.', ['Des livres, des jouets, etc.', 'Le reste est détruit.']);
    expectOneSentence('Des livres, des jouets, etc. sont détruits.');
  });
});
