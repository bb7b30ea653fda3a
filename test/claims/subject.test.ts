import { describe, it } from 'vitest';
import { expectClaim } from './helpers.js';

describe('subject', () => {
  it('takes the division named in apposition over the firm that owns it', () => {
    expectClaim(
      'Par sa division Amazon Web Services (AWS), la firme de Jeff Bezos domine le cloud avec 47,8 % de parts de marché en 2018.',
      '47,8 %',
      { subject: 'Amazon Web Services' },
    );
  });

  it('keeps the subject of the clause for a possessive and a coordinated figure', () => {
    const text = "Il faut noter qu'AWS ne représente que 12 % du chiffre d'affaires d'Amazon mais la moitié de ses bénéfices en 2019.";
    expectClaim(text, '12 %', { subject: 'Amazon Web Services' });
    expectClaim(text, 'la moitié', { subject: 'Amazon Web Services' });
  });

  it('reads a pronoun through the section heading', () => {
    expectClaim("Microsoft leader du cloud\n\nC'est le leader du secteur, avec 20 % de part de marché.", '20 %', { subject: 'Microsoft' });
  });

  it('resolves « le constructeur » to the organisation named before', () => {
    expectClaim('Le groupe Renault a publié ses résultats. Le constructeur a vendu 2,1 millions de véhicules en 2023.', '2,1 millions', {
      subject: 'Renault',
    });
  });

  it('takes the owner named right after the figure', () => {
    const text = 'En 2020, Amazon détenait 32 % du marché du cloud, contre 20 % pour Microsoft.';
    expectClaim(text, '32 %', { subject: 'Amazon' });
    expectClaim(text, '20 %', { subject: 'Microsoft' });
  });

  it('takes the owner of a metric named before the figure, a place included', () => {
    expectClaim("Le chiffre d'affaires de Carrefour a atteint 90 milliards d'euros l'an dernier.", "90 milliards d'euros", { subject: 'Carrefour' });
    expectClaim("Selon l'Insee, le PIB de la France a progressé de 0,5 % en 2022.", '0,5 %', { subject: 'France' });
  });

  it('says null rather than guess when nothing fits', () => {
    expectClaim('Le chômage a baissé de 0,3 point au deuxième trimestre.', '0,3 point', { subject: null });
    expectClaim('Le géant de Seattle pourrait supprimer 1 500 emplois, selon Reuters.', '1 500', { subject: null });
  });

  it('does not take a photo credit or an example in a list for the topic', () => {
    const text = 'Amazon domine. Renault, SNCF, Netflix passent par lui.\n\nPhoto ©AFP - DENIS CHARLET\n\nLe site numéro un du commerce en ligne.';
    expectClaim(text, 'numéro un', { subject: 'Amazon' });
  });
});
