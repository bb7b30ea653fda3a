import { documentRecord } from '../../records/build.js';
import type { DocumentCommand } from './types.js';

export const corpusCommand: DocumentCommand = {
  name: 'corpus',
  summary: 'one record per document: id, title, source, date, language, size',
  recordType: 'document',
  examples: [
    ['amz-claims corpus', 'the bundled French corpus'],
    ['amz-claims corpus articles/ --format csv', 'every *.txt and *.md below articles/'],
  ],
  records: (analysis) => [documentRecord(analysis)],
};
