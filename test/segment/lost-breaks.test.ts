import { describe, it } from 'vitest';
import { expectOneSentence, expectSentences } from './helpers.js';

describe('a capitalised common word after a lost line break', () => {
  it('starts a sentence after a heading that ends on a content word', () => {
    expectSentences('Ventes de livres en ligne Chiffres clés du marché en 2023', ['Ventes de livres en ligne', 'Chiffres clés du marché en 2023']);
  });

  it('starts a sentence after a closing bracket or a semicolon', () => {
    expectSentences('Entrepôts (2019-2022) Conditions de travail des salariés', ['Entrepôts (2019-2022)', 'Conditions de travail des salariés']);
    expectSentences('Trois sites ferment ; Grosse inquiétude chez les salariés.', ['Trois sites ferment ;', 'Grosse inquiétude chez les salariés.']);
  });

  it('but not inside a name introduced by the word before', () => {
    expectOneSentence('Il a rencontré le président Pierre Durand et la société Total à Paris.');
    expectOneSentence('La Nouvelle-Zélande a remporté la deuxième Coupe du monde de rugby.');
    expectOneSentence('Le siège de la future Banque centrale reste à choisir.');
    expectOneSentence('Je voudrais donc remercier Mme Durand pour son avis.');
  });

  it('nor at a brand or a surname that is also a frequent word', () => {
    expectOneSentence('Les clients des marques du groupe, dont Peugeot et Citroën, sont concernés.');
    expectOneSentence('L’an dernier, c’est Renault qui s’était associé à Google.');
  });
});

describe('labels, emoji and glued punctuation', () => {
  it('keeps a list or speaker label with the sentence it heads', () => {
    expectSentences('Les impôts baissent. (EN) Je vote pour ce rapport.', ['Les impôts baissent.', '(EN) Je vote pour ce rapport.']);
    expectSentences('Trois points. ii) La taxe foncière ;', ['Trois points.', 'ii) La taxe foncière ;']);
  });

  it('ends a sentence at an emoji or emoticon before a capital, not at one that opens it', () => {
    expectSentences('Livraison rapide ;) Le colis était intact.', ['Livraison rapide ;)', 'Le colis était intact.']);
    expectOneSentence('❓ Au-delà du e-commerce, la crainte d’une surveillance généralisée ❓');
  });

  it('does not end at a question mark glued to the punctuation after it', () => {
    expectOneSentence('Le film (Pourquoi ?/Comment !) sort demain.');
  });

  it('ends a sentence typed without its capital after a frequent four-letter word', () => {
    expectSentences('Les avis semblaient bons. très bon accueil.', ['Les avis semblaient bons.', 'très bon accueil.']);
    expectOneSentence('Voir chap. trois.');
  });
});

describe('headings in capitals, acronyms and dates', () => {
  it('starts a sentence at the edges of a run of words in capitals', () => {
    expectSentences('CONDITIONS DE CONSERVATION Tenir hors de la portée des enfants.', [
      'CONDITIONS DE CONSERVATION',
      'Tenir hors de la portée des enfants.',
    ]);
    expectSentences('Demandez conseil à votre pharmacien QUELLES SONT LES PRÉCAUTIONS', [
      'Demandez conseil à votre pharmacien',
      'QUELLES SONT LES PRÉCAUTIONS',
    ]);
  });

  it('but not at a single acronym', () => {
    expectOneSentence('Les trains de la SNCF Réseau circulent, selon la photo AFP Photo.');
  });

  it('starts a sentence at an elided opener before an acronym', () => {
    expectSentences('Insuffisance rénale L’ONU doit être saisie.', ['Insuffisance rénale', 'L’ONU doit être saisie.']);
    expectOneSentence('Un rapport DE L’ONU sur les entrepôts.');
  });

  it('starts a sentence at a capitalised common word after a year', () => {
    expectSentences('Paru le 22 juin 2002 Références des articles cités', ['Paru le 22 juin 2002', 'Références des articles cités']);
    expectOneSentence('Le magasin ouvert en 2002 Amazon Books a fermé.');
  });
});
