import { describe, it } from 'vitest';
import { testResults, testSingleCase, testUnexpectedResult } from './helpers.js';

describe('months, years and longer periods', () => {
  it('reads months', () => {
    testSingleCase('Le confinement de mars 2020 a tout changé.', null, { text: 'mars 2020', value: '2020-03', precision: 'month', relative: false });
    testSingleCase('Les ventes ont chuté en mars.', '2021-04', { text: 'mars', value: '2021-03', precision: 'month', relative: true });
    testSingleCase('Les ventes ont chuté fin avril 2021.', null, { text: 'fin avril 2021', value: '2021-04', precision: 'month' });
    testSingleCase('relevé au 04/2021', null, { text: '04/2021', value: '2021-04', precision: 'month' });
    testUnexpectedResult('La planète Mars est rouge.');
  });

  it('reads years only in a date context', () => {
    testSingleCase('avec 47,8% de parts de marché en 2018.', null, { text: '2018', value: '2018', precision: 'year', relative: false });
    testSingleCase('Fin 2020, Amazon était accusé', null, { text: 'Fin 2020', value: '2020', precision: 'year' });
    testSingleCase('une reprise à la mi-2019', null, { text: 'mi-2019', value: '2019', precision: 'year' });
    testSingleCase('Dans Le monde selon Amazon (Le Cherche midi éditeur, 2019), le journaliste', null, { text: '2019', value: '2019', precision: 'year' });
    testSingleCase('Dès 2010, la firme', null, { text: '2010', value: '2010', precision: 'year' });
    testUnexpectedResult('Amazon emploie 1500 personnes à Lauwin-Planque.');
    testUnexpectedResult('avant 2000 personnes licenciées');
    testUnexpectedResult('des 2019 colis livrés');
  });

  it('reads both ends of a range of years', () => {
    testResults('de 2015 à 2019', null, [['2015', '2015'], ['2019', '2019']]);
    testResults('entre 2015 et 2018, les ventes', null, [['2015', '2015'], ['2018', '2018']]);
    testResults('la période 2015-2019', null, [['2015', '2015'], ['2019', '2019']]);
    testUnexpectedResult('les codes 2019-2015 et 1850-1900');
  });

  it('gives quarters and half-years the year that contains them', () => {
    testSingleCase('au premier semestre 2019', null, { text: 'premier semestre 2019', value: '2019', precision: 'year' });
    testSingleCase('au T3 2021, le chiffre', null, { text: 'T3 2021', value: '2021', precision: 'year' });
    testSingleCase('au troisième trimestre 2021', null, { text: 'troisième trimestre 2021', value: '2021', precision: 'year' });
    testSingleCase('au troisième trimestre, les ventes', '2021-10-28', { text: 'troisième trimestre', value: '2021', precision: 'year', relative: true });
    testUnexpectedResult('un appartement T3 à louer');
  });

  it('reads decades and centuries as ISO prefixes', () => {
    testSingleCase('depuis les années 2010', null, { text: 'les années 2010', value: '201', precision: 'decade' });
    testSingleCase('la musique des années 90', null, { text: 'années 90', value: '199', precision: 'decade' });
    testSingleCase('le pétrole du 21e siècle', null, { text: '21e siècle', value: '20', precision: 'century' });
    testSingleCase('au XIXe siècle', null, { text: 'XIXe siècle', value: '18', precision: 'century' });
    testSingleCase('le XXIème siècle', null, { text: 'XXIème siècle', value: '20', precision: 'century' });
    testSingleCase('le siècle dernier', '2021', { text: 'le siècle dernier', value: '19', precision: 'century', relative: true });
  });
});
