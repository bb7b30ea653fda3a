import { describe, it } from 'vitest';
import { testSingleCase, testUnexpectedResult } from './helpers.js';

describe('full and partial calendar dates', () => {
  it('reads a day, a month in words and a year', () => {
    testSingleCase('Dans une enquête datée du 14 avril 2021, le journal...', null, { text: '14 avril 2021', value: '2021-04-14', precision: 'day', relative: false });
    testSingleCase('diffusé le 8 février 2016', null, { text: '8 février 2016', value: '2016-02-08', precision: 'day' });
    testSingleCase('Le 1er mai 2019, ils ont défilé.', null, { text: '1er mai 2019', value: '2019-05-01', precision: 'day' });
    testSingleCase('le premier janvier 2020', null, { text: 'premier janvier 2020', value: '2020-01-01', precision: 'day' });
    testSingleCase('je reviendrai le 1 sep. 2019', null, { text: '1 sep. 2019', value: '2019-09-01', precision: 'day' });
    testSingleCase('Nous avons une réunion le 5 décembre 1391', null, { text: '5 décembre 1391', value: '1391-12-05', precision: 'day' });
  });

  it('reads digits in the French order and ISO dates', () => {
    testSingleCase('publié le 14/04/2021.', null, { text: '14/04/2021', value: '2021-04-14', precision: 'day' });
    testSingleCase('mise à jour 2021-04-14 à midi', null, { text: '2021-04-14', value: '2021-04-14', precision: 'day' });
    testSingleCase('Êtes-vous libre le 13.5.2015', null, { text: '13.5.2015', value: '2015-05-13', precision: 'day' });
    testSingleCase('Je reviendrai 05/05/89', null, { text: '05/05/89', value: '1989-05-05', precision: 'day' });
    testSingleCase('Je reviendrai 12/08,2015', null, { text: '12/08,2015', value: '2015-08-12', precision: 'day' });
  });

  it('takes the year of a partial date from the document date, the nearest one', () => {
    testSingleCase('le 1er mai, les syndicats', '2021-04', { text: '1er mai', value: '2021-05-01', precision: 'day', relative: true });
    testSingleCase('Je reviendrai 22 Juin', '2016-11-07', { text: '22 Juin', value: '2016-06-22', precision: 'day', relative: true });
    testSingleCase('Je reviendrai 1 Jan', '2016-11-07', { text: '1 Jan', value: '2017-01-01', precision: 'day', relative: true });
    testSingleCase('rendez-vous le 22/04', '2016-11-07', { text: '22/04', value: '2017-04-22', precision: 'day' });
  });

  it('leaves the value null without a document date', () => {
    testSingleCase('le 14 avril, ils ont signé', null, { text: '14 avril', value: null, precision: 'day', relative: true });
  });

  it('finds no date in numbers that only look like one', () => {
    testUnexpectedResult('6 107,31 août 2019 ne doit pas inclure la décimale', null);
    testUnexpectedResult('la valeur nominale de ses 6 1/4% …');
    testUnexpectedResult('un service disponible 24/7 partout');
    testUnexpectedResult('il a obtenu 9/10 à l’examen');
    testUnexpectedResult('le premier prix');
    testUnexpectedResult("j'irai au 27ème étage");
    testUnexpectedResult('Stop Amazon - Episode 4 : rien à cacher');
    testUnexpectedResult('jusqu’à 1 500 euros par mois');
  });
});
