import { describe, it } from 'vitest';
import { expectClaim } from './helpers.js';

describe('metric', () => {
  it.each([
    ['Amazon détient 47,8 % de parts de marché.', '47,8 %', 'part de marché'],
    ['Amazon détient 47,8 % des parts du marché.', '47,8 %', 'part de marché'],
    ["AWS pèse 12 % du chiffre d'affaire total.", '12 %', "chiffre d'affaires"],
    ['Le groupe compte 6 millions de clients.', '6 millions', 'clients'],
    ['Le groupe réunit 14 marques.', '14', 'marques'],
    ['Le titre Stellantis a gagné 3,49 %.', '3,49 %', "cours de l'action"],
    ["Un temps de réaction de l'ordre de 10 minutes.", '10 minutes', 'temps de réaction'],
    ['Stellantis est le 6ème groupe mondial.', '6ème', 'rang mondial'],
    ['Le chômage a baissé de 0,3 point.', '0,3 point', 'taux de chômage'],
  ])('%s → %s is %s', (text, figure, metric) => {
    expectClaim(text, figure, { metric });
  });

  it('gives a parallel figure the metric of the one before it', () => {
    expectClaim('En 2020, Amazon détenait 32 % du marché du cloud, contre 20 % pour Microsoft.', '20 %', { metric: 'part de marché' });
  });

  it('is null when nothing names what is measured', () => {
    expectClaim('Amazon aurait versé 2 millions d\'euros à la commune.', "2 millions d'euros", { metric: null });
  });
});

describe('time', () => {
  it('takes the year right after the figure', () => {
    expectClaim('AWS détient 47,8 % de parts de marché en 2018.', '47,8 %', { time: '2018' });
  });

  it('shares one scope between coordinated figures', () => {
    const text = "AWS ne représente que 12 % du chiffre d'affaires mais la moitié de ses bénéfices en 2019.";
    expectClaim(text, '12 %', { time: '2019' });
    expectClaim(text, 'la moitié', { time: '2019' });
  });

  it('takes a year that opens the sentence', () => {
    expectClaim('En 2020, Amazon détenait 32 % du marché.', '32 %', { time: '2020' });
  });

  it('resolves a relative date against the publication date', () => {
    expectClaim("Le chiffre d'affaires de Carrefour a atteint 90 milliards d'euros l'an dernier.", "90 milliards d'euros", { time: '2023' }, '2024-03');
  });

  it('is null when no date governs the figure', () => {
    expectClaim('Le groupe réunit 14 marques.', '14', { time: null });
  });
});
