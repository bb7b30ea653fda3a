import { dateRecords } from '../../records/build.js';
import type { DocumentCommand } from './types.js';

export const datesCommand: DocumentCommand = {
  name: 'dates',
  summary: 'every temporal expression, resolved against the publication date',
  recordType: 'date',
  examples: [
    ['amz-claims dates', 'dates of the bundled corpus (publication dates from its manifest)'],
    ["echo \"L'an dernier, les ventes ont doublé.\" | amz-claims dates - --date 2021-04", 'resolve « l\'an dernier » against April 2021'],
  ],
  records: (analysis) => dateRecords(analysis),
};
