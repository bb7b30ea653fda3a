import { tokenRecords } from '../../records/build.js';
import type { DocumentCommand } from './types.js';

export const tokensCommand: DocumentCommand = {
  name: 'tokens',
  summary: 'French tokens with their sentence, offsets and kind',
  recordType: 'token',
  examples: [
    ['amz-claims tokens article.txt', 'tokens of one file'],
    ["echo \"L'an dernier, AWS détenait 47,8 %.\" | amz-claims tokens - --format jsonl", 'from standard input'],
  ],
  records: (analysis) => tokenRecords(analysis),
};
