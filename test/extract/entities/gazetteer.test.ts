import { describe, it } from 'vitest';
import { testNoEntity, testSingleEntity } from './helpers.js';

describe('gazetteer', () => {
  it('finds companies, their longest name first', () => {
    testSingleEntity('Par sa division Amazon Web Services, la firme domine le cloud.', 'Amazon Web Services', 'ORG');
  });

  it('splits names joined by a hyphen', () => {
    testSingleEntity('Alliance Stellantis-Amazon : un camouflet.', 'Stellantis', 'ORG', ['Stellantis']);
  });

  it('finds French places generated from the official divisions', () => {
    testSingleEntity('Une usine ouvrira en Saône-et-Loire.', 'Saône-et-Loire', 'LOC');
  });

  it('finds country names in French', () => {
    testSingleEntity('Les vendeurs sont basés en Chine.', 'Chine', 'LOC');
  });

  it('finds a country whose adjective French writes in lower case, whole', () => {
    testSingleEntity("Le fonds souverain de l'Arabie saoudite investit en Europe.", 'Arabie saoudite', 'LOC', ['Arabie saoudite']);
    testSingleEntity('Le constructeur produit en République tchèque depuis 2005.', 'République tchèque', 'LOC', ['République tchèque']);
  });

  it('finds the world regions whole, not their continent alone', () => {
    testSingleEntity("Les ventes reculent en Afrique de l'Ouest cette année.", "Afrique de l'Ouest", 'LOC', ["Afrique de l'Ouest"]);
    testSingleEntity('Le groupe ouvre trois entrepôts en Asie du Sud-Est.', 'Asie du Sud-Est', 'LOC', ['Asie du Sud-Est']);
    // « Amérique » alone is the United States in the gazetteer: the region is another place
    testSingleEntity('Les migrants viennent surtout d\'Amérique centrale.', 'Amérique centrale', 'LOC', ['Amérique centrale']);
  });

  it('needs the capitals of a multi-word name (« le monde » is not Le Monde)', () => {
    testNoEntity('Tout le monde selon lui en parle. Le monde change.', 'Le Monde');
  });

  it('matches a short acronym only in capitals', () => {
    testNoEntity("Une cia de théâtre, écrit-on en Espagne.", 'cia');
  });

  it('knows products', () => {
    testSingleEntity("Ils utilisent l'assistant vocal Alexa.", 'Alexa', 'PRODUCT');
  });
});

describe('gazetteer look-ups by the shape of the second word', () => {
  it('still finds a longer name, and a shorter one when the second word matches none', () => {
    testSingleEntity('Il lit Le Monde diplomatique chaque mois.', 'Le Monde diplomatique', 'ORG');
    testSingleEntity('Il lit Le Monde chaque matin.', 'Le Monde', 'ORG', ['Le Monde']);
    testSingleEntity('Il regarde France 24 et France Inter.', 'France 24', 'ORG');
    testSingleEntity('Il vit en France depuis 2010.', 'France', 'LOC');
  });
});
