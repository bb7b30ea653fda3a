/**
 * Language identification on Lingua's test lines (../shared/data/langid: fr en de es it pt nl
 * ca, 1,000 sentences, word pairs and single words each). A line counts as right when the
 * detector names its folder's language; accuracy is over all 8,000 lines of a kind. Also
 * printed: the sentences every detector puts in one same other language (label noise, mostly
 * Spanish and English lines in ca/), the accuracy on the others, and the detector's speed.
 * The detector's weights were chosen on a separate dev set (scripts/data/tune-language-model.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { franc } from 'franc';
import { CANDIDATES } from '../../src/language/candidates.js';
import { DEFAULT_WEIGHTS, detectLanguage, documentPrior, type DetectorWeights } from '../../src/language/index.js';
import { scoreNgrams } from '../../src/language/ngram-model.js';
import { scanWords } from '../../src/language/scan-words.js';
import { scoreWords } from '../../src/language/word-model.js';
import { packageRoot } from '../../src/data/load.js';
import { percent, runIfMain, skipWhenAbsent } from './shared.js';

const KINDS = [
  { file: 'sentences.txt', label: 'sentences' },
  { file: 'word-pairs.txt', label: 'word pairs' },
  { file: 'single-words.txt', label: 'single words' },
] as const;

type Detector = (text: string) => string;

interface Line {
  readonly lang: string;
  readonly text: string;
}

const ISO3 = new Map(CANDIDATES.map(({ iso1, iso3 }) => [iso1, iso3]));
const ONLY = CANDIDATES.map(({ iso3 }) => iso3);

/** The best candidate by one of the model's two halves alone, to show what each brings. */
function bestBy(score: (words: string[], scores: Float64Array, weights: DetectorWeights) => number): Detector {
  return (text) => {
    const scores = new Float64Array(CANDIDATES.length);
    score(scanWords(text.toLowerCase()), scores, DEFAULT_WEIGHTS);
    let best = 0;
    for (let column = 1; column < scores.length; column++) if (scores[column] > scores[best]) best = column;
    return scores[best] === scores[best === 0 ? 1 : 0] ? 'und' : CANDIDATES[best].iso3;
  };
}

async function detectors(): Promise<[string, Detector][]> {
  const rows: [string, Detector][] = [
    ['franc', (text) => franc(text)],
    ['franc, 8 languages', (text) => franc(text, { only: ONLY, minLength: 1 })],
  ];
  try {
    const { eld } = await import('eld/large');
    const restricted = eld.newInstance();
    restricted.setLanguageSubset(CANDIDATES.map(({ iso1 }) => iso1));
    rows.push(['eld large', (text) => ISO3.get(eld.detect(text).language) ?? 'und']);
    rows.push(['eld large, 8 languages', (text) => ISO3.get(restricted.detect(text).language) ?? 'und']);
  } catch {
    // eld is a dev dependency: absent after a production install.
  }
  rows.push(['eld 4-grams alone (ours)', bestBy(scoreNgrams)]);
  rows.push(['word frequencies alone', bestBy(scoreWords)]);
  rows.push(['amz-claims (4-grams + words)', (text) => detectLanguage(text).lang]);
  return rows;
}

/**
 * The sentences scored against the language each is written in: the lines that a reader found
 * in another language than their file's (scripts/eval/data/lingua-mislabelled.tsv) take that one.
 */
function relabelled(dir: string): void {
  const fixes = new Map<string, string>();
  for (const line of readFileSync(join(packageRoot(), 'scripts', 'eval', 'data', 'lingua-mislabelled.tsv'), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [file, number, lang] = line.split('\t');
    fixes.set(`${file}:${number}`, lang);
  }
  let right = 0;
  let total = 0;
  for (const { iso1, iso3 } of CANDIDATES) {
    readFileSync(join(dir, iso1, 'sentences.txt'), 'utf8')
      .split('\n')
      .forEach((text, n) => {
        if (text === '') return;
        total++;
        if (detectLanguage(text).lang === (fixes.get(`${iso1}/sentences.txt:${n + 1}`) ?? iso3)) right++;
      });
  }
  console.log(`amz-claims on all ${total} sentences, the ${fixes.size} a reader found written in another language scored against that one: ${percent(right, total).trim()}`);
}

export async function run(dataDir: string): Promise<void> {
  const dir = join(dataDir, 'langid');
  if (skipWhenAbsent(dir, 'langid')) return;
  const data = KINDS.map(({ file }) =>
    CANDIDATES.flatMap(({ iso1, iso3 }) =>
      readFileSync(join(dir, iso1, file), 'utf8')
        .split('\n')
        .filter((text) => text !== '')
        .map((text): Line => ({ lang: iso3, text })),
    ),
  );
  detectLanguage('warm up: load the model before timing');

  console.log('Language identification, Lingua test lines, accuracy over fr en de es it pt nl ca (ms per 1,000 lines)');
  console.log(`${'detector'.padEnd(30)}${KINDS.map(({ label }) => label.padStart(22)).join('')}`);
  const perLanguage: number[][] = [];
  const rows = await detectors();
  for (const [name, detect] of rows) {
    const cells: string[] = [];
    data.forEach((lines, kind) => {
      const right = new Map<string, number>();
      const started = performance.now();
      for (const line of lines) if (detect(line.text) === line.lang) right.set(line.lang, (right.get(line.lang) ?? 0) + 1);
      const perThousand = ((performance.now() - started) * 1000) / lines.length;
      const total = [...right.values()].reduce((sum, count) => sum + count, 0);
      cells.push(`${percent(total, lines.length)} ${perThousand.toFixed(0).padStart(5)} ms`);
      if (name.startsWith('amz-claims')) {
        perLanguage[kind] = ONLY.map((lang) => right.get(lang) ?? 0);
      }
    });
    console.log(`${name.padEnd(30)}${cells.map((cell) => cell.padStart(22)).join('')}`);
  }

  console.log('\namz-claims per language');
  console.log(`${'kind'.padEnd(14)}${ONLY.map((lang) => lang.padStart(9)).join('')}`);
  KINDS.forEach(({ label }, kind) => {
    const counts = data[kind].reduce((map, line) => map.set(line.lang, (map.get(line.lang) ?? 0) + 1), new Map<string, number>());
    console.log(`${label.padEnd(14)}${ONLY.map((lang, column) => percent(perLanguage[kind][column], counts.get(lang) ?? 0).padStart(9)).join('')}`);
  });

  // Label noise: lines of one file that every detector puts in the same other language.
  const sentences = data[0];
  const noisy = new Map<string, number>();
  let clean = 0;
  let cleanRight = 0;
  for (const line of sentences) {
    const answers = new Set(rows.filter(([name]) => !name.includes(',') && !name.includes('alone')).map(([, detect]) => detect(line.text)));
    const [answer] = answers;
    if (answers.size === 1 && answer !== line.lang && answer !== 'und') {
      noisy.set(line.lang, (noisy.get(line.lang) ?? 0) + 1);
    } else {
      clean++;
      if (detectLanguage(line.text).lang === line.lang) cleanRight++;
    }
  }
  const noise = ONLY.filter((lang) => noisy.has(lang)).map((lang) => `${lang} ${noisy.get(lang)}`);
  console.log(`\nsentences that franc, eld and amz-claims all put in one same other language: ${noise.join(', ') || 'none'}`);
  console.log(`amz-claims on the other ${clean} sentences: ${percent(cleanRight, clean).trim()}`);
  relabelled(dir);

  // `lang --by sentence` reads each sentence with its document's language as a prior.
  console.log('\namz-claims with a document prior (lang --by sentence): lines read as sentences of a document');
  console.log(`${''.padEnd(30)}${KINDS.map(({ label }) => label.padStart(22)).join('')}`);
  const withPrior = (same: boolean): string[] =>
    data.map((lines) => {
      let right = 0;
      let total = 0;
      for (const { iso3 } of CANDIDATES) {
        const prior = documentPrior(iso3);
        for (const line of lines) {
          if ((line.lang === iso3) !== same) continue;
          total++;
          if (detectLanguage(line.text, { prior }).lang === line.lang) right++;
        }
      }
      return percent(right, total);
    });
  console.log(`${'in a document of their language'.padEnd(30)}${withPrior(true).map((cell) => cell.padStart(22)).join('')}`);
  console.log(`${'in a document of another'.padEnd(30)}${withPrior(false).map((cell) => cell.padStart(22)).join('')}`);

  // Throughput on the sentences, best of three passes (the machine may be shared).
  const bytes = sentences.reduce((sum, line) => sum + Buffer.byteLength(line.text), 0);
  let fastest = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const started = performance.now();
    for (const line of sentences) detectLanguage(line.text);
    fastest = Math.min(fastest, performance.now() - started);
  }
  console.log(`amz-claims speed on the sentences: ${(bytes / 1e6 / (fastest / 1000)).toFixed(1)} MB/s`);
}

runIfMain(import.meta.url, run);
