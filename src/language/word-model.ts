import { readDataLines } from '../data/load.js';
import { CANDIDATES, candidateIndex } from './candidates.js';
import { foldDiacritics, isAscii } from './fold-diacritics.js';
import type { DetectorWeights } from './weights.js';

/** Each language's list holds its 10,000 most frequent words. */
const LIST_SIZE = 10_000;
/** Zipf's law: the word of rank r has probability 1 / (r · H), H the list's harmonic number. */
const HARMONIC = Math.log(LIST_SIZE) + 0.5772;

/**
 * One row per listed word and per folded form of a listed accented word (eleveur for
 * éleveur), with CANDIDATES.length ranks each; 0 where the language lacks it.
 */
interface WordModel {
  readonly rows: Map<string, number>;
  /** Whether the row's key is plain ASCII, so it may be an accented word that lost its accents. */
  readonly ascii: Uint8Array;
  readonly exactRanks: Float64Array;
  /** Each language's best rank among the accented words that fold to the row's key. */
  readonly foldedRanks: Float64Array;
}

/** The model's rows turned into per-language log-probabilities for one set of weights. */
interface ScoredRows {
  readonly weights: DetectorWeights;
  readonly logProbabilities: Float64Array;
}

let model: WordModel | undefined;
let scored: ScoredRows | undefined;

function logProbability(rank: number): number {
  return -Math.log(rank * HARMONIC);
}

/** Word frequency ranks per candidate (src/data/language/words.tsv), read on first use. */
function wordModel(): WordModel {
  if (model !== undefined) return model;
  const lines = readDataLines('language/words.tsv');
  const width = CANDIDATES.length;
  const rows = new Map<string, number>();
  // At most two rows per line: the word and its folded form.
  const exact = new Float64Array(2 * lines.length * width);
  const folded = new Float64Array(2 * lines.length * width);
  const rowOf = (key: string): number => {
    let row = rows.get(key);
    if (row === undefined) {
      row = rows.size;
      rows.set(key, row);
    }
    return row;
  };
  for (const line of lines) {
    const tab = line.indexOf('\t');
    const word = line.slice(0, tab);
    const row = rowOf(word);
    const fold = foldDiacritics(word);
    const foldRow = fold !== word ? rowOf(fold) : -1;
    let from = tab + 1;
    while (from < line.length) {
      const colon = line.indexOf(':', from);
      const space = line.indexOf(' ', colon);
      const to = space < 0 ? line.length : space;
      const column = candidateIndex(line.slice(from, colon));
      from = to + 1;
      if (column < 0) continue;
      const rank = Number(line.slice(colon + 1, to));
      exact[row * width + column] = rank;
      const at = foldRow * width + column;
      if (foldRow >= 0 && (folded[at] === 0 || rank < folded[at])) folded[at] = rank;
    }
  }
  const ascii = new Uint8Array(rows.size);
  for (const [key, row] of rows) ascii[row] = isAscii(key) ? 1 : 0;
  model = { rows, ascii, exactRanks: exact.slice(0, rows.size * width), foldedRanks: folded.slice(0, rows.size * width) };
  return model;
}

/**
 * Per row and language: the log-probability of the listed word, or, for an ASCII key, of the
 * accented form it may stand for (at the unaccented penalty) when that is likelier, or the
 * unlisted floor. Computed once per weights, so scoring a word is one look-up and a sum.
 */
function scoredRows(weights: DetectorWeights): Float64Array {
  if (scored !== undefined && scored.weights === weights) return scored.logProbabilities;
  const { ascii, exactRanks, foldedRanks } = wordModel();
  const width = CANDIDATES.length;
  const unlisted = logProbability(weights.unlistedRank);
  const unaccented = weights.unaccentedPenalty > 0 ? -Math.log(weights.unaccentedPenalty) : -Infinity;
  const logProbabilities = new Float64Array(exactRanks.length);
  for (let at = 0; at < exactRanks.length; at++) {
    let best = exactRanks[at] > 0 ? logProbability(exactRanks[at]) : unlisted;
    if (ascii[Math.floor(at / width)] === 1 && foldedRanks[at] > 0) {
      best = Math.max(best, logProbability(foldedRanks[at]) + unaccented);
    }
    logProbabilities[at] = best;
  }
  scored = { weights, logProbabilities };
  return logProbabilities;
}

const CURLY_OR_GRAVE_APOSTROPHE = /[’`]/g;

/**
 * Adds to `scores` the log-probability of each word under each candidate's word list. A word
 * no list has says nothing; an elided form no list has whole (l'auditori) is looked up by its
 * parts; a word in plain ASCII also matches the accented forms it may have lost its accents
 * from, at a penalty. Returns how many words some list knew.
 */
export function scoreWords(words: readonly string[], scores: Float64Array, weights: DetectorWeights): number {
  const { rows } = wordModel();
  const logProbabilities = scoredRows(weights);
  const width = CANDIDATES.length;
  let known = 0;
  const add = (word: string): boolean => {
    const row = rows.get(word);
    if (row === undefined) return false;
    const base = row * width;
    for (let column = 0; column < width; column++) scores[column] += logProbabilities[base + column];
    known++;
    return true;
  };
  for (const raw of words) {
    const word = raw.includes('’') || raw.includes('`') ? raw.replace(CURLY_OR_GRAVE_APOSTROPHE, "'") : raw;
    if (add(word) || !word.includes("'")) continue;
    for (const part of word.split("'")) if (part.length > 1) add(part);
  }
  return known;
}
