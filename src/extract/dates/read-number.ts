import type { DateContext } from './context.js';
import { continuesNumber, continuesRight, follows, glued, isMark, isWord } from './token-match.js';
import { hasTrigger, Trigger } from './triggers.js';

/** A number read from tokens.get(first) .. tokens.get(last)!. */
export interface NumberReading {
  readonly value: number;
  readonly last: number;
}

const ORDINAL_SUFFIXES = new Set(['er', 're', 'e', 'eme', 'ieme', 'em', 'me', 'nd', 'nde']);

/**
 * The most tokens a number read here spans: « vingt - et - un » (readCardinalWords); the readers
 * after a number look for their next word within that many tokens (hasTrigger).
 */
export const MAX_NUMBER_TOKENS = 5;

/**
 * False when no count starting at i can be followed by a unit or a weekday (Trigger.CountedNoun):
 * none comes within MAX_NUMBER_TOKENS after i. A test on the trigger bits, before reading the count.
 */
export function mayBeCount(context: DateContext, i: number): boolean {
  return hasTrigger(context.triggers, Trigger.CountedNoun, i + 1, i + MAX_NUMBER_TOKENS);
}

/**
 * A cardinal written in words, up to 99: « deux », « vingt-deux », « vingt et un », « trente et un »,
 * « dix-sept », « soixante-dix ». Words may be joined by hyphens or spaces.
 */
export function readCardinalWords(context: DateContext, i: number): NumberReading | null {
  const { tokens, vocabulary } = context;
  const first = follows(tokens, i);
  const head = first && first.kind === 'word' ? vocabulary.numberWords.get(first.text) : undefined;
  if (!head || head.kind !== 'cardinal' || head.value >= 100) return null;
  let value = head.value;
  let last = i;
  if (value >= 10 && value % 10 === 0) {
    // tens: « vingt-deux », « vingt deux », « vingt et un », « vingt-et-un », « soixante-dix »
    let j = i + 1;
    if (isMark(tokens, j, '-')) j++;
    let withEt = false;
    if (isWord(tokens, j, 'et')) {
      withEt = true;
      j++;
      if (isMark(tokens, j, '-')) j++;
    }
    const unit = follows(tokens, j);
    const unitWord = unit && unit.kind === 'word' ? vocabulary.numberWords.get(unit.text) : undefined;
    if (unitWord && unitWord.kind === 'cardinal' && unitWord.value < 20 && (!withEt || unitWord.value === 1 || unitWord.value === 11)) {
      if (unitWord.value < 10 || value === 60 || value === 10) {
        value += unitWord.value;
        last = j;
      }
    }
  }
  return { value, last };
}

/** An ordinal in words or digits: « premier », « deuxième », « second », « 1er », « 3e », « 2ème ». */
export function readOrdinal(context: DateContext, i: number): NumberReading | null {
  const { tokens, vocabulary } = context;
  const token = follows(tokens, i);
  if (!token) return null;
  if (token.kind === 'word') {
    const entry = vocabulary.numberWords.get(token.text);
    return entry && entry.kind === 'ordinal' ? { value: entry.value, last: i } : null;
  }
  if (token.kind !== 'number' || token.text.length > 2 || continuesNumber(tokens, i)) return null;
  const suffix = glued(tokens, i + 1);
  if (!suffix || suffix.kind !== 'word' || !ORDINAL_SUFFIXES.has(suffix.text)) return null;
  return { value: Number.parseInt(token.text, 10), last: i + 1 };
}

/**
 * A day of the month, 1-31: digits (« 14 », « 01 », « 1er », « 27e »), « premier », or a cardinal
 * in words (« vingt-deux »). Digits that continue a decimal number are refused (« 107,31 août »).
 */
export function readDayOfMonth(context: DateContext, i: number, allowWords = true): NumberReading | null {
  const { tokens } = context;
  const token = follows(tokens, i);
  if (!token) return null;
  if (token.kind === 'number') {
    if (token.text.length > 2 || continuesNumber(tokens, i)) return null;
    const value = Number.parseInt(token.text, 10);
    if (value < 1 || value > 31) return null;
    const ordinal = readOrdinal(context, i);
    if (ordinal) return ordinal;
    if (continuesRight(tokens, i) && glued(tokens, i + 1)?.kind !== 'mark') return null;
    return { value, last: i };
  }
  if (!allowWords || token.kind !== 'word') return null;
  if (token.text === 'premier' || token.text === '1er') return { value: 1, last: i };
  const cardinal = readCardinalWords(context, i);
  if (cardinal && cardinal.value >= 1 && cardinal.value <= 31 && !(cardinal.value === 1 && cardinal.last === i)) return cardinal;
  return null;
}

/**
 * A count of units for offsets: digits, a cardinal in words, « un »/« une », or a vague
 * « quelques »/« plusieurs » (value NaN: the offset cannot be resolved).
 */
export function readCount(context: DateContext, i: number): NumberReading | null {
  const { tokens, vocabulary } = context;
  const token = follows(tokens, i);
  if (!token) return null;
  if (token.kind === 'number') {
    if (token.text.length > 4 || continuesNumber(tokens, i)) return null;
    const next = glued(tokens, i + 1);
    if (next && (next.kind === 'number' || next.kind === 'word' || (next.kind === 'mark' && ',.'.includes(next.text) && glued(tokens, i + 2)?.kind === 'number'))) return null;
    return { value: Number.parseInt(token.text, 10), last: i };
  }
  if (token.kind !== 'word') return null;
  const entry = vocabulary.numberWords.get(token.text);
  if (entry?.kind === 'vague') return { value: Number.NaN, last: i };
  return readCardinalWords(context, i);
}

/** A four-digit year 1000-2999 standing alone (not part of a longer or grouped number). */
export function readFullYear(context: DateContext, i: number): NumberReading | null {
  const { tokens } = context;
  const token = follows(tokens, i);
  if (!token || token.kind !== 'number' || token.text.length !== 4 || continuesNumber(tokens, i) || continuesRight(tokens, i)) return null;
  const value = Number.parseInt(token.text, 10);
  if (value < 1000 || value > 2999) return null;
  // « 2019 500 » would be a grouped number, never written so; but a following three-digit group is
  const next = tokens.get(i + 1);
  if (next && next.kind === 'number' && next.gap === 'space' && next.text.length === 3) return null;
  return { value, last: i };
}

/** A two-digit year read with a pivot: 00-49 -> 2000s, 50-99 -> 1900s. */
export function twoDigitYear(value: number): number {
  return value < 50 ? 2000 + value : 1900 + value;
}
