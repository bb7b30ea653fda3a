import { describe, it } from 'vitest';
import { testSingleCases, testUnexpectedResults } from './helpers.js';

describe('relative dates', () => {
  it('resolves days against a full document date', () => {
    testSingleCases(true, [
      ['Je reviendrai [aujourd’hui]', '2016-11-07', '2016-11-07', 'day'],
      ['Je reviens [hier]', '2016-11-07', '2016-11-06', 'day'],
      ['je reviendrai [avant hier]', '2016-11-07', '2016-11-05', 'day'],
      ['le [apres-demain]', '2016-11-07', '2016-11-09', 'day'],
      ['Où es-tu [deux jours avant hier] ?', '2018-05-30', '2018-05-27', 'day'],
    ]);
  });

  it('limits the precision to the document date', () => {
    testSingleCases(true, [
      ['[Demain], il fournira aux véhicules', '2022-01', '2022-01', 'month'],
      ['[Aujourd’hui], en passant armes et bagages', '2022-01', '2022-01', 'month'],
      ['[Hier], le tribunal', '2019', '2019', 'year'],
    ]);
  });

  it('resolves years, months and weeks', () => {
    testSingleCases(true, [
      ['[L’an dernier], c’est Renault', '2022-01', '2021', 'year'],
      ['[L’année dernière], le géant', '2021-04', '2020', 'year'],
      ['[l’année prochaine]', '2021-04', '2022', 'year'],
      ['[Cette année], les ventes', '2021-04', '2021', 'year'],
      ['[le mois dernier]', '2021-01-15', '2020-12', 'month'],
      ['[la semaine prochaine]', '2021-04-14', '2021-04', 'month'],
    ]);
  });

  it('resolves offsets at the precision of their unit', () => {
    testSingleCases(true, [
      ['[il y a deux ans]', '2016-11-07', '2014', 'year'],
      ['[dans trois mois]', '2016-11-07', '2017-02', 'month'],
      ['Je vais rentrer [dans deux semaines]', '2016-11-07', '2016-11-21', 'day'],
      ['[il y a un mois et 21 jours]', '2017-11-23', '2017-10-02', 'day'],
    ]);
  });

  it('gives null values without a document date or when the narrated events are the anchor', () => {
    testSingleCases(true, [
      ['[l’an dernier]', null, null, 'year'],
      ['Je reviens [le lendemain]', '2016-11-07', null, 'day'],
      ['[deux semaines plus tard], chris est partie', '2016-11-07', null, 'day'],
      ['[il y a quelques mois]', '2016-11-07', null, 'month'],
      ['[cette année-là]', '2016-11-07', null, 'year'],
    ]);
  });

  it('leaves durations, times and figures of speech out', () => {
    testUnexpectedResults([
      'de l’ordre de 10 minutes',
      'il y a dix minutes',
      'il y a deux salariés',
      'pendant deux ans',
      'la voiture de demain',
      'Ainsi, l’année commence mal',
    ]);
  });
});
