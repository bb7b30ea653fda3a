import { describe, it } from 'vitest';
import { expectClaim } from './helpers.js';

describe('what a designation refers back to', () => {
  it('is not an organisation only cited as a source', () => {
    const text =
      "Amazon a fait appel de la décision.\n\nSelon le cabinet Synergy Research Group, le marché du cloud a progressé de 20 %. L'an dernier, la Commission européenne avait infligé une amende de 746 millions d'euros à l'entreprise.";
    expectClaim(text, "746 millions d'euros", { subject: 'Amazon', metric: 'amende', time: '2023' });
  });

  it('falls back on the cited source when nothing else is named', () => {
    expectClaim("D'après Orange, le trafic a doublé. Le groupe prévoit 3 000 embauches.", '3 000', { subject: 'Orange' });
  });

  it('is the document’s topic when a new paragraph opens on it', () => {
    const text = [
      'Amazon va supprimer des postes. Amazon emploie 1,55 million de personnes.',
      'Amazon Web Services reste en tête. Microsoft, son principal concurrent, détient 24 % du marché.',
      "L'entreprise a annoncé 14 000 suppressions d'emplois.",
    ].join('\n\n');
    expectClaim(text, '14 000', { subject: 'Amazon' });
  });

  it('is still the organisation named just before in the same paragraph', () => {
    const text = 'Amazon domine le marché.\n\nMicrosoft investit dans le cloud. Le groupe a annoncé 14 000 suppressions de postes.';
    expectClaim(text, '14 000', { subject: 'Microsoft' });
  });
});

describe('a designation that opens a sentence', () => {
  it('carries the paragraph’s topic on to the pronouns after it', () => {
    const text = "La CNIL a sanctionné Amazon France Logistique. L'entreprise, qui gère huit entrepôts, est ancienne. Elle prévoit 300 embauches.";
    expectClaim(text, '300', { subject: 'Amazon France Logistique' });
  });

  it('is no topic when it reports what follows (« L’ONG estime que … »)', () => {
    const text =
      "Les émissions de carbone d'Amazon ont augmenté de 18 % en 2021.\n\nPour Greenpeace, ces chiffres sont sous-estimés. L'ONG estime que les émissions réelles dépasseraient 90 millions de tonnes.";
    expectClaim(text, '90 millions de tonnes', { subject: null });
  });
});
