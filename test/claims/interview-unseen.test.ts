import { expect, describe, it } from 'vitest';
import { claimsOf, expectClaim } from './helpers.js';

describe('an unseen interview and op-ed', () => {
  it('takes no verb after a count for its noun (« une étude de 2019 évaluait », « du CAC 40 utilisent »)', () => {
    const text = 'Aujourd\u2019hui, plus de 80 % des entreprises du CAC 40 utilisent nos services. Une étude de 2019 évaluait le solde à 7 900 emplois perdus.';
    const claims = claimsOf(text, '2026-11-03');
    expect(claims.map((claim) => claim.text)).toEqual(['80 %', '7 900']);
    expectClaim(text, '7 900', { metric: 'emplois', time: '2019' }, '2026-11-03');
  });

  it('names a singular noun after one and a plural noun after more', () => {
    expectClaim('Amazon a ouvert 3 entrepôts.', '3', { metric: 'entrepôts' });
    expectClaim('Amazon emploie 2 000 CDI.', '2 000', { metric: 'cdi' });
  });

  it('gives the answers of an interview to the person it is with, not the questions', () => {
    const text = [
      'Entretien. « Amazon détruit des millions de produits neufs »',
      'Julie Moreau est responsable de campagne aux Amis de la Terre.',
      "Combien de produits sont détruits ?\nNous estimons qu'Amazon a détruit 3,2 millions de produits neufs en 2021.",
      'Les contrôles sont-ils suffisants ?\nNon : la DGCCRF n’a mené que 43 inspections l’an dernier.',
    ].join('\n\n');
    expectClaim(text, '3,2 millions', { attribution: 'Julie Moreau' });
    expectClaim(text, '43', { attribution: 'Julie Moreau' });
    // one question line alone makes no interview, unless a line says it is one
    const article = "Julie Moreau a publié une enquête.\n\nQue fait Amazon ?\n\nLe groupe a détruit 3,2 millions de produits.";
    expectClaim(article, '3,2 millions', { attribution: null });
    expectClaim(`Entretien avec Julie Moreau.\n\n${article}`, '3,2 millions', { attribution: 'Julie Moreau' });
  });

  it('a clause after « , mais » has a subject of its own', () => {
    const text = 'OVHcloud est un excellent acteur, mais le marché croît de 20 % par an.';
    expectClaim(text, '20 % par an', { subject: null });
    expectClaim('Amazon détient 30 % du marché, mais Microsoft progresse de 5 %.', '5 %', { subject: 'Microsoft' });
  });

  it('gives an opinion piece’s own figures to the author of its byline', () => {
    const text =
      "Tribune. Il est temps de taxer les géants du numérique\n\nPar Marie Lefèvre, économiste\n\nEn 2023, Amazon a payé moins de 1 % d'impôt sur ses bénéfices européens. Selon la Cour des comptes, l'État perd 2 milliards d'euros par an.";
    expectClaim(text, '1 %', { attribution: 'Marie Lefèvre' });
    expectClaim(text, "2 milliards d'euros par an", { attribution: 'Cour des comptes' });
    // a news article's byline makes no author of its facts
    const news = "Par Marie Lefèvre\n\nEn 2023, Amazon a payé moins de 1 % d'impôt sur ses bénéfices européens.";
    expectClaim(news, '1 %', { attribution: null });
  });
});
