import { readRomanOrdinal, romanValue } from './roman-numeral.js';
import { KIND_NUMBER, KIND_WORD, type DateTokens } from './scan-tokens.js';
import type { DateVocabulary } from './vocabulary.js';

/**
 * What a token can start, one bit per class of first token. Every parser names the bits its
 * pattern can begin with and visits only the tokens that carry one: the flags are computed once,
 * in one pass, instead of every parser reading every token.
 */
export const Trigger = {
  Number: 1 << 0,
  Month: 1 << 1,
  Weekday: 1 << 2,
  WeekdayAbbreviation: 1 << 3,
  Cardinal: 1 << 4,
  Ordinal: 1 << 5,
  Vague: 1 << 6,
  /** a word that reads as a Roman numeral or Roman ordinal (« xxie », « xix ») */
  Roman: 1 << 7,
  /** « siècle(s) » (century parser) */
  Century: 1 << 8,
  /** « années », « décennie » (decade parser) */
  Decade: 1 << 9,
  /** words that name a day (relative-day parser) */
  RelativeDay: 1 << 10,
  /** the nouns of periods named from the document date (relative-period parser) */
  Period: 1 << 11,
  /** « il (y a) », « dans », « d'(ici) » (offset parser) */
  OffsetCue: 1 << 12,
  /** « après » before counted weekdays (anchored-offset parser) */
  After: 1 << 13,
  /** « T3 », « S1 », « Q2 » (quarter parser) */
  QuarterLetter: 1 << 14,
} as const;

/** Fixed first words of the parsers that start at a word of their own (folded forms). */
const WORD_TRIGGERS: readonly [number, readonly string[]][] = [
  [Trigger.Century, ['siecle', 'siecles']],
  [Trigger.Decade, ['annees', 'decennie']],
  [Trigger.RelativeDay, ['aujourd', 'hier', 'demain', 'ce', 'lendemain', 'surlendemain', 'veille', 'jour']],
  [Trigger.Period, ['an', 'annee', 'mois', 'semaine']],
  [Trigger.OffsetCue, ['il', 'dans', 'd']],
  [Trigger.After, ['apres']],
  [Trigger.QuarterLetter, ['t', 's', 'q']],
];

/** Folded words -> trigger bits, and which (first letter, second letter, length) they have. */
interface WordTriggers {
  readonly bits: ReadonlyMap<string, number>;
  /** a word whose shape is not here is no trigger word: most words are settled without a look-up */
  readonly shapes: Uint8Array;
}

const MAX_LENGTH = 15;

/** Index of a word's shape: its first two letters (a-z, or 26 for none/other) and its length. */
function shapeOf(c0: number, c1: number, length: number): number {
  const a = c0 >= 0x61 && c0 <= 0x7a ? c0 - 0x61 : 26;
  const b = length > 1 && c1 >= 0x61 && c1 <= 0x7a ? c1 - 0x61 : 26;
  return (a * 27 + b) * (MAX_LENGTH + 1) + length;
}

let wordTriggers: WordTriggers | undefined;

/** Built once from the vocabulary and the fixed first words. */
function triggersOfWords(vocabulary: DateVocabulary): WordTriggers {
  if (wordTriggers) return wordTriggers;
  const bits = new Map<string, number>();
  const add = (word: string, bit: number) => bits.set(word, (bits.get(word) ?? 0) | bit);
  for (const word of vocabulary.months.keys()) add(word, Trigger.Month);
  for (const word of vocabulary.weekdays.keys()) add(word, Trigger.Weekday);
  for (const word of vocabulary.weekdayAbbreviations.keys()) add(word, Trigger.WeekdayAbbreviation);
  for (const [word, entry] of vocabulary.numberWords) {
    add(word, entry.kind === 'cardinal' ? Trigger.Cardinal : entry.kind === 'ordinal' ? Trigger.Ordinal : Trigger.Vague);
  }
  for (const [bit, words] of WORD_TRIGGERS) for (const word of words) add(word, bit);
  const shapes = new Uint8Array(27 * 27 * (MAX_LENGTH + 1));
  for (const word of bits.keys()) {
    if (word.length > MAX_LENGTH) throw new Error(`date trigger word longer than ${MAX_LENGTH} letters: ${word}`);
    shapes[shapeOf(word.charCodeAt(0), word.charCodeAt(1), word.length)] = 1;
  }
  wordTriggers = { bits, shapes };
  return wordTriggers;
}

/** The letters Roman numerals are made of (i, v, x, l, c). */
function isRomanLetter(c: number): boolean {
  return c === 0x69 || c === 0x76 || c === 0x78 || c === 0x6c || c === 0x63;
}

export interface TokenTriggers {
  /** the trigger bits of each token */
  readonly bits: Uint32Array;
  /** indices of the tokens with at least one bit, ascending */
  readonly flagged: Int32Array;
  /** the union of all bits: a parser whose anchor word never occurs can stop at once */
  readonly present: number;
}

/** Texts with more tokens than this get arrays of their own, so that one huge text does not keep them alive. */
const MAX_REUSED = 1 << 20;
let reused = { bits: new Uint32Array(4096), flagged: new Int32Array(4096) };

/** Arrays for n tokens, reused from one text to the next (see scanTokens): valid until the next text. */
function slotsFor(n: number): { bits: Uint32Array; flagged: Int32Array } {
  if (n > MAX_REUSED) return { bits: new Uint32Array(n), flagged: new Int32Array(n) };
  if (reused.bits.length < n) {
    const size = Math.min(MAX_REUSED, Math.max(n, 2 * reused.bits.length));
    reused = { bits: new Uint32Array(size), flagged: new Int32Array(size) };
  }
  return reused;
}

export function flagTokens(tokens: DateTokens, folded: string, vocabulary: DateVocabulary): TokenTriggers {
  const words = triggersOfWords(vocabulary);
  const { starts, ends, kinds } = tokens;
  const { bits, flagged } = slotsFor(tokens.length);
  let count = 0;
  let present = 0;
  for (let i = 0; i < tokens.length; i++) {
    let flags = 0;
    const kind = kinds[i];
    if (kind === KIND_NUMBER) flags = Trigger.Number;
    else if (kind === KIND_WORD) {
      const start = starts[i];
      const length = ends[i] - start;
      const c0 = folded.charCodeAt(start);
      const known = length <= MAX_LENGTH && words.shapes[shapeOf(c0, folded.charCodeAt(start + 1), length)] === 1;
      const roman = length <= 9 && isRomanLetter(c0);
      if (known || roman) {
        const word = folded.slice(start, ends[i]);
        if (known) flags = words.bits.get(word) ?? 0;
        if (roman && (romanValue(word) !== null || readRomanOrdinal(word) !== null)) flags |= Trigger.Roman;
      }
    }
    bits[i] = flags;
    if (flags === 0) continue;
    flagged[count++] = i;
    present |= flags;
  }
  return { bits: bits.subarray(0, tokens.length), flagged: flagged.subarray(0, count), present };
}
