import { expect, it } from 'vitest';

it('pins the public API', async () => {
  const api = await import('../src/index.js');
  expect(Object.keys(api).sort()).toEqual([
    'AnalyzedDocument',
    'CodePointIndex',
    'checkClaims',
    'checkFails',
    'claimRecords',
    'createDocument',
    'dateRecords',
    'detectLanguage',
    'documentPrior',
    'documentRecord',
    'entityRecords',
    'extractClaims',
    'extractDates',
    'extractEntities',
    'extractFigures',
    'figureRecords',
    'formatIsoDate',
    'langRecords',
    'parseIsoDate',
    'readInputs',
    'sentenceRecords',
    'splitSentences',
    'tokenRecords',
    'tokenize',
  ]);
});
