/**
 * Chooses the detector's weights (src/language/weights.ts) on the development set of
 * language-dev-set.ts — the UDHR in the eight candidate languages, as sentences, word pairs
 * and single words, with and without diacritics — never on the test lines. Prints the
 * accuracy of each setting of a small grid, best first, and the current defaults.
 *
 * Run: npx tsc -p . ; node dist/scripts/data/tune-language-model.js
 */
import { CANDIDATES } from '../../src/language/candidates.js';
import { DEFAULT_WEIGHTS, detectLanguage, type DetectorWeights } from '../../src/language/index.js';
import { languageDevSet, withoutDiacritics, type DevLine, type DevSet } from './language-dev-set.js';

const ISO3 = new Map(CANDIDATES.map(({ iso1, iso3 }) => [iso1, iso3]));

function accuracy(lines: readonly DevLine[], weights: DetectorWeights): number {
  let right = 0;
  for (const { lang, text } of lines) if (detectLanguage(text, { weights }).lang === ISO3.get(lang)) right++;
  return (100 * right) / lines.length;
}

/** Sentences, four-word fragments, word pairs, single words; then the same without diacritics. */
function scores(sets: readonly DevSet[], weights: DetectorWeights): number[] {
  return sets.flatMap((set) => [set.sentences, set.fragments, set.wordPairs, set.singleWords].map((lines) => accuracy(lines, weights)));
}

const format = (values: readonly number[]): string => values.map((value) => value.toFixed(2).padStart(7)).join('');
const describe = (weights: DetectorWeights): string =>
  `ngram ${String(weights.ngramWeight).padEnd(5)} unlisted ${String(weights.unlistedRank).padEnd(7)} unaccented ${String(weights.unaccentedPenalty).padEnd(3)}`;

const plain = languageDevSet();
const sets = [plain, withoutDiacritics(plain)];
console.log(
  `dev set (UDHR): ${plain.sentences.length} sentences, ${plain.fragments.length} fragments, ${plain.wordPairs.length} word pairs, ${plain.singleWords.length} single words`,
);
const grid: DetectorWeights[] = [];
for (const ngramWeight of [0.02, 0.03, 0.05, 0.07, 0.1, 0.14]) {
  for (const unlistedRank of [30_000, 60_000, 120_000, 250_000, 500_000, 1_000_000, 2_000_000]) {
    for (const unaccentedPenalty of [0, 1, 2, 4]) grid.push({ ngramWeight, unlistedRank, unaccentedPenalty, frenchPrior: 0 });
  }
}
const header = `${''.padEnd(44)}${['sent', 'frag', 'pairs', 'words', 'sent-a', 'frag-a', 'pairs-a', 'words-a', 'mean'].map((label) => label.padStart(7)).join('')}`;
const results = grid.map((weights) => {
  const values = scores(sets, weights);
  return { weights, values: [...values, values.reduce((sum, value) => sum + value, 0) / values.length] };
});
results.sort((a, b) => b.values[8] - a.values[8]);
console.log('best settings by mean accuracy (-a: diacritics removed)');
console.log(header);
for (const { weights, values } of results.slice(0, 15)) console.log(`${describe(weights)}${format(values)}`);
const current = scores(sets, DEFAULT_WEIGHTS);
console.log(`\ndefaults: ${describe(DEFAULT_WEIGHTS)}${format([...current, current.reduce((sum, value) => sum + value, 0) / current.length])}`);
const noFold = scores(sets, { ...DEFAULT_WEIGHTS, unaccentedPenalty: 0 });
console.log(`no unaccented look-up: ${format([...noFold, noFold.reduce((sum, value) => sum + value, 0) / noFold.length])}`);

// The French prior is not chosen by accuracy on this uniform set (which always prefers none):
// print what it trades, French lines won against the other languages' lines lost.
console.log('\nFrench prior (log-odds): accuracy on French lines / on the other languages');
console.log(`${'prior'.padEnd(8)}${['sentences', 'fragments', 'word pairs', 'single words'].map((label) => label.padStart(20)).join('')}`);
for (const frenchPrior of [0, 0.5, 1, 2, 3]) {
  const weights = { ...DEFAULT_WEIGHTS, frenchPrior };
  const cells = [plain.sentences, plain.fragments, plain.wordPairs, plain.singleWords].map((lines) => {
    const french = accuracy(lines.filter(({ lang }) => lang === 'fr'), weights);
    const others = accuracy(lines.filter(({ lang }) => lang !== 'fr'), weights);
    return `${french.toFixed(1)} / ${others.toFixed(1)}`;
  });
  console.log(`${String(frenchPrior).padEnd(8)}${cells.map((cell) => cell.padStart(20)).join('')}`);
}

// The document prior (documentPrior) leans a sentence towards its document's language. Its
// strength is chosen here: each line is read as a sentence of a document in each candidate
// language in turn, and the accuracy is weighed as in a document where nine sentences in ten
// are in its language: 0.9 · (lines in the document's language) + 0.1 · (lines in the others).
console.log('\nDocument prior (log-odds): in-language / other-language accuracy, and the 9:1 mix');
console.log(`${'prior'.padEnd(8)}${['sentences', 'fragments', 'word pairs', 'single words'].map((label) => label.padStart(26)).join('')}`);
for (const logOdds of [0, 2, 4, 6, 8, 10, 12, 16]) {
  const cells = [plain.sentences, plain.fragments, plain.wordPairs, plain.singleWords].map((lines) => {
    let same = 0;
    let sameRight = 0;
    let other = 0;
    let otherRight = 0;
    for (const { iso3 } of CANDIDATES) {
      const prior = { lang: iso3, logOdds };
      for (const line of lines) {
        const right = detectLanguage(line.text, { prior }).lang === ISO3.get(line.lang);
        if (ISO3.get(line.lang) === iso3) {
          same++;
          if (right) sameRight++;
        } else {
          other++;
          if (right) otherRight++;
        }
      }
    }
    const inLanguage = (100 * sameRight) / same;
    const others = (100 * otherRight) / other;
    return `${inLanguage.toFixed(1)} / ${others.toFixed(1)} = ${(0.9 * inLanguage + 0.1 * others).toFixed(1)}`;
  });
  console.log(`${String(logOdds).padEnd(8)}${cells.map((cell) => cell.padStart(26)).join('')}`);
}
