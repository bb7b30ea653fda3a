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
});
