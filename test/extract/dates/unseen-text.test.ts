import { describe, it } from 'vitest';
import { testResults, testUnexpectedResult } from './helpers.js';

// A date never spans a line break, but a line break before its first word (a paragraph that
// opens on « L'an dernier, ») is outside it.
describe('dates that open a paragraph', () => {
  it.each([
    ["L'an dernier", '2024'],
    ['Cette semaine', '2025-10'],
    ['Le mois prochain', '2025-11'],
    ['Ce lundi', '2025-10-27'],
    ['Les années 2010', '201'],
  ])('reads « %s » after a blank line', (date, value) => {
    testResults(`Il a vendu.\n\n${date}, la Commission a infligé une amende.`, '2025-10-29', [[date, value]]);
  });

  it('still refuses a date split by a line break', () => {
    testUnexpectedResult("Il l'a vendu l'an\ndernier soir.", '2025-10-29');
    testResults('Il a vendu en 2019\nà 2020 salariés.', '2025-10-29', [['2019', '2019']]);
  });

  it('reads a recurring day at a paragraph start as no date', () => {
    testUnexpectedResult('Il a vendu.\n\nChaque lundi, il part.', '2025-10-29');
  });
});

describe('dates inside addresses', () => {
  it('reads no date in a URL', () => {
    testResults(
      'Selon https://www.lemonde.fr/economie/article/2024/11/14/amazon.html et https://x.fr/a puis www.site.fr/2023/05/02, le 3 mars 2021 tout change.',
      '2025-10-29',
      [['3 mars 2021', '2021-03-03']],
    );
  });
});

describe('days joined to a date of their month', () => {
  it('reads each day of « les 16 et 17 juillet », « du 16 au 18 juillet », « les 3, 4 et 5 mai »', () => {
    testResults('lors du Prime Day des 16 et 17 juillet', '2024-08-20', [['16', '2024-07-16'], ['17 juillet', '2024-07-17']]);
    testResults('du 16 au 18 juillet 2024', null, [['16', '2024-07-16'], ['18 juillet 2024', '2024-07-18']]);
    testResults('les 3, 4 et 5 mai', '2024-08-20', [['3', '2024-05-03'], ['4', '2024-05-04'], ['5 mai', '2024-05-05']]);
    testResults('entre le 2 et le 5 mars', '2024-08-20', [['2', '2024-03-02'], ['5 mars', '2024-03-05']]);
    testResults('du 1er au 3 mars', '2024-08-20', [['1er', '2024-03-01'], ['3 mars', '2024-03-03']]);
  });

  it('reads the first days as dates even with no year to resolve them (no document date)', () => {
    testResults('entre le 22 et le 27 novembre', null, [['22', null], ['27 novembre', null]]);
  });

  it('reads no day in a number that does not come before the later day', () => {
    testResults('Il a vendu 40 et 14 juillet', '2024-08-20', [['14 juillet', '2024-07-14']]);
  });
});
