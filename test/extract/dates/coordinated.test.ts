import { describe, it } from 'vitest';
import { testResults } from './helpers.js';

describe('dates joined in a range or a list', () => {
  it('read the first in the year the later one writes', () => {
    testResults('Entre mars et mai 2023, les prix ont monté.', '2024-10-15', [['mars', '2023-03'], ['mai 2023', '2023-05']]);
    testResults('Entre décembre et février 2024, les prix ont monté.', '2024-10-15', [['décembre', '2023-12'], ['février 2024', '2024-02']]);
    testResults('Du 28 novembre au 2 décembre 2023, le salon a eu lieu.', '2024-10-15', [['28 novembre', '2023-11-28'], ['2 décembre 2023', '2023-12-02']]);
    testResults('Entre le 15 mars et le 2 avril 2021, les ventes ont baissé.', '2024-10-15', [['15 mars', '2021-03-15'], ['2 avril 2021', '2021-04-02']]);
    testResults('Le mardi 3 et le mercredi 4 mars 2020, grève.', '2024-10-15', [['mardi 3', '2020-03-03'], ['mercredi 4 mars 2020', '2020-03-04']]);
  });

  it('leave a date that is not only joined to the later one', () => {
    testResults('En mars, puis en mai 2023, rien.', '2024-10-15', [['mars', '2024-03'], ['mai 2023', '2023-05']]);
    testResults('Il a été élu le 3 mars et réélu le 5 avril 2023.', '2024-10-15', [['3 mars', '2024-03-03'], ['5 avril 2023', '2023-04-05']]);
    testResults('Le 15 mars dernier et le 2 avril 2021, rien.', '2024-10-15', [['15 mars dernier', '2024-03-15'], ['2 avril 2021', '2021-04-02']]);
  });

  it('make month names joined to a month dates', () => {
    testResults('De janvier à mars 2024, les importations ont baissé.', '2024-10-15', [['janvier', '2024-01'], ['mars 2024', '2024-03']]);
    testResults('En janvier, février et mars 2024, les ventes ont baissé.', '2024-10-15', [['janvier', '2024-01'], ['février', '2024-02'], ['mars 2024', '2024-03']]);
    testResults('Les ventes de décembre et janvier 2024 ont baissé.', '2024-10-15', [['décembre', '2023-12'], ['janvier 2024', '2024-01']]);
    testResults('En mars et avril, le trafic a baissé.', '2024-10-15', [['mars', '2024-03'], ['avril', '2024-04']]);
    testResults('Entre novembre et février, le trafic a baissé.', '2024-10-15', [['novembre', '2023-11'], ['février', '2024-02']]);
    testResults('De mars à mai, les ventes ont baissé.', '2024-10-15', [['mars', '2024-03'], ['mai', '2024-05']]);
  });

  it('not a month name that is no date', () => {
    testResults('La sonde a atteint Mars et Vénus en 2021.', null, [['2021', '2021']]);
    testResults('Mars, Jupiter et Saturne sont visibles en mai 2024.', null, [['mai 2024', '2024-05']]);
    testResults('Le club de Mai à Paris a fermé en juin 2023.', null, [['juin 2023', '2023-06']]);
  });
});
