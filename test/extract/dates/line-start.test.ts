import { describe, it } from 'vitest';
import { testResults } from './helpers.js';

// Dates are read over a whole article: a paragraph opening on a date starts a new line, and the
// line break before a date's first word is outside it (only one inside a date splits it).
describe('a date opening a line', () => {
  it('is read as in mid-line', () => {
    testResults('Titre\nAvant-hier, le texte a été voté.', '2024-10-15', [['Avant-hier', '2024-10-13']]);
    testResults('Titre\nAprès-demain, le texte sera voté.', '2024-10-15', [['Après-demain', '2024-10-17']]);
    testResults('Titre\nDans deux ans, le site fermera.', '2024-10-15', [['Dans deux ans', '2026']]);
    testResults('Titre\nMars 2020 : le confinement commence.', null, [['Mars 2020', '2020-03']]);
    testResults('Titre\n1er janvier 2025 : entrée en vigueur.', null, [['1er janvier 2025', '2025-01-01']]);
    testResults('Titre\nPremier trimestre 2024 : les ventes progressent.', null, [['Premier trimestre 2024', '2024']]);
    testResults('Titre\nAnnées 1990 : la bulle internet.', null, [['Années 1990', '199']]);
    testResults('Titre\nDeux semaines plus tard, le texte est voté.', '2024-10-15', [['Deux semaines plus tard', null]]);
  });

  it('still never spans a line break', () => {
    testResults('Le chiffre est de 15\nmars 2020 : le confinement.', null, [['mars 2020', '2020-03']]);
    testResults('Il a gagné en\n2020 : rien.', null, []);
    testResults('Il y a deux\nans, rien.', '2024-10-15', []);
    testResults('Le texte a été voté avant\nhier soir.', '2024-10-15', [['hier', '2024-10-14']]);
  });
});
