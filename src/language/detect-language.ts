import { CANDIDATES, candidateIndex } from './candidates.js';
import { isLatinLetter, isLetter } from './letter-class.js';
import { scoreNgrams } from './ngram-model.js';
import { scanWords } from './scan-words.js';
import { scriptLanguage } from './script-language.js';
import { scoreWords } from './word-model.js';
import type { LanguageGuess } from './types.js';
import { DEFAULT_WEIGHTS, type DetectorWeights } from './weights.js';

/** A document's language is read from its first few KB: bounded work, and plenty of evidence. */
const MAX_SAMPLE = 4096;
/**
 * Fewer letters than this cannot be told apart reliably (« Oui », « OK », « 12 € »): `und`.
 * Four keeps single words such as « achat » or « world » detectable.
 */
const MIN_LETTERS = 4;

const FRENCH = candidateIndex('fr');

const UNDETERMINED: LanguageGuess = { lang: 'und', confidence: 0 };

/**
 * What is known of a text's language before reading it: a sentence of a French document is
 * French unless it says otherwise. `logOdds` is added to the language's evidence.
 */
export interface LanguagePrior {
  /** ISO 639-3, one of CANDIDATES */
  readonly lang: string;
  readonly logOdds: number;
}

export interface DetectOptions {
  /** for evaluation and tuning; the defaults are the measured choice */
  readonly weights?: DetectorWeights;
  /** a language known beforehand to lean towards (see documentPrior) */
  readonly prior?: LanguagePrior | null;
}

/**
 * How strongly a sentence leans towards its document's language, in log-odds. Chosen on the
 * UDHR dev set (scripts/data/tune-language-model.ts, never the test lines), reading each line
 * as a sentence of a document in each candidate language, in a document where nine sentences
 * in ten are in its language: 6 and 8 tie (word pairs 99.0 / 99.1 %, single words 96.4 / 96.3 %
 * against 95.5 / 83.4 % without a prior) and 8 wins as soon as foreign sentences are rarer.
 */
const DOCUMENT_PRIOR_LOG_ODDS = 8;

/**
 * The prior a sentence takes from its document's language, or null when that language is not
 * a candidate (`und`, or another script). Short, ambiguous lines (« Amazon France », « pixel »)
 * follow their document; a real quote in another language carries more evidence than that.
 */
export function documentPrior(documentLanguage: string): LanguagePrior | null {
  if (CANDIDATES.every((candidate) => candidate.iso3 !== documentLanguage)) return null;
  return { lang: documentLanguage, logOdds: DOCUMENT_PRIOR_LOG_ODDS };
}

/**
 * The language of a text, among French and its neighbours (see CANDIDATES): eld's byte 4-gram
 * scores and a word-frequency model add up as evidence per language, the best wins, and the
 * confidence is its share of the evidence (a softmax over the summed scores).
 */
export function detectLanguage(text: string, options: DetectOptions = {}): LanguageGuess {
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const prior = options.prior ?? null;
  const sample = text.length > MAX_SAMPLE ? text.slice(0, MAX_SAMPLE) : text;
  let latin = 0;
  let other = 0;
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index);
    if (isLatinLetter(code)) latin++;
    else if (code >= 0x80 && isLetter(code)) other++;
  }
  if (latin + other < MIN_LETTERS) return UNDETERMINED;
  if (other > latin) return scriptLanguage(sample);

  const words = scanWords(sample.toLowerCase());
  const ngramScores = new Float64Array(CANDIDATES.length);
  const wordScores = new Float64Array(CANDIDATES.length);
  scoreNgrams(words, ngramScores);
  const knownWords = scoreWords(words, wordScores, weights);
  if (knownWords === 0 && ngramScores.every((score) => score === 0)) return UNDETERMINED;

  let best = 0;
  const totals = ngramScores.map((score, column) => weights.ngramWeight * score + wordScores[column]);
  totals[FRENCH] += weights.frenchPrior;
  if (prior !== null) {
    const column = CANDIDATES.findIndex((candidate) => candidate.iso3 === prior.lang);
    if (column >= 0) totals[column] += prior.logOdds;
  }
  for (let column = 1; column < totals.length; column++) if (totals[column] > totals[best]) best = column;
  let sum = 0;
  for (const total of totals) sum += Math.exp(total - totals[best]);
  return { lang: CANDIDATES[best].iso3, confidence: Math.round((1 / sum) * 1000) / 1000 };
}
