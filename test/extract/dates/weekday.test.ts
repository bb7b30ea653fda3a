import { describe, it } from 'vitest';
import { testSingleCase, testUnexpectedResult } from './helpers.js';

describe('weekdays', () => {
  it('takes the year where the weekday agrees', () => {
    // 12 September 2019 was a Thursday; 30 January 2021 a Saturday
    testSingleCase('dans Grand bien vous fasse, jeudi 12 septembre.', '2019', { text: 'jeudi 12 septembre', value: '2019-09-12', precision: 'day', relative: true });
    testSingleCase('une action la samedi 30 janvier contre le projet', '2021-01', { text: 'samedi 30 janvier', value: '2021-01-30', precision: 'day', relative: true });
    // 30 January 2020 was a Thursday: the weekday moves the date to the year before the reference
    testSingleCase('le jeudi 30 janvier', '2021-01', { text: 'jeudi 30 janvier', value: '2020-01-30', precision: 'day' });
  });

  it('keeps the year written, whatever the weekday', () => {
    testSingleCase('lundi, 22 janvier 2018', null, { text: 'lundi, 22 janvier 2018', value: '2018-01-22', precision: 'day', relative: false });
    testSingleCase('le dimanche 21/01/2018', null, { text: 'dimanche 21/01/2018', value: '2018-01-21', precision: 'day' });
  });

  it('reads a weekday with a day of the month', () => {
    testSingleCase('Je suis revenu le vendredi 22', '2017-09-20', { text: 'vendredi 22', value: '2017-09-22', precision: 'day' });
    testSingleCase('Cortana, préparez un appel sur Skype ce vendredi (15/06) avec Jim', '2018-06-10', { text: 'ce vendredi (15/06)', value: '2018-06-15', precision: 'day' });
    testSingleCase('Je reviendrai Mer, 22 Janv.', '2020-01-10', { text: 'Mer, 22 Janv.', value: '2020-01-22', precision: 'day' });
  });

  it('places weekdays around the document date', () => {
    // 2016-11-07 was a Monday
    testSingleCase('Je reviendrai vendredi', '2016-11-07', { text: 'vendredi', value: '2016-11-04', precision: 'day', relative: true });
    testSingleCase('Je reviendrai cette vendredi', '2016-11-07', { text: 'cette vendredi', value: '2016-11-11', precision: 'day' });
    testSingleCase('Je reviendrai dimanche dernier', '2016-11-07', { text: 'dimanche dernier', value: '2016-11-06', precision: 'day' });
    testSingleCase('Je reviendrai vendredi prochain', '2016-11-07', { text: 'vendredi prochain', value: '2016-11-11', precision: 'day' });
    testSingleCase('Je reviendrai vendredi de la semaine prochaine', '2016-11-07', { text: 'vendredi de la semaine prochaine', value: '2016-11-18', precision: 'day' });
    testSingleCase('Je reviendrai premier vendredi de juillet', '2016-11-07', { text: 'premier vendredi de juillet', value: '2016-07-01', precision: 'day' });
  });

  it('limits the precision to the document date', () => {
    testSingleCase('Lundi dernier, le conseil a voté', '2022-01', { text: 'Lundi dernier', value: '2022-01', precision: 'month', relative: true });
  });

  it('leaves recurring days out', () => {
    testUnexpectedResult('Je reviens les vendredis');
    testUnexpectedResult('ouvert chaque lundi');
    testUnexpectedResult('Le magasin ouvre de 9h à 18h du lundi au samedi.');
  });
});
