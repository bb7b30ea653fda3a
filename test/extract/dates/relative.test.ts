import { describe, it } from 'vitest';
import { testSingleCase, testUnexpectedResult } from './helpers.js';

describe('relative dates', () => {
  it('resolves days against a full document date', () => {
    testSingleCase('Je reviendrai aujourd’hui', '2016-11-07', { text: 'aujourd’hui', value: '2016-11-07', precision: 'day', relative: true });
    testSingleCase('Je reviens hier', '2016-11-07', { text: 'hier', value: '2016-11-06', precision: 'day' });
    testSingleCase('je reviendrai avant hier', '2016-11-07', { text: 'avant hier', value: '2016-11-05', precision: 'day' });
    testSingleCase('le apres-demain', '2016-11-07', { text: 'apres-demain', value: '2016-11-09', precision: 'day' });
    testSingleCase('Où es-tu deux jours avant hier ?', '2018-05-30', { text: 'deux jours avant hier', value: '2018-05-27', precision: 'day' });
  });

  it('limits the precision to the document date', () => {
    testSingleCase('Demain, il fournira aux véhicules', '2022-01', { text: 'Demain', value: '2022-01', precision: 'month', relative: true });
    testSingleCase('Aujourd’hui, en passant armes et bagages', '2022-01', { text: 'Aujourd’hui', value: '2022-01', precision: 'month' });
    testSingleCase('Hier, le tribunal', '2019', { text: 'Hier', value: '2019', precision: 'year' });
  });

  it('resolves years, months and weeks', () => {
    testSingleCase('L’an dernier, c’est Renault', '2022-01', { text: 'L’an dernier', value: '2021', precision: 'year', relative: true });
    testSingleCase('L’année dernière, le géant', '2021-04', { text: 'L’année dernière', value: '2020', precision: 'year' });
    testSingleCase('l’année prochaine', '2021-04', { text: 'l’année prochaine', value: '2022', precision: 'year' });
    testSingleCase('Cette année, les ventes', '2021-04', { text: 'Cette année', value: '2021', precision: 'year' });
    testSingleCase('le mois dernier', '2021-01-15', { text: 'le mois dernier', value: '2020-12', precision: 'month' });
    testSingleCase('la semaine prochaine', '2021-04-14', { text: 'la semaine prochaine', value: '2021-04', precision: 'month' });
  });

  it('resolves offsets at the precision of their unit', () => {
    testSingleCase('il y a deux ans', '2016-11-07', { text: 'il y a deux ans', value: '2014', precision: 'year', relative: true });
    testSingleCase('dans trois mois', '2016-11-07', { text: 'dans trois mois', value: '2017-02', precision: 'month' });
    testSingleCase('Je vais rentrer dans deux semaines', '2016-11-07', { text: 'dans deux semaines', value: '2016-11-21', precision: 'day' });
    testSingleCase('il y a un mois et 21 jours', '2017-11-23', { text: 'il y a un mois et 21 jours', value: '2017-10-02', precision: 'day' });
  });

  it('gives null values without a document date or when the narrated events are the anchor', () => {
    testSingleCase('l’an dernier', null, { text: 'l’an dernier', value: null, precision: 'year', relative: true });
    testSingleCase('Je reviens le lendemain', '2016-11-07', { text: 'le lendemain', value: null, precision: 'day', relative: true });
    testSingleCase('deux semaines plus tard, chris est partie', '2016-11-07', { text: 'deux semaines plus tard', value: null, precision: 'day' });
    testSingleCase('il y a quelques mois', '2016-11-07', { text: 'il y a quelques mois', value: null, precision: 'month' });
    testSingleCase('cette année-là', '2016-11-07', { text: 'cette année-là', value: null, precision: 'year' });
  });

  it('leaves durations, times and figures of speech out', () => {
    testUnexpectedResult('de l’ordre de 10 minutes');
    testUnexpectedResult('il y a dix minutes');
    testUnexpectedResult('il y a deux salariés');
    testUnexpectedResult('pendant deux ans');
    testUnexpectedResult('la voiture de demain');
    testUnexpectedResult('Ainsi, l’année commence mal');
  });
});
