import { describe, it } from 'vitest';
import { expectClaim } from './helpers.js';

// Fines and passives in French news (a second audit on unseen news); each failed before the rule it tests, but
// for the tests that say what the rule keeps.
describe('a fine is about who pays it, not who issues it', () => {
  it.each([
    ["En 2021, la Commission luxembourgeoise (CNPD) avait déjà infligé à Amazon une amende de 746 millions d'euros.", "746 millions d'euros", 'Amazon'],
    ["Amazon : la CNIL inflige une amende record de 32 millions d'euros", "32 millions d'euros", 'Amazon'],
    ["La Commission européenne a infligé mercredi une amende de 2,4 milliards d'euros à Google.", "2,4 milliards d'euros", 'Google'],
    ["Meta : Bruxelles inflige une amende de 1,2 milliard d'euros", "1,2 milliard d'euros", 'Meta'],
    ["La CNIL a infligé en 2022 une amende de 150 millions d'euros à Google et de 60 millions d'euros à Facebook.", "60 millions d'euros", 'Facebook'],
  ])('%s', (text, figure, subject) => {
    expectClaim(text, figure, { subject, metric: 'amende' });
  });

  it('keeps the one sanctioned right after « a sanctionné », past the day', () => {
    const cnil = "La Commission nationale de l'informatique et des libertés (CNIL) a sanctionné mardi Amazon France Logistique d'une amende de 32 millions d'euros.";
    expectClaim(cnil, "32 millions d'euros", { subject: 'Amazon France Logistique', metric: 'amende' });
    expectClaim("L'Arcep a sanctionné Orange d'une amende de 26 millions d'euros.", "26 millions d'euros", { subject: 'Orange', metric: 'amende' });
  });

  it('names no one rather than the issuer when the one fined is not said', () => {
    expectClaim("La CNIL a infligé une amende de 40 millions d'euros.", "40 millions d'euros", { subject: null });
  });

  it('keeps the subject of a passive or of « se voir infliger », and a figure that is no fine', () => {
    expectClaim("Amazon s'est vu infliger une amende de 746 millions d'euros par la CNPD.", "746 millions d'euros", { subject: 'Amazon' });
    expectClaim("Free a été sanctionné par l'Arcep d'une amende de 300 000 euros.", '300 000 euros', { subject: 'Free' });
  });
});

describe('the agent of a passive owns the figure it acts on', () => {
  it('reads « … avaient été jetés par Amazon » past a channel in brackets and a reporting verb with its date', () => {
    const text =
      "Chaque année, des millions d'invendus sont détruits en Europe : l'enquête de « Capital » (M6) révélait en 2019 que 3,2 millions de produits neufs avaient été jetés par Amazon en France…";
    expectClaim(text, '3,2 millions', { subject: 'Amazon', metric: 'produits', time: '2019' });
  });

  it.each([
    ['Greenpeace a calculé que 3 millions de produits neufs ont été détruits par Amazon en 2021.', '3 millions', 'Amazon'],
    ['Amazon a ouvert un entrepôt à Metz, où 3 000 colis sont traités chaque jour par DHL.', '3 000', 'DHL'],
    ['Selon Kantar, Carrefour estime que 40 % de ses livraisons sont désormais assurées par La Poste.', '40 %', 'La Poste'],
  ])('%s', (text, figure, subject) => {
    expectClaim(text, figure, { subject });
  });
});
