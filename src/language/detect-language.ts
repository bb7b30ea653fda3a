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
 * The language of a text, among French and its neighbours (see CANDIDATES): eld's byte 4-gram
 * scores and a word-frequency model add up as evidence per language, the best wins, and the
 * confidence is its share of the evidence (a softmax over the summed scores). `weights` is
 * for evaluation and tuning; the defaults are the measured choice.
 */
export function detectLanguage(text: string, weights: DetectorWeights = DEFAULT_WEIGHTS): LanguageGuess {
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
  for (let column = 1; column < totals.length; column++) if (totals[column] > totals[best]) best = column;
  let sum = 0;
  for (const total of totals) sum += Math.exp(total - totals[best]);
  return { lang: CANDIDATES[best].iso3, confidence: Math.round((1 / sum) * 1000) / 1000 };
}
