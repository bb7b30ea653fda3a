import { describe, it } from 'vitest';
import { expectClaim } from './helpers.js';

describe('an unseen article on emissions and Rivian', () => {
  const text = [
    "Amazon vise la neutralité carbone d'ici 2040",
    "En 2022, ses émissions ont atteint 70,7 millions de tonnes de CO2, en baisse de 0,4 % par rapport à 2021.",
    '« Nous avons commandé 100 000 camionnettes électriques à Rivian », a rappelé Kara Hurst, responsable du développement durable chez Amazon.',
    "Le constructeur Rivian, dont Amazon détient environ 17 % du capital, a livré 50 122 véhicules en 2023. Il n'a pas dépassé les 10 % de marge brute.",
  ].join('\n\n');

  it('names a decline as such', () => {
    expectClaim(text, '0,4 %', { metric: 'baisse' });
  });

  it('does not take « à X » after a figure for its owner (« commandé 100 000 camionnettes à Rivian »)', () => {
    expectClaim(text, '100 000', { subject: 'Amazon', attribution: 'Kara Hurst' });
  });

  it('takes the sentence’s subject, not that of a relative clause inside it', () => {
    expectClaim(text, '50 122', { subject: 'Rivian', metric: 'véhicules', time: '2023' });
    expectClaim(text, '17 %', { subject: 'Amazon', metric: 'part du capital' });
  });

  it('resolves « Il » to the paragraph’s subject before a section heading', () => {
    expectClaim(text, '10 %', { subject: 'Rivian', metric: 'marge brute' });
  });
});
