import { foldCode, foldedCodeAt } from './fold-text.js';
import type { DateVocabulary } from './vocabulary.js';

/**
 * What a token can start, one bit per class of first token. Every parser names the bits its
 * pattern can begin with and visits only the tokens that carry one: the flags are computed once,
 * while the text is scanned (scanTokens), instead of every parser reading every token.
 */
export const Trigger = {
  Number: 1 << 0,
  Month: 1 << 1,
  Weekday: 1 << 2,
  WeekdayAbbreviation: 1 << 3,
  Cardinal: 1 << 4,
  Ordinal: 1 << 5,
  Vague: 1 << 6,
  /** a word that reads as a Roman numeral or Roman ordinal of a century (« xxie », « xix ») */
  Roman: 1 << 7,
  /** « siècle(s) » (century parser) */
  Century: 1 << 8,
  /** « années », « décennie » (decade parser) */
  Decade: 1 << 9,
  /** words that name a day (relative-day parser) */
  RelativeDay: 1 << 10,
  /** the nouns of periods named from the document date (relative-period parser) */
  Period: 1 << 11,
  /** « (il) y (a) », « dans », « (d')ici » (offset parser) */
  OffsetCue: 1 << 12,
  /** « après » before counted weekdays (anchored-offset parser) */
  After: 1 << 13,
  /**
   * what follows a count: a calendar unit (« jours », « mois », « ans ») or a weekday, singular or
   * plural (« deux lundis »). It starts nothing, but tells the count readers where none can end.
   */
  CountedNoun: 1 << 14,
} as const;

/** Fixed first words of the parsers that start at a word of their own (folded forms). */
const WORD_TRIGGERS: readonly [number, readonly string[]][] = [
  [Trigger.Century, ['siecle', 'siecles']],
  [Trigger.Decade, ['annees', 'decennie']],
  [Trigger.RelativeDay, ['aujourd', 'hier', 'demain', 'lendemain', 'surlendemain', 'veille', 'jour']],
  [Trigger.Period, ['an', 'annee', 'mois', 'semaine', 'ete', 'hiver', 'printemps', 'automne']],
  [Trigger.OffsetCue, ['y', 'dans', 'ici']],
  [Trigger.After, ['apres']],
];

/** A trigger word (folded) and its bits. */
interface TriggerWord {
  readonly word: string;
  readonly bits: number;
}

const MAX_LENGTH = 15;

/** For every UTF-16 unit, the index of its folded form among a-z (« É » -> 4), or 26 for any other character. */
const LETTER_INDEX = new Uint8Array(0x10000).fill(26);
for (let code = 0; code < 0x10000; code++) {
  if (code >= 0xd800 && code <= 0xdfff) continue;
  const folded = foldCode(code);
  if (folded >= 0x61 && folded <= 0x7a) LETTER_INDEX[code] = folded - 0x61;
}
const [E, I, M, R, V, X] = [...'eimrvx'].map((letter) => letter.charCodeAt(0) - 0x61);

/** Index of a word's shape: the letter indices of its first two characters (26 for none) and its length. */
function shapeOf(a: number, b: number, length: number): number {
  return (a * 27 + b) * (MAX_LENGTH + 1) + length;
}

/** The shape of text[start, start + length), 1 <= length <= MAX_LENGTH. */
function shapeAt(text: string, start: number, length: number): number {
  return shapeOf(LETTER_INDEX[text.charCodeAt(start)], length > 1 ? LETTER_INDEX[text.charCodeAt(start + 1)] : 26, length);
}

/**
 * The trigger words grouped by shape, and for each shape the index of its group plus one (0: no
 * trigger word has that shape). Most words are settled by that one load; the others are compared
 * letter by letter, with no string made.
 */
export interface WordTriggers {
  readonly groups: readonly (readonly TriggerWord[])[];
  readonly groupOfShape: Uint16Array;
  /** 1 for the shapes of the trigger words and of the Roman numerals of centuries */
  readonly readShape: Uint8Array;
}

let built: WordTriggers | undefined;

/** Built once from the vocabulary and the fixed first words. */
export function wordTriggers(vocabulary: DateVocabulary): WordTriggers {
  if (built) return built;
  const bits = new Map<string, number>();
  const add = (word: string, bit: number) => bits.set(word, (bits.get(word) ?? 0) | bit);
  for (const word of vocabulary.months.keys()) add(word, Trigger.Month);
  for (const word of vocabulary.weekdays.keys()) add(word, Trigger.Weekday);
  for (const word of vocabulary.weekdayAbbreviations.keys()) add(word, Trigger.WeekdayAbbreviation);
  for (const [word, entry] of vocabulary.numberWords) {
    add(word, entry.kind === 'cardinal' ? Trigger.Cardinal : entry.kind === 'ordinal' ? Trigger.Ordinal : Trigger.Vague);
  }
  for (const [bit, words] of WORD_TRIGGERS) for (const word of words) add(word, bit);
  for (const word of vocabulary.units.keys()) add(word, Trigger.CountedNoun);
  for (const word of vocabulary.weekdays.keys()) {
    add(word, Trigger.CountedNoun);
    add(`${word}s`, Trigger.CountedNoun);
  }
  const groups: TriggerWord[][] = [];
  const groupOfShape = new Uint16Array(27 * 27 * (MAX_LENGTH + 1));
  for (const [word, wordBits] of bits) {
    if (word.length > MAX_LENGTH) throw new Error(`date trigger word longer than ${MAX_LENGTH} letters: ${word}`);
    const shape = shapeAt(word, 0, word.length);
    if (groupOfShape[shape] === 0) groupOfShape[shape] = groups.push([]);
    groups[groupOfShape[shape] - 1].push({ word, bits: wordBits });
  }
  const readShape = Uint8Array.from(groupOfShape, (group) => (group === 0 ? 0 : 1));
  // a century in Roman numerals: i, v or x, then one of them or « e », at most nine letters (« xxviieme »)
  for (const first of [I, V, X]) {
    for (const second of [I, V, X, E]) for (let length = 2; length <= 9; length++) readShape[shapeOf(first, second, length)] = 1;
    readShape[shapeOf(first, 26, 1)] = 1;
  }
  built = { groups, groupOfShape, readShape };
  return built;
}

/** The bits of the trigger word among `candidates` (words of that length) that text[start, start + length) folds to; 0 for none. */
function bitsOfWord(candidates: readonly TriggerWord[], text: string, start: number, length: number): number {
  for (let k = 0; k < candidates.length; k++) {
    const { word } = candidates[k];
    let j = 0;
    while (j < length && foldedCodeAt(text, start + j) === word.charCodeAt(j)) j++;
    if (j === length) return candidates[k].bits;
  }
  return 0;
}

/** The centuries the century parser reads, 1st to 30th: a Roman numeral outside them starts no date. */
export const LAST_CENTURY = 30;

/**
 * The value of a Roman numeral letter that can be part of a century, by letter index: i 1, v 5,
 * x 10; 0 for any other. A numeral with an l or a c is worth 34 at the least (« ivxl »), no century.
 */
function centuryLetterValue(index: number): number {
  return index === I ? 1 : index === V ? 5 : index === X ? 10 : 0;
}

/**
 * True when the folded word text[start, end) reads as a Roman numeral or ordinal naming a century
 * (« xix », « xxie », « ier »; romanValue, readRomanOrdinal): one to six letters worth 1 to
 * LAST_CENTURY, then nothing, « e », « er » or « eme ». So « le » (50) and « il » (49) are no trigger.
 */
function isCenturyRoman(text: string, start: number, end: number): boolean {
  let j = start;
  let total = 0;
  for (; j < end && j - start < 6; j++) {
    const value = centuryLetterValue(LETTER_INDEX[text.charCodeAt(j)]);
    if (value === 0) break;
    const next = j + 1 < end ? centuryLetterValue(LETTER_INDEX[text.charCodeAt(j + 1)]) : 0;
    total += value < next ? -value : value;
  }
  if (j === start || total < 1 || total > LAST_CENTURY) return false;
  // the ordinal's ending, if any
  switch (end - j) {
    case 0:
      return true;
    case 1:
      return LETTER_INDEX[text.charCodeAt(j)] === E;
    case 2:
      return LETTER_INDEX[text.charCodeAt(j)] === E && LETTER_INDEX[text.charCodeAt(j + 1)] === R;
    case 3:
      return LETTER_INDEX[text.charCodeAt(j)] === E && LETTER_INDEX[text.charCodeAt(j + 1)] === M && LETTER_INDEX[text.charCodeAt(j + 2)] === E;
    default:
      return false;
  }
}

export interface TokenTriggers {
  /** the trigger bits of each token */
  readonly bits: Uint32Array;
  /** indices of the tokens with at least one bit, ascending */
  readonly flagged: Int32Array;
  /** the union of all bits: a parser whose anchor word never occurs can stop at once */
  readonly present: number;
}

/**
 * True when a token from first to last (inclusive, within the text) carries one of `bits`: a test
 * of a reading's necessary word (its month name, its unit...) before reading it.
 */
export function hasTrigger(triggers: TokenTriggers, bits: number, first: number, last: number): boolean {
  const end = Math.min(last, triggers.bits.length - 1);
  for (let k = Math.max(first, 0); k <= end; k++) if ((triggers.bits[k] & bits) !== 0) return true;
  return false;
}

/** The trigger bits of the word text[start, end) (folded as it is read). */
export function triggerBitsOfWord(words: WordTriggers, text: string, start: number, end: number): number {
  const length = end - start;
  // most words are settled by their shape: none of the trigger words or Roman numerals has it
  if (length > MAX_LENGTH) return 0;
  const shape = shapeAt(text, start, length);
  return words.readShape[shape] === 0 ? 0 : readTriggerWord(words, shape, text, start, end);
}

/** The trigger bits of a word of a shape some trigger word or Roman numeral has. */
function readTriggerWord(words: WordTriggers, shape: number, text: string, start: number, end: number): number {
  const group = words.groupOfShape[shape];
  let bits = group === 0 ? 0 : bitsOfWord(words.groups[group - 1], text, start, end - start);
  if (centuryLetterValue(LETTER_INDEX[text.charCodeAt(start)]) !== 0 && isCenturyRoman(text, start, end)) bits |= Trigger.Roman;
  return bits;
}
