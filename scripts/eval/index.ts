// `npm run eval`: every accuracy figure the README quotes, measured on the third-party
// test suites in ../shared/data (each section skips cleanly when its data is absent)
// and on the seed corpus fixtures.
import { run as langid } from './langid.js';
import { run as ner } from './ner.js';
import { run as recognizersDates } from './recognizers-dates.js';
import { sharedDataDir } from './shared.js';
import { run as ud } from './ud.js';

const sections: [string, (dataDir: string) => Promise<void>][] = [
  ['Tokens and sentences', ud],
  ['Language identification', langid],
  ['Dates', recognizersDates],
  ['Entities', ner],
];

const dataDir = sharedDataDir();
for (const [title, run] of sections) {
  console.log(`\n== ${title} ==`);
  await run(dataDir);
}
