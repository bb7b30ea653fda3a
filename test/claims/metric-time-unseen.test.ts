import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim } from './helpers.js';

// Sentences written for the generalisation audit of the claim steps; each failed before the rule it tests.
describe('metric', () => {
  it('takes no count noun from a date after the count (« 18 500 fin 2021 »)', () => {
    expectClaim("L'entreprise compte déjà plus de 22 000 salariés en France, contre 18 500 fin 2021.", '18 500', { metric: 'salariés' });
  });

  it('gives the lower bound of a range the metric of its upper bound', () => {
    expectClaim("Entre 40 et 60 % des salariés de l'entrepôt étaient en grève, selon Sud.", '40', { metric: 'salariés' });
  });

  it('gives the level reached after a change the metric of the change', () => {
    const text = "Au troisième trimestre, le chiffre d'affaires a progressé de 13 % sur un an, à 180,2 milliards de dollars.";
    expectClaim(text, '180,2 milliards de dollars', { metric: "chiffre d'affaires" });
    expectClaim('Le produit est vendu avec une remise de 10 %, à 50 euros.', '50 euros', { metric: null });
  });

  it('gives a rival’s figure in the next sentence the metric of the leader’s', () => {
    const text = 'AWS contrôle 31 % du marché mondial du cloud. Microsoft Azure suit avec 25 %, tandis que Google Cloud plafonne à 11 %.';
    expectClaim(text, '25 %', { subject: 'Microsoft', metric: 'part de marché' });
    expectClaim(text, '11 %', { subject: 'Google Cloud', metric: 'part de marché' });
    // the same organisation, or a sentence further on: no
    expectClaim('AWS contrôle 31 % du marché. Il y a deux ans, la division rapportait 14 milliards. Azure suit avec 25 %.', '25 %', { metric: null });
  });

  it('names a ratio, a staff turnover, and keeps an abbreviation as written', () => {
    expectClaim('Amazon a livré 9 milliards de colis en 2024, deux fois plus qu’en 2022.', 'deux', { metric: 'rapport' });
    expectClaim('Amazon livre trois fois par semaine.', 'trois', { metric: 'fréquence' });
    expectClaim('Le taux de rotation du personnel atteindrait 150 % par an, d’après la CGT.', '150 % par an', { metric: 'taux de rotation' });
    expectClaim("Amazon prévoit 2 000 CDI d'ici 2026.", '2 000', { metric: 'cdi' });
  });

  it('reads « en deux ans » a few words after a figure as the period of its change, no claim of its own', () => {
    const claims = claimsOf("Le groupe affirme avoir réduit de 15 % le nombre d'accidents en deux ans.");
    expect(claims.map((claim) => claim.text)).toEqual(['15 %']);
  });

  it('names a person’s age', () => {
    expectClaim('Karim, 34 ans, préparateur de commandes, scanne 300 articles par heure.', '34 ans', { metric: 'âge' });
    expectClaim('Jeff Bezos, 60 ans, a vendu des actions.', '60 ans', { metric: 'âge' });
    expectClaim('La directrice, âgée de 52 ans, part.', '52 ans', { metric: 'âge' });
    expectClaim('En France, 30 ans après, Amazon domine.', '30 ans', { metric: null });
  });

  it('names what « le nombre de X » counts', () => {
    expectClaim("Le groupe affirme avoir réduit de 15 % le nombre d'accidents.", '15 %', { metric: 'accidents' });
    expectClaim('Le nombre de colis a augmenté de 12 %.', '12 %', { metric: 'colis' });
    expectClaim('Le nombre de salariés atteint 20 000.', '20 000', { metric: 'salariés' });
  });

  it('reads a percentage of shares as a stake, not a share price', () => {
    expectClaim("Selon Reuters, le patron d'Amazon a vendu 2 % de ses actions.", '2 %', { metric: 'part du capital' });
    expectClaim('Amazon détient 10 % du capital de Rivian.', '10 %', { metric: 'part du capital' });
    expectClaim("L'action Amazon a gagné 3 % mardi.", '3 %', { metric: "cours de l'action" });
  });

  it('takes the owner in the clause subject (« un seul entrepôt d’Amazon »)', () => {
    expectClaim("D'après une enquête, un seul entrepôt d'Amazon en France jette jusqu'à 300 000 produits neufs par an.", '300 000', { subject: 'Amazon' });
    expectClaim('Les salariés du groupe Carrefour réclament une hausse de 5 %.', '5 %', { subject: 'Carrefour' });
  });

  it('keeps a change noun for the figure it introduces', () => {
    const text = 'Les grévistes réclament une hausse de 5 % et une prime de 300 euros.';
    expectClaim(text, '5 %', { metric: 'croissance' });
    expectClaim(text, '300 euros', { metric: 'prime' });
    expectClaim('Les grévistes réclament une hausse de 5 % et 300 euros.', '300 euros', { metric: null });
  });

  it.each([
    ['Le délai moyen de livraison est passé de 4,2 jours en 2019 à 2,9 jours en 2023.', '4,2 jours', 'délai de livraison'],
    ['Le constructeur a vu sa marge brute tomber à 17,9 %.', '17,9 %', 'marge brute'],
    ['Meta va supprimer 11 000 postes.', '11 000', 'emplois'],
    ["« Nous avons investi plus de 4 milliards d'euros en France », a déclaré le dirigeant.", "4 milliards d'euros", 'investissements'],
    ['Le taux de participation à la grève atteint 12 %.', '12 %', 'taux de participation'],
    ['En Europe, les immatriculations de Tesla ont baissé de 37 % en octobre.', '37 %', 'immatriculations'],
  ])('%s → %s is %s', (text, figure, metric) => {
    expectClaim(text, figure, { metric });
  });

  it('does not read « investi » in the sense of « appointed » as an investment', () => {
    expectClaim('Il est finalement investi candidat un mois avant les élections.', 'un mois', { metric: null });
  });
});

describe('time', () => {
  it('does not give a figure the date of another clause coordinated after it (« … et que … depuis 2019 »)', () => {
    const text = "Un porte-parole d'Amazon assure que moins de 1 % des produits sont éliminés et que l'entreprise a fait don de plus de 10 millions d'articles depuis 2019.";
    expectClaim(text, '1 %', { time: null });
    expectClaim(text, '10 millions', { time: '2019' });
    expectClaim('Amazon détient 12 % du marché et Microsoft 20 % en 2019.', '12 %', { time: '2019' });
  });

  it('gives a figure set against an earlier state only its own date, and that date to no other', () => {
    const counts = "L'entreprise compte déjà plus de 22 000 salariés en France, contre 18 500 fin 2021.";
    expectClaim(counts, '22 000', { time: null });
    expectClaim(counts, '18 500', { time: '2021' });
    const inflation = "L'inflation est retombée à 1,8 % en mars, contre 15,9 % un an plus tôt, a indiqué l'Insee.";
    expectClaim(inflation, '1,8 %', { time: '2024-03', attribution: 'Insee' });
    expectClaim(inflation, '15,9 %', { time: null });
  });

  it('keeps the period of « contre X pour Y »: the same time, another subject', () => {
    expectClaim('En 2020, Amazon détenait 32 % du marché du cloud, contre 20 % pour Microsoft.', '20 %', { time: '2020' });
  });

  it('does not take the day a figure was announced for its period', () => {
    const text =
      "Le chiffre d'affaires d'Alibaba a atteint 234,2 milliards de yuans au troisième trimestre 2023, en hausse de 5 %, a annoncé le groupe chinois jeudi.";
    expectClaim(text, '5 %', { time: '2023', attribution: 'Alibaba' }, '2023-11');
  });

  it('keeps the date of a participle that only looks like a reporting verb (« écrit en 1667 »)', () => {
    expectClaim('Eliogabalo est un opéra en trois actes de Francesco Cavalli, écrit en 1667.', 'trois', { time: '1667' });
  });
});

describe('comparison periods', () => {
  it('drops « sur les quatre semaines » after a market share: the period it is measured over', () => {
    const text = 'Selon Kantar, Carrefour détient 19,7 % de part de marché sur les quatre semaines achevées le 14 avril.';
    expect(claimsOf(text).map((claim) => claim.text)).toEqual(['19,7 %']);
  });

  it('drops « en un an » after a figure the clause measured over it, however far', () => {
    const text = 'Amazon Web Services reste le numéro un avec 33 % du marché, mais perd un point en un an.';
    expect(claimsOf(text).map((claim) => claim.text)).toEqual(['numéro un', '33 %']);
    // hours and days may be a speed, a claim of its own
    expect(claimsOf('Amazon livre 90 % des colis, partout en France, en 24 heures.').map((claim) => claim.text)).toEqual(['90 %', '24 heures']);
  });

  it('drops « sur les six derniers mois »: the period that frames the figure after it', () => {
    const text = '« Sur les six derniers mois, nous avons compté 87 accidents », affirme Mohamed Benali, délégué syndical.';
    expect(claimsOf(text).map((claim) => claim.text)).toEqual(['87']);
  });
});
