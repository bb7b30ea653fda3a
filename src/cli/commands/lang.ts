import { Option } from 'commander';
import { langRecords } from '../../records/build.js';
import type { DocumentCommand } from './types.js';

export const langCommand: DocumentCommand = {
  name: 'lang',
  summary: 'the language of each document (ISO 639-3, und when too short to tell)',
  recordType: 'lang',
  examples: [
    ['amz-claims lang articles/', 'one record per document'],
    ['amz-claims lang article.txt --by sentence', 'one record per sentence'],
  ],
  configure: (command) => {
    command.addOption(new Option('--by <unit>', 'detect per document or per sentence').choices(['document', 'sentence']).default('document'));
  },
  records: (analysis, options) => langRecords(analysis, options.by === 'sentence' ? 'sentence' : 'document'),
};
