import { describe, it } from 'vitest';
import { expectClaim } from './helpers.js';

// A designation (« le groupe », « la société », « l'ONG », « le quotidien ») refers back to an organisation of its
// kind: never a regulator, an NGO, a law or a newspaper for a company. Written in the style of French news for a
// second audit on unseen news; each failed before the rule it tests.
describe('a designation refers back to an organisation of its kind', () => {
  it('does not take the regulator for « le groupe » (« la Commission luxembourgeoise (CNPD) »)', () => {
    const text =
      "Amazon conteste la décision de la CNIL.\n\nEn 2021, la Commission luxembourgeoise (CNPD) avait déjà infligé à Amazon une amende de 746 millions d'euros... Un record à l'époque. Le groupe réalise pourtant un chiffre d'affaires de plus de 500 Mds $ (2022).";
    expectClaim(text, '500 Mds $', { subject: 'Amazon', metric: "chiffre d'affaires", time: '2022' });
  });

  it('does not take a law nor an NGO for « le géant américain »', () => {
    const text =
      "Chaque année, des millions d'invendus sont détruits : 3,5 millions de produits neufs avaient été jetés par Amazon en France.\n\nDepuis le 1er janvier 2022, la loi AGEC l'interdit. Mais selon l'ONG Les Amis de la Terre, « rien n'a changé ».\n\nLe géant américain affirme au contraire avoir donné l'an dernier plus de 2 millions d'articles à des associations.";
    expectClaim(text, '2 millions', { subject: 'Amazon', attribution: 'Amazon', metric: 'articles' }, '2023-06-01');
  });

  it('does not take the regulator for « la société » nor the heading’s Commission for « le groupe de Mountain View »', () => {
    const fined = "La CNIL a infligé une amende de 32 millions d'euros à Amazon France Logistique. La société, qui emploie environ 6 000 personnes, va faire appel.";
    // the subsidiary is an entity of its own (src/data/entities): the one fined, and « la société »
    expectClaim(fined, '6 000', { subject: 'Amazon France Logistique' });
    const heading =
      'Bruxelles inflige une amende record à Google\n\nLa Commission européenne a sanctionné Google pour abus de position dominante. Le groupe de Mountain View aurait provisionné 4 milliards d’euros.';
    expectClaim(heading, '4 milliards d’euros', { subject: 'Google' });
  });

  it('reads « l’ONG » as the NGO and « le quotidien » as the newspaper, past a company named nearer', () => {
    const ngo = "Greenpeace a publié un rapport. Amazon le conteste. Selon l'ONG, les émissions du groupe atteindraient 71 millions de tonnes.";
    expectClaim(ngo, '71 millions de tonnes', { attribution: 'Greenpeace' });
    const paper = "Le Monde a enquêté sur les entrepôts. Amazon n'a pas répondu. D'après le quotidien, 30 % des intérimaires sont en arrêt maladie.";
    expectClaim(paper, '30 %', { attribution: 'Le Monde' });
  });

  it('reads « l’entreprise » as the company, not the union that spoke last', () => {
    const text = "Amazon a maintenu son activité. Le syndicat Sud a appelé à la grève. Selon l'entreprise, 95 % des colis ont été livrés à temps.";
    expectClaim(text, '95 %', { attribution: 'Amazon' });
  });

  it('reads « le géant de Seattle » as Amazon past a company named nearer, and as no one else when Amazon is not named', () => {
    const both = 'Amazon a ouvert un entrepôt. Microsoft a publié ses résultats jeudi. Le géant de Seattle a de son côté annoncé 14 000 suppressions de postes.';
    expectClaim(both, '14 000', { subject: 'Amazon' });
    const alone = 'Microsoft a publié ses résultats jeudi. Le géant de Seattle a de son côté annoncé 14 000 suppressions de postes.';
    expectClaim(alone, '14 000', { subject: null });
  });
});
