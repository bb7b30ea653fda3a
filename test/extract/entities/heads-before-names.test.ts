import { describe, expect, it } from 'vitest';
import { entitiesOf, testSingleEntity } from './helpers.js';

const found = (text: string): string[][] => entitiesOf(text).map((entity) => [entity.canonical, entity.label]);

describe('a word that stands before a person’s name in a run of capitals', () => {
  it('a noun of nationality after an article is no part of the name', () => {
    const text = "Le sprint a été remporté par le Français Théo Vardanel devant l'Italienne Chiara Bellosi.";
    expect(found(text)).toEqual([
      ['Théo Vardanel', 'PER'],
      ['Chiara Bellosi', 'PER'],
    ]);
  });

  it('the acronym of a party or a body is a name of its own', () => {
    expect(found('La sénatrice PS Claire Mondeville a déposé un amendement.')).toEqual([
      ['PS', 'ORG'],
      ['Claire Mondeville', 'PER'],
    ]);
    expect(found('Le président de la FNSEA Arnaud Rousselin a répondu.')).toEqual([
      ['FNSEA', 'ORG'],
      ['Arnaud Rousselin', 'PER'],
    ]);
  });

  it('the head of an organisation named after a person keeps the name whole', () => {
    testSingleEntity('La Fondation Louis Verdanne finance le projet.', 'Fondation Louis Verdanne', 'ORG');
  });
});
