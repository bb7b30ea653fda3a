import type { DateContext, Resolution } from '../context.js';
import { readCardinalWords, readOrdinal } from '../read-number.js';
import { readRomanOrdinal, romanValue } from '../roman-numeral.js';
import { absolute, unresolved } from '../resolve.js';
import { glued, isMark, isWord, isWordBefore } from '../token-match.js';
import { triggeredParser, type Reading } from '../triggered-parser.js';
import { LAST_CENTURY, Trigger } from '../triggers.js';

/** An ordinal naming the century: « 21e », « XXIe », « vingtième », « vingt et unième ». */
function readCenturyNumber(context: DateContext, i: number): { value: number; last: number } | null {
  const { tokens, vocabulary } = context;
  const token = tokens.get(i);
  if (!token) return null;
  if (token.kind === 'word') {
    const roman = readRomanOrdinal(token.text);
    if (roman !== null) return { value: roman, last: i };
    // « XXI e » or « XXI(e) » written apart
    const plain = romanValue(token.text);
    if (plain !== null && glued(tokens, i + 1)?.text === 'e') return { value: plain, last: i + 1 };
  }
  const ordinal = readOrdinal(context, i);
  if (ordinal && ordinal.value > 0) return ordinal;
  const tens = readCardinalWords(context, i);
  if (tens && tens.last === i && tens.value % 10 === 0) {
    // « vingt et unième », « vingt-et-unième »
    let j = i + 1;
    if (isMark(tokens, j, '-')) j++;
    if (isWord(tokens, j, 'et')) j++;
    if (isMark(tokens, j, '-')) j++;
    const unit = tokens.get(j) ? vocabulary.numberWords.get(tokens.get(j)!.text) : undefined;
    if (unit && unit.kind === 'ordinal' && unit.value > 0 && unit.value < 10) return { value: tens.value + unit.value, last: j };
  }
  return null;
}

/** « siècle dernier », « le siècle prochain », « ce siècle »: counted from the document's century. */
function readNamedCentury(context: DateContext, i: number): Reading | null {
  const { tokens, reference } = context;
  const shift = isWord(tokens, i + 1, 'dernier', 'passe') ? -1 : isWord(tokens, i + 1, 'prochain') ? 1 : isWordBefore(tokens, i - 1, 'ce') ? 0 : null;
  if (shift === null) return null;
  const first = shift === 0 ? i - 1 : isWordBefore(tokens, i - 1, 'le') ? i - 1 : i;
  const last = shift === 0 ? i : i + 1;
  const resolution: Resolution = reference
    ? { value: String(Math.floor(reference.date.year / 100) + shift).padStart(2, '0'), precision: 'century', relative: true }
    : unresolved('century');
  return { first, last, resolution };
}

function readCentury(context: DateContext, i: number): Reading | null {
  const { tokens } = context;
  if (isWord(tokens, i, 'siecle')) return readNamedCentury(context, i);
  const number = readCenturyNumber(context, i);
  if (!number || number.value < 1 || number.value > LAST_CENTURY || !isWord(tokens, number.last + 1, 'siecle', 'siecles')) return null;
  const last = number.last + 1;
  const beforeCommonEra = isWord(tokens, last + 1, 'avant', 'av') || isWord(tokens, last + 1, 'bc');
  const resolution = beforeCommonEra ? absolute(null, 'century') : absolute(String(number.value - 1).padStart(2, '0'), 'century');
  return { first: i, last, resolution };
}

/**
 * Centuries: « le 21e siècle » -> "20", « au XIXe siècle » -> "18" (the years' shared ISO prefix),
 * « ce siècle », « le siècle dernier » from the document date. Centuries before the common era
 * have no ISO prefix: their value is null. Every reading ends on « siècle(s) »: a text without
 * the word is skipped.
 */
export const centuryParser = triggeredParser(
  'century',
  Trigger.Century | Trigger.Roman | Trigger.Number | Trigger.Ordinal | Trigger.Cardinal,
  readCentury,
  Trigger.Century,
);
