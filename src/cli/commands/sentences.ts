import { sentenceRecords } from '../../records/build.js';
import type { DocumentCommand } from './types.js';

export const sentencesCommand: DocumentCommand = {
  name: 'sentences',
  summary: 'sentences with their offsets',
  recordType: 'sentence',
  examples: [
    ['amz-claims sentences', 'sentences of the bundled corpus'],
    ['amz-claims sentences article.txt --format jsonl | jq -r .text', 'one sentence a line'],
  ],
  records: (analysis) => sentenceRecords(analysis),
};
