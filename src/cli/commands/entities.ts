import { entityRecords } from '../../records/build.js';
import type { DocumentCommand } from './types.js';

export const entitiesCommand: DocumentCommand = {
  name: 'entities',
  summary: 'organisations, people, places, products and works, with canonical names, aliases and mentions',
  recordType: 'entity',
  examples: [
    ['amz-claims entities', 'entities of the bundled corpus'],
    ["amz-claims entities articles/ --format jsonl | jq 'select(.label == \"ORG\") | .canonical'", 'organisations only'],
  ],
  records: (analysis) => entityRecords(analysis),
};
