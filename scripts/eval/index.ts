// `npm run eval`: every accuracy figure the README quotes, measured on the third-party
// test suites in ../shared/data (each section skips cleanly when its data is absent)
// and on the seed corpus fixtures.
import { run as claims } from './claims.js';
import { run as langid } from './langid.js';
import { run as ner } from './ner.js';
import { run as recognizersDates } from './recognizers-dates.js';
import { run as recognizersNumbers } from './recognizers-numbers.js';
import { sharedDataDir } from './shared.js';
import { run as ud } from './ud.js';

const sections: [string, (dataDir: string) => Promise<void>][] = [
  ['Tokens and sentences (issue: foundation)', ud],
  ['Language identification (issue: foundation)', langid],
  ['Numbers, percentages, money, dimensions, ordinals (issue: figures and dates)', recognizersNumbers],
  ['Dates (issue: figures and dates)', recognizersDates],
  ['Entities (issue: entities)', ner],
  ['Claims (issue: claims)', claims],
];

const dataDir = sharedDataDir();
for (const [title, run] of sections) {
  console.log(`\n== ${title} ==`);
  await run(dataDir);
}
