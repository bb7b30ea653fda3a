import { describe, it } from 'vitest';
import { testNoEntity, testSingleEntity } from './helpers.js';

describe('sentence-case institution names', () => {
  it('a head noun, adjectives and complements in lower case', () => {
    testSingleEntity('Il joue dans la Ligue nationale de hockey depuis 2019.', 'Ligue nationale de hockey', 'ORG');
    testSingleEntity("Il rejoint le Parti de la révolution démocratique l'an dernier.", 'Parti de la révolution démocratique', 'ORG');
    testSingleEntity("L'Union pour un mouvement populaire gagne.", 'Union pour un mouvement populaire', 'ORG');
  });

  it('wins over a known place inside it', () => {
    testSingleEntity("L'Office national du film du Canada produit le film.", 'Office national du film du Canada', 'ORG');
    testNoEntity("L'Office national du film du Canada produit le film.", 'Canada');
  });

  it('stops before a verb that shares the endings of adjectives', () => {
    testSingleEntity("L'Association des nations océaniques recommande à ses membres de voter.", 'Association des nations océaniques', 'ORG');
    testSingleEntity('La Compagnie perpétuelle des Indes entraine sa chute.', 'Compagnie perpétuelle des Indes', 'ORG');
  });

  it('stops before an infinitive and a known organisation', () => {
    testSingleEntity('Le texte permet à la Commission de sanctionner Amazon.', 'Amazon', 'ORG');
    testNoEntity('Le texte permet à la Commission de sanctionner Amazon.', 'Commission de sanctionner Amazon');
    testSingleEntity("Le Conseil d'administration de Vivendi se réunit.", 'Vivendi', 'ORG', ['Vivendi']);
  });

  it('joins complements by « et » and a place by « en »', () => {
    const text = "L'Organisation pour la Sécurité et la Coopération en Europe (OSCE) observe le scrutin.";
    testSingleEntity(text, 'Organisation pour la Sécurité et la Coopération en Europe', 'ORG', ['Organisation pour la Sécurité et la Coopération en Europe', 'OSCE']);
    testSingleEntity('Le Parlement européen et les présidents des pays ont voté.', 'Parlement européen', 'ORG', ['Parlement européen']);
  });

  it('takes no person after a complement', () => {
    const text = 'Selon le premier président de la Cour de cassation Jean-François Burgelin, tout va bien.';
    testSingleEntity(text, 'Cour de cassation', 'ORG');
    testSingleEntity(text, 'Jean-François Burgelin', 'PER');
  });

  it('leaves a longer known name to the gazetteer', () => {
    testSingleEntity("La Cour de justice de l'Union européenne a tranché.", "Cour de justice de l'Union européenne", 'ORG');
  });

  it('takes a name in apposition and hyphenated words', () => {
    testSingleEntity('Elle est soignée au Centre médical Cedars-Sinai.', 'Centre médical Cedars-Sinai', 'ORG');
    testSingleEntity("L'Union européenne de radio-télévision diffuse le concours.", 'Union européenne de radio-télévision', 'ORG');
  });
});

describe('places named like institutions', () => {
  it('a capitalised geographic head with complements and adjectives', () => {
    testSingleEntity('Il part de la Gare de Lyon ce soir.', 'Gare de Lyon', 'LOC', ['Gare de Lyon']);
    testSingleEntity('Il neige sur le Massif central.', 'Massif central', 'LOC');
    testSingleEntity('La fête a lieu sur la Plaza Mayor de Madrid.', 'Plaza Mayor de Madrid', 'LOC');
  });
});

describe('known names next to other words', () => {
  it('a given name makes a person of a one-word company name', () => {
    testSingleEntity('Le film avec Harrison Ford est sorti.', 'Harrison Ford', 'PER');
    testSingleEntity('Martin Bouygues a cédé la présidence.', 'Martin Bouygues', 'PER');
  });

  it('a unit word extends a known organisation', () => {
    testSingleEntity('Orange Business Services signe un contrat.', 'Orange Business Services', 'ORG', ['Orange Business Services']);
    testSingleEntity("Amazon s'allie à Stellantis.", 'Amazon', 'ORG', ['Amazon']);
  });

  it('a unit word does not swallow a product', () => {
    testSingleEntity("L'assistant Amazon Alexa répond.", 'Alexa', 'PRODUCT');
  });

  it('a given name that is a known name is that name', () => {
    testSingleEntity("L'assistant Alexa Amazon répond.", 'Amazon', 'ORG');
  });

  it('a model name extends a known product', () => {
    testSingleEntity('Free a lancé la Freebox Ultra en janvier.', 'Freebox Ultra', 'PRODUCT');
    testSingleEntity('Samsung vend le Galaxy S24 Ultra depuis février.', 'Galaxy S24 Ultra', 'PRODUCT');
  });
});

describe('institutions whose head French writes in lower case', () => {
  it('reads « le ministère de l’Économie » and « le ministère des Armées » as organisations', () => {
    testSingleEntity("En France, le ministère de l'Économie a confié l'hébergement à Microsoft.", "ministère de l'Économie", 'ORG');
    testSingleEntity('Le ministère des Armées a commandé 20 drones.', 'ministère des Armées', 'ORG');
    testSingleEntity("Le ministère de l'Économie et des Finances a publié.", "ministère de l'Économie et des Finances", 'ORG');
  });
});
