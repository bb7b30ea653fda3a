import { describe, it } from 'vitest';
import { testCaseTable, testResults, testUnexpectedResult } from './helpers.js';

describe('months, years and longer periods', () => {
  testCaseTable('periods.tsv');

  it('reads both ends of a range of years', () => {
    testResults('de 2015 à 2019', null, [['2015', '2015'], ['2019', '2019']]);
    testResults('entre 2015 et 2018, les ventes', null, [['2015', '2015'], ['2018', '2018']]);
    testResults('la période 2015-2019', null, [['2015', '2015'], ['2019', '2019']]);
    testUnexpectedResult('les codes 2019-2015 et 1850-1900');
  });

  it('reads « fin de », « début de », « au cours de » before a year or a month', () => {
    testResults("d'ici à la fin de 2027, 2 000 robots", null, [['fin de 2027', '2027']]);
    testResults('au début de 2026, Amazon', null, [['début de 2026', '2026']]);
    testResults('au cours de 2024, les ventes', null, [['2024', '2024']]);
    testResults("à la fin d'octobre", '2026-10-15', [["fin d'octobre", '2026-10']]);
    testResults("à la fin de l'année 2025", '2026-10-15', [["fin de l'année 2025", '2025']]);
    testUnexpectedResult('au cours de 1500 réunions');
    testUnexpectedResult('le cours de 2000 actions');
  });

  it('reads a year after a noun of a document or an event and « de », not a count of a plural noun', () => {
    testResults('Une étude de 2019 évaluait le solde à 7 900 emplois perdus.', null, [['2019', '2019']]);
    testResults('la crise de 2008 dans les banques', null, [['2008', '2008']]);
    testUnexpectedResult('un plan de 1500 suppressions');
    testUnexpectedResult('un rapport de 2019 pages');
  });

  it('reads a year after « pour » or « sur » only when punctuation closes it', () => {
    testResults('Pour 2025, le groupe a consacré 19 milliards de dollars aux contenus.', null, [['2025', '2025']]);
    testResults('Sur 2024, la hausse atteint 3 %.', null, [['2024', '2024']]);
    testResults('les prévisions pour 2027.', null, [['2027', '2027']]);
    testUnexpectedResult('Il a trouvé un emploi pour 2000 personnes.');
    testUnexpectedResult('un trajet sur 1500 kilomètres');
  });
});
