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

  it('reads a year after « pour » or « sur » only when punctuation closes it', () => {
    testResults('Pour 2025, le groupe a consacré 19 milliards de dollars aux contenus.', null, [['2025', '2025']]);
    testResults('Sur 2024, la hausse atteint 3 %.', null, [['2024', '2024']]);
    testResults('les prévisions pour 2027.', null, [['2027', '2027']]);
    testUnexpectedResult('Il a trouvé un emploi pour 2000 personnes.');
    testUnexpectedResult('un trajet sur 1500 kilomètres');
  });
});
