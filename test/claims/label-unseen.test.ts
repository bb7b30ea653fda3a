import { describe, it } from 'vitest';
import { expectClaim } from './helpers.js';

// Key-figure lines from French business news (a second audit on unseen news); each failed before the rule it
// tests, but for the tests that say what the rule keeps.
describe('a label before a colon names the figure that follows it', () => {
  it('reads the metric of « Chiffre d’affaires d’AWS : 24,2 milliards de dollars. »', () => {
    expectClaim("Chiffre d'affaires d'AWS : 24,2 milliards de dollars.", '24,2 milliards de dollars', { subject: 'Amazon Web Services', metric: "chiffre d'affaires" });
  });

  it('reads a Markdown list of key figures: metric and owner from the label, through the bold markup', () => {
    const text = "## Les chiffres clés\n\n- Chiffre d'affaires d'AWS : **24,2 milliards de dollars** au T4 2023 ;\n- croissance annuelle : +13 % ;\n- Google Cloud : 11 % de parts de marché.";
    expectClaim(text, '24,2 milliards de dollars', { subject: 'Amazon Web Services', metric: "chiffre d'affaires", time: '2023' });
    expectClaim(text, '+13 %', { metric: 'croissance' });
    expectClaim(text, '11 %', { subject: 'Google Cloud', metric: 'part de marché' });
  });

  it.each([
    ['Bénéfice net de Microsoft au troisième trimestre : 22,3 milliards de dollars.', '22,3 milliards de dollars', 'Microsoft', 'bénéfices'],
    ['- Effectifs de Renault en France : 25 000 ;', '25 000', 'Renault', 'salariés'],
    ['Part de marché de Carrefour : près de 19,7 %.', '19,7 %', 'Carrefour', 'part de marché'],
  ])('%s', (text, figure, subject, metric) => {
    expectClaim(text, figure, { subject, metric });
  });

  it('keeps no metric for a clause before a colon, nor for a label that names none', () => {
    expectClaim('Un chiffre résume la situation du groupe : 40 %.', '40 %', { metric: null });
    expectClaim("Amazon a dévoilé ses résultats du troisième trimestre 2023 avec une bonne surprise pour les actionnaires : 143 milliards de dollars.", '143 milliards de dollars', { metric: null });
  });
});
