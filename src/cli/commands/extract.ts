import { claimRecords } from '../../records/build.js';
import type { DocumentCommand } from './types.js';

export const extractCommand: DocumentCommand = {
  name: 'extract',
  summary: 'the main job: claims with figures — who claims what figure, about whom, for when',
  recordType: 'claim',
  examples: [
    ['amz-claims extract', 'claims of the bundled corpus'],
    ['amz-claims extract articles/ --format csv > claims.csv', 'a folder of articles, for a spreadsheet'],
    ["cat docs.jsonl | amz-claims extract - --input jsonl --format jsonl | jq 'select(.subject == \"Amazon\")'", 'a pipeline'],
  ],
  records: (analysis) => claimRecords(analysis),
};
