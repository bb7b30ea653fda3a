import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim } from './helpers.js';

// Paragraphs written for these tests in the style of French business news, not from the corpus.
const RESULTS = `Amazon a annoncé jeudi un chiffre d'affaires de 143,1 milliards de dollars pour le troisième trimestre 2023, en hausse de 13 % sur un an.

« Nous avons continué à réduire nos coûts », a déclaré Andy Jassy, le PDG du groupe. Selon le cabinet Synergy Research, AWS détenait environ 32 % du marché mondial du cloud au troisième trimestre, contre 23 % pour Microsoft Azure et 10 % pour Google Cloud.

En France, Amazon emploie plus de 20 000 salariés en CDI, selon l'entreprise. Le groupe prévoit d'investir 1,2 milliard d'euros dans l'Hexagone en 2024.`;

describe('claims in unseen news', () => {
  it('reads a results paragraph', () => {
    expectClaim(RESULTS, '143,1 milliards de dollars', { subject: 'Amazon', metric: "chiffre d'affaires", time: '2023', value: 143.1e9, unit: 'USD' }, '2023-10');
    expectClaim(RESULTS, '13 %', { subject: 'Amazon', metric: 'croissance' }, '2023-10');
  });

  it('does not take the period of a change for a claim (« sur un an »)', () => {
    expect(claimsOf(RESULTS, '2023-10').map((claim) => claim.text)).not.toContain('un an');
  });

  it('gives each market share its own company and the source that states it', () => {
    expectClaim(RESULTS, '32 %', { subject: 'Amazon Web Services', metric: 'part de marché', attribution: 'Synergy Research', modality: 'hedged' }, '2023-10');
    expectClaim(RESULTS, '23 %', { subject: 'Microsoft', metric: 'part de marché', modality: 'reported' }, '2023-10');
    expectClaim(RESULTS, '10 %', { subject: 'Google Cloud', metric: 'part de marché' }, '2023-10');
  });

  it('reads « En France, Amazon … » as a subject, « selon l\'entreprise » and « le groupe » as Amazon', () => {
    expectClaim(RESULTS, '20 000', { subject: 'Amazon', metric: 'salariés', attribution: 'Amazon', modality: 'reported' }, '2023-10');
    expectClaim(RESULTS, "1,2 milliard d'euros", { subject: 'Amazon', time: '2024' }, '2023-10');
  });

  it('gives a figure in parentheses the metric of the one it answers', () => {
    const text = "D'après Kantar, la part de marché de Carrefour en France s'établit à 19,6 %, derrière E.Leclerc (23,4 %).";
    expectClaim(text, '19,6 %', { subject: 'Carrefour', metric: 'part de marché', attribution: 'Kantar' });
    expectClaim(text, '23,4 %', { metric: 'part de marché' });
  });
});
