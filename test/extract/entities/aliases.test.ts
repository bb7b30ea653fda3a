import { describe, expect, it } from 'vitest';
import { testSingleEntity } from './helpers.js';

describe('canonical names and aliases', () => {
  it('joins an acronym defined in parentheses to its long form', () => {
    const text = 'La Caisse nationale des retraites (CNR) a publié un rapport. Selon la CNR, le déficit se creuse.';
    const entity = testSingleEntity(text, 'Caisse nationale des retraites', 'ORG', ['Caisse nationale des retraites', 'CNR', 'CNR']);
    expect(entity.aliases).toEqual(['CNR']);
  });

  it('joins « X, acronyme de Y »', () => {
    const text = 'Le groupe vend aussi GCP, acronyme de Google Cloud Platform, aux entreprises.';
    testSingleEntity(text, 'Google Cloud Platform', 'ORG', ['GCP', 'Google Cloud Platform']);
  });

  it('knows the acronyms of the gazetteer', () => {
    const text = "Le Wall Street Journal l'a révélé. D'après le WSJ, l'affaire est grave.";
    const entity = testSingleEntity(text, 'Wall Street Journal', 'ORG');
    expect(entity.aliases).toEqual(['WSJ']);
  });

  it('merges a misspelling of a name of the same document', () => {
    const text = 'Le Wall Street Journal enquête. Un porte-parole a répondu au Wal Street Journal hier.';
    testSingleEntity(text, 'Wall Street Journal', 'ORG', ['Wall Street Journal', 'Wal Street Journal']);
  });

  it('gives a name in capitals its usual case', () => {
    const text = 'Photo prise au salon. ©AFP - MARIE DUPUIS';
    testSingleEntity(text, 'Marie Dupuis', 'PER', ['MARIE DUPUIS']);
  });

  it('treats a name without its accents as the same place', () => {
    const text = 'Il vit aux États-Unis. Mais aux Etats-Unis, tout coûte cher.';
    testSingleEntity(text, 'États-Unis', 'LOC', ['États-Unis', 'Etats-Unis']);
  });

  it("finds a person's surname alone after the full name", () => {
    const text = 'La chercheuse Claire Martin publie une étude. Pour Martin, rien ne change.';
    testSingleEntity(text, 'Claire Martin', 'PER', ['Claire Martin', 'Martin']);
  });

  it('knows group names', () => {
    testSingleEntity('La dépendance européenne aux GAFAM grandit.', 'GAFAM', 'ORG');
  });
});
