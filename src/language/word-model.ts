import { readDataLines } from '../data/load.js';
import { CANDIDATES, candidateIndex } from './candidates.js';

/** Each language's list holds its 10,000 most frequent words. */
const LIST_SIZE = 10_000;
/** Zipf's law: the word of rank r has probability 1 / (r · H), H the list's harmonic number. */
const HARMONIC = Math.log(LIST_SIZE) + 0.5772;
/**
 * A word missing from a language's list is taken to rank as a rare word of that language
 * (three times the list size), not as impossible: lists miss names, loans and rare forms.
 */
const UNLISTED_LOG_PROBABILITY = -Math.log(3 * LIST_SIZE * HARMONIC);

interface WordModel {
  readonly rows: Map<string, number>;
  /** CANDIDATES.length log-probabilities per row. */
  readonly logProbabilities: Float64Array;
}

let model: WordModel | undefined;

/** Word frequency ranks per candidate (src/data/language/words.tsv), read on first use. */
function wordModel(): WordModel {
  if (model !== undefined) return model;
  const lines = readDataLines('language/words.tsv');
  const width = CANDIDATES.length;
  const rows = new Map<string, number>();
  const logProbabilities = new Float64Array(lines.length * width).fill(UNLISTED_LOG_PROBABILITY);
  lines.forEach((line, row) => {
    const tab = line.indexOf('\t');
    rows.set(line.slice(0, tab), row);
    for (const cell of line.slice(tab + 1).split(' ')) {
      const colon = cell.indexOf(':');
      const column = candidateIndex(cell.slice(0, colon));
      if (column >= 0) logProbabilities[row * width + column] = -Math.log(Number(cell.slice(colon + 1)) * HARMONIC);
    }
  });
  model = { rows, logProbabilities };
  return model;
}

const CURLY_OR_GRAVE_APOSTROPHE = /[’`]/g;

/**
 * Adds to `scores` the log-probability of each word under each candidate's word list. A word
 * no list has says nothing; an elided form no list has whole (l'auditori) is looked up by its
 * parts. Returns how many words some list knew.
 */
export function scoreWords(words: readonly string[], scores: Float64Array): number {
  const { rows, logProbabilities } = wordModel();
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
