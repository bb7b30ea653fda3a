import { describe, it } from 'vitest';
import { testSingleCases, testUnexpectedResults } from './helpers.js';

describe('weekdays', () => {
  it('takes the year where the weekday agrees', () => {
    testSingleCases(true, [
      // 12 September 2019 was a Thursday; 30 January 2021 a Saturday
      ['dans Grand bien vous fasse, [jeudi 12 septembre].', '2019', '2019-09-12', 'day'],
      ['une action la [samedi 30 janvier] contre le projet', '2021-01', '2021-01-30', 'day'],
      // 30 January 2020 was a Thursday: the weekday moves the date to the year before the reference
      ['le [jeudi 30 janvier]', '2021-01', '2020-01-30', 'day'],
    ]);
  });

  it('keeps the year written, whatever the weekday', () => {
    testSingleCases(false, [
      ['[lundi, 22 janvier 2018]', null, '2018-01-22', 'day'],
      ['le [dimanche 21/01/2018]', null, '2018-01-21', 'day'],
    ]);
  });

  it('reads a weekday with a day of the month', () => {
    testSingleCases(true, [
      ['Je suis revenu le [vendredi 22]', '2017-09-20', '2017-09-22', 'day'],
      ['Cortana, préparez un appel sur Skype [ce vendredi (15/06)] avec Jim', '2018-06-10', '2018-06-15', 'day'],
      ['Je reviendrai [Mer, 22 Janv.]', '2020-01-10', '2020-01-22', 'day'],
    ]);
  });

  it('places weekdays around the document date', () => {
    // 2016-11-07 was a Monday
    testSingleCases(true, [
      ['Je reviendrai [vendredi]', '2016-11-07', '2016-11-04', 'day'],
      ['Je reviendrai [cette vendredi]', '2016-11-07', '2016-11-11', 'day'],
      ['Je reviendrai [dimanche dernier]', '2016-11-07', '2016-11-06', 'day'],
      ['Je reviendrai [vendredi prochain]', '2016-11-07', '2016-11-11', 'day'],
      ['Je reviendrai [vendredi de la semaine prochaine]', '2016-11-07', '2016-11-18', 'day'],
      ['Je reviendrai [premier vendredi de juillet]', '2016-11-07', '2016-07-01', 'day'],
    ]);
  });

  it('limits the precision to the document date', () => {
    testSingleCases(true, [['[Lundi dernier], le conseil a voté', '2022-01', '2022-01', 'month']]);
  });

  it('leaves recurring days out', () => {
    testUnexpectedResults(['Je reviens les vendredis', 'ouvert chaque lundi', 'Le magasin ouvre de 9h à 18h du lundi au samedi.']);
  });
});
