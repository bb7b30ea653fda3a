import { readDataLines } from '../data/load.js';
import { CANDIDATES, candidateIndex } from './candidates.js';
import { foldDiacritics, isAscii } from './fold-diacritics.js';
import type { DetectorWeights } from './weights.js';

/** Each language's list holds its 10,000 most frequent words. */
const LIST_SIZE = 10_000;
/** Zipf's law: the word of rank r has probability 1 / (r · H), H the list's harmonic number. */
const HARMONIC = Math.log(LIST_SIZE) + 0.5772;

/** Rows of per-language log-probabilities; 0 marks a language whose list lacks the word. */
interface WordTable {
  readonly rows: Map<string, number>;
  readonly logProbabilities: Float64Array;
}

interface WordModel {
  /** The words as listed. */
  readonly exact: WordTable;
  /** The listed words that carry diacritics, by their folded form, keeping each language's most frequent. */
  readonly folded: WordTable;
}

let model: WordModel | undefined;

function logProbability(rank: number): number {
  return -Math.log(rank * HARMONIC);
}

/** Word frequency ranks per candidate (src/data/language/words.tsv), read on first use. */
function wordModel(): WordModel {
  if (model !== undefined) return model;
  const lines = readDataLines('language/words.tsv');
  const width = CANDIDATES.length;
  const exact: WordTable = { rows: new Map(), logProbabilities: new Float64Array(lines.length * width) };
  const foldedRanks = new Map<string, Float64Array>();
  lines.forEach((line, row) => {
    const tab = line.indexOf('\t');
    const word = line.slice(0, tab);
    exact.rows.set(word, row);
    const fold = foldDiacritics(word);
    let ranks: Float64Array | undefined;
    if (fold !== word) {
      ranks = foldedRanks.get(fold) ?? new Float64Array(width);
      foldedRanks.set(fold, ranks);
    }
    for (const cell of line.slice(tab + 1).split(' ')) {
      const colon = cell.indexOf(':');
      const column = candidateIndex(cell.slice(0, colon));
      if (column < 0) continue;
      const rank = Number(cell.slice(colon + 1));
      exact.logProbabilities[row * width + column] = logProbability(rank);
      if (ranks !== undefined && (ranks[column] === 0 || rank < ranks[column])) ranks[column] = rank;
    }
  });
  const folded: WordTable = { rows: new Map(), logProbabilities: new Float64Array(foldedRanks.size * width) };
  let row = 0;
  for (const [fold, ranks] of foldedRanks) {
    folded.rows.set(fold, row);
    for (let column = 0; column < width; column++) {
      if (ranks[column] > 0) folded.logProbabilities[row * width + column] = logProbability(ranks[column]);
    }
    row++;
  }
  model = { exact, folded };
  return model;
}

const CURLY_OR_GRAVE_APOSTROPHE = /[’`]/g;

/**
 * Adds to `scores` the log-probability of each word under each candidate's word list. A word
 * no list has says nothing; an elided form no list has whole (l'auditori) is looked up by its
 * parts; a word in plain ASCII also matches the accented forms it may have lost its accents
 * from, at a penalty. Returns how many words some list knew.
 */
export function scoreWords(words: readonly string[], scores: Float64Array, weights: DetectorWeights): number {
  const { exact, folded } = wordModel();
  const width = CANDIDATES.length;
  const unlisted = logProbability(weights.unlistedRank);
  const unaccented = -Math.log(weights.unaccentedPenalty);
  let known = 0;
  const add = (word: string): boolean => {
    const row = exact.rows.get(word);
    const foldedRow = weights.unaccentedPenalty > 0 && isAscii(word) ? folded.rows.get(word) : undefined;
    if (row === undefined && foldedRow === undefined) return false;
    for (let column = 0; column < width; column++) {
      let best = row === undefined ? 0 : exact.logProbabilities[row * width + column];
      if (foldedRow !== undefined) {
        const viaAccent = folded.logProbabilities[foldedRow * width + column];
        if (viaAccent !== 0 && (best === 0 || viaAccent + unaccented > best)) best = viaAccent + unaccented;
      }
      scores[column] += best === 0 ? unlisted : best;
    }
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
