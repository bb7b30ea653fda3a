import { readDataLines } from '../data/load.js';
import { CANDIDATES, candidateIndex } from './candidates.js';

/** eld stores each score minus this floor, to keep its database small. */
const SCORE_FLOOR = 53;
/** eld reads at most this many bytes of a word. */
const MAX_WORD_BYTES = 70;

/**
 * An open-addressing hash table from n-gram to row: n-gram keys (up to 6 bytes) do not fit a
 * small integer, and a Map of such numbers hashes slowly on the per-sentence path.
 */
interface NgramModel {
  readonly mask: number;
  readonly keyHigh: Uint32Array;
  readonly keyLow: Uint32Array;
  /** Row + 1 in `scores`; 0 marks an empty slot. */
  readonly slotRow: Int32Array;
  /** The call that last counted the n-gram of each slot: counts each n-gram once per text. */
  readonly seenIn: Uint32Array;
  /** CANDIDATES.length scores per row; 0 where the language lacks the n-gram. */
  readonly scores: Float64Array;
}

let model: NgramModel | undefined;
let call = 0;

/** The slot of the key (high 16 bits, low 32 bits), or the empty slot where it would go. */
function slotOf(table: NgramModel, high: number, low: number): number {
  let slot = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) & table.mask;
  while (table.slotRow[slot] !== 0 && (table.keyLow[slot] !== low || table.keyHigh[slot] !== high)) {
    slot = (slot + 1) & table.mask;
  }
  return slot;
}

/** eld's byte 4-gram scores for the candidates (src/data/language/ngrams.tsv), read on first use. */
function ngramModel(): NgramModel {
  if (model !== undefined) return model;
  const lines = readDataLines('language/ngrams.tsv');
  const width = CANDIDATES.length;
  let capacity = 1;
  while (capacity < lines.length * 2) capacity *= 2;
  const table: NgramModel = {
    mask: capacity - 1,
    keyHigh: new Uint32Array(capacity),
    keyLow: new Uint32Array(capacity),
    slotRow: new Int32Array(capacity),
    seenIn: new Uint32Array(capacity),
    scores: new Float64Array(lines.length * width),
  };
  lines.forEach((line, row) => {
    const tab = line.indexOf('\t');
    const hex = line.slice(0, tab);
    const high = hex.length > 8 ? parseInt(hex.slice(0, -8), 16) : 0;
    const low = parseInt(hex.slice(-8), 16) >>> 0;
    const slot = slotOf(table, high, low);
    table.keyHigh[slot] = high;
    table.keyLow[slot] = low;
    table.slotRow[slot] = row + 1;
    for (const cell of line.slice(tab + 1).split(' ')) {
      const colon = cell.indexOf(':');
      const column = candidateIndex(cell.slice(0, colon));
      if (column >= 0) table.scores[row * width + column] = Number(cell.slice(colon + 1)) + SCORE_FLOOR;
    }
  });
  model = table;
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

let gramHigh = 0;
let gramLow = 0;

/** Packs bytes [from, to) of the current word, with optional word-boundary spaces, into gramHigh:gramLow. */
function packGram(from: number, to: number, leadingSpace: boolean, trailingSpace: boolean): void {
  let high = 0;
  let low = leadingSpace ? 0x20 : 0;
  for (let index = from; index < to; index++) {
    high = (high << 8) | (low >>> 24);
    low = ((low << 8) | wordBytes[index]) >>> 0;
  }
  if (trailingSpace) {
    high = (high << 8) | (low >>> 24);
    low = ((low << 8) | 0x20) >>> 0;
  }
  gramHigh = high;
  gramLow = low;
}

/** Adds the packed n-gram's scores to `scores` unless this text already counted it; 1 when it did, else 0. */
function addGram(table: NgramModel, scores: Float64Array): number {
  const slot = slotOf(table, gramHigh, gramLow);
  const row = table.slotRow[slot] - 1;
  if (row < 0 || table.seenIn[slot] === call) return 0;
  table.seenIn[slot] = call;
  const width = scores.length;
  const base = row * width;
  for (let column = 0; column < width; column++) scores[column] += table.scores[base + column];
  return 1;
}

/**
 * Adds to `scores` (one slot per candidate) eld's score of each distinct n-gram of the words:
 * 4-byte windows every 3 bytes, the first marked by a leading space, plus the word's last 4
 * bytes with a trailing space. Returns the number of distinct n-grams the model knows.
 */
export function scoreNgrams(words: readonly string[], scores: Float64Array): number {
  const table = ngramModel();
  call = call === 0xffff_ffff ? 1 : call + 1;
  let distinct = 0;
  for (const word of words) {
    const length = encodeWord(word);
    let start = 0;
    for (; start + 4 < length; start += 3) {
      packGram(start, start + 4, start === 0, false);
      distinct += addGram(table, scores);
    }
    packGram(length !== 3 ? Math.max(0, length - 4) : 0, length, start === 0, true);
    distinct += addGram(table, scores);
  }
  return distinct;
}
