import { readDataLines } from '../data/load.js';
import { CANDIDATES, candidateIndex } from './candidates.js';

/** eld stores each score minus this floor, to keep its database small. */
const SCORE_FLOOR = 53;
/** eld reads at most this many bytes of a word. */
const MAX_WORD_BYTES = 70;

interface NgramModel {
  /** n-gram (its bytes packed big-endian into one number) -> row in `scores`. */
  readonly rows: Map<number, number>;
  /** CANDIDATES.length scores per row; 0 where the language lacks the n-gram. */
  readonly scores: Float64Array;
}

let model: NgramModel | undefined;

/** eld's byte 4-gram scores for the candidates (src/data/language/ngrams.tsv), read on first use. */
function ngramModel(): NgramModel {
  if (model !== undefined) return model;
  const lines = readDataLines('language/ngrams.tsv');
  const width = CANDIDATES.length;
  const rows = new Map<number, number>();
  const scores = new Float64Array(lines.length * width);
  lines.forEach((line, row) => {
    const tab = line.indexOf('\t');
    rows.set(parseInt(line.slice(0, tab), 16), row);
    for (const cell of line.slice(tab + 1).split(' ')) {
      const colon = cell.indexOf(':');
      const column = candidateIndex(cell.slice(0, colon));
      if (column >= 0) scores[row * width + column] = Number(cell.slice(colon + 1)) + SCORE_FLOOR;
    }
  });
  model = { rows, scores };
  return model;
}

const wordBytes = new Uint8Array(MAX_WORD_BYTES * 4);

/** UTF-8 bytes of `word` into `wordBytes`, at most MAX_WORD_BYTES; returns how many. */
function encodeWord(word: string): number {
  let length = 0;
  for (let index = 0; index < word.length && length < MAX_WORD_BYTES; index++) {
    let code = word.charCodeAt(index);
    if (code < 0x80) {
      wordBytes[length++] = code;
    } else if (code < 0x800) {
      wordBytes[length++] = 0xc0 | (code >> 6);
      wordBytes[length++] = 0x80 | (code & 0x3f);
    } else if (code < 0xd800 || code >= 0xe000 || index + 1 >= word.length) {
      wordBytes[length++] = 0xe0 | (code >> 12);
      wordBytes[length++] = 0x80 | ((code >> 6) & 0x3f);
      wordBytes[length++] = 0x80 | (code & 0x3f);
    } else {
      code = 0x10000 + (((code & 0x3ff) << 10) | (word.charCodeAt(++index) & 0x3ff));
      wordBytes[length++] = 0xf0 | (code >> 18);
      wordBytes[length++] = 0x80 | ((code >> 12) & 0x3f);
      wordBytes[length++] = 0x80 | ((code >> 6) & 0x3f);
      wordBytes[length++] = 0x80 | (code & 0x3f);
    }
  }
  return Math.min(length, MAX_WORD_BYTES);
}

/** Packs bytes [from, to) of the current word, with optional word-boundary spaces, into a key. */
function packGram(from: number, to: number, leadingSpace: boolean, trailingSpace: boolean): number {
  let key = leadingSpace ? 0x20 : 0;
  for (let index = from; index < to; index++) key = key * 256 + wordBytes[index];
  return trailingSpace ? key * 256 + 0x20 : key;
}

/**
 * Adds to `scores` (one slot per candidate) eld's score of each distinct n-gram of the words:
 * 4-byte windows every 3 bytes, the first marked by a leading space, plus the word's last 4
 * bytes with a trailing space. Returns the number of distinct n-grams seen.
 */
export function scoreNgrams(words: readonly string[], scores: Float64Array): number {
  const { rows, scores: table } = ngramModel();
  const width = CANDIDATES.length;
  const seen = new Set<number>();
  const add = (key: number): void => {
    if (seen.has(key)) return;
    seen.add(key);
    const row = rows.get(key);
    if (row === undefined) return;
    const base = row * width;
    for (let column = 0; column < width; column++) scores[column] += table[base + column];
  };
  for (const word of words) {
    const length = encodeWord(word);
    let start = 0;
    for (; start + 4 < length; start += 3) add(packGram(start, start + 4, start === 0, false));
    add(packGram(length !== 3 ? Math.max(0, length - 4) : 0, length, start === 0, true));
  }
  return seen.size;
}
