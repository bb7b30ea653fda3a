import { describe, it } from 'vitest';
import { expectClaim } from './helpers.js';

describe('unseen articles on quarterly results and emissions', () => {
  it('takes the agent of « attendus par » for no owner of the figure', () => {
    const text = "Le chiffre d'affaires d'Amazon a atteint 180,2 milliards de dollars, au-dessus des 177,8 milliards attendus par les analystes interrogés par LSEG.";
    expectClaim(text, '177,8 milliards', { subject: 'Amazon' }, '2025-11-01');
  });

  it('gives no time from « depuis » after a superlative', () => {
    expectClaim('AWS a vu ses ventes croître de 20,2 %, sa plus forte hausse depuis fin 2022.', '20,2 %', { time: null }, '2025-11-01');
  });

  it('gives no time from a source after « selon » nor from a clause after « : »', () => {
    const report = "Les émissions d'Amazon ont augmenté de 6 % en 2024, à 68,25 millions de tonnes, selon le rapport publié mercredi.";
    expectClaim(report, '68,25 millions de tonnes', { time: '2024' }, '2025-11-01');
    const colon = 'Ses émissions auraient baissé de 5 % : Amazon affirme couvrir 100 % de sa consommation depuis 2023.';
    expectClaim(colon, '5 %', { time: null }, '2025-11-01');
    expectClaim(colon, '100 %', { time: '2023' }, '2025-11-01');
  });
});

describe('a speaker named after a role and a comma', () => {
  it('reads « estime sa porte-parole, Alice Martin » as Alice Martin speaking', () => {
    const text = "« Amazon émet au moins 20 % de plus que ce qu'il déclare », estime sa porte-parole, Alice Martin.";
    expectClaim(text, '20 %', { subject: 'Amazon', attribution: 'Alice Martin' }, '2025-11-01');
  });

  it('gives the figures of a paragraph the quarter a sentence without figures announced before them', () => {
    const text =
      "Amazon a publié jeudi soir des résultats supérieurs aux attentes pour le quatrième trimestre 2024. Le chiffre d'affaires a atteint 187,8 milliards de dollars. Le bénéfice net a presque doublé, à 20 milliards de dollars.\n\nLa division cloud a réalisé un chiffre d'affaires de 28,8 milliards de dollars.";
    expectClaim(text, '187,8 milliards de dollars', { time: '2024' }, '2025-02-07');
    expectClaim(text, '20 milliards de dollars', { time: '2024' }, '2025-02-07');
    // another paragraph, and a year told as a story, announce nothing
    expectClaim(text, '28,8 milliards de dollars', { time: null }, '2025-02-07');
    expectClaim("En 2019, Amazon a ouvert un entrepôt à Brétigny. Le site emploie 3 000 personnes.", '3 000', { time: null }, '2025-02-07');
  });

  it('takes no older year over a nearer date the document’s date cannot resolve', () => {
    // no document date: « aujourd'hui » has no value, but it is the figure's time, not 2010
    const text = "Depuis 2010, Amazon a investi plus de 25 milliards d'euros en France et y emploie aujourd'hui plus de 25 000 personnes en CDI.";
    expectClaim(text, '25 000', { time: null }, '');
    // after the figure, only a date with a value governs it
    expectClaim('Amazon a livré plus de 9 milliards de colis le jour même ou le lendemain en 2024.', '9 milliards', { time: '2024' }, '');
  });

  it('takes no time from a participle’s date in an aside (« fondée en 2021 »)', () => {
    expectClaim("La société, fondée en 2021 par d'anciens salariés d'OpenAI, emploie environ 800 personnes.", '800', { time: null }, '2025-02-07');
    expectClaim('La taxe sur les services numériques, adoptée en 2019, rapporte chaque année environ 700 millions d’euros.', '700 millions d’euros', { time: null }, '2025-02-07');
    // a noun in -és is no participle
    expectClaim('Le taux atteignait 6,6 pour 100 salariés en 2022, contre 3,2 dans le reste du secteur.', '3,2', { time: '2022' }, '2025-02-07');
  });

  it('takes no time from an adjunct of « après » after a comma, which tells of another time', () => {
    const text = "L'abonnement Prime coûte 69,90 euros par an en France, après une hausse de 43 % en 2022.";
    expectClaim(text, '69,90 euros par an', { time: null, metric: 'prix' }, '2025-02-07');
    expectClaim(text, '43 %', { time: '2022' }, '2025-02-07');
  });

  it('gives a sentence that opens on a possessive the subject of the claim before it in its paragraph', () => {
    const text =
      "AWS : le chiffre d'affaires bondit de 37 %, à 25 milliards de dollars\n\nLa division cloud d'Amazon a vu son chiffre d'affaires bondir de 37 % sur un an au deuxième trimestre 2022, à 19,7 milliards de dollars. Son résultat d'exploitation a atteint 5,7 milliards, soit près de 30 % de marge.";
    expectClaim(text, '5,7 milliards', { subject: 'Amazon Web Services' }, '2025-02-07');
    expectClaim(text, '30 %', { subject: 'Amazon Web Services' }, '2025-02-07');
  });
});
