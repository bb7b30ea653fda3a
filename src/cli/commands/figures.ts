import { figureRecords } from '../../records/build.js';
import type { DocumentCommand } from './types.js';

export const figuresCommand: DocumentCommand = {
  name: 'figures',
  summary: 'every quantity (percentages, money, counts, durations, ranks, measures), claim or not',
  recordType: 'figure',
  examples: [
    ['amz-claims figures', 'figures of the bundled corpus'],
    ["echo 'Le titre a gagné 3,49 % pour 1 500 euros.' | amz-claims figures - --format jsonl", 'from standard input'],
  ],
  records: (analysis) => figureRecords(analysis),
};
