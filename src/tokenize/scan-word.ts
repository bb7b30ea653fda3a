import { abbreviation, dottedAbbreviationEnd } from './abbreviations.js';
import {
  CharClass,
  charClass,
  classAt,
  codePointAt,
  isApostrophe,
  isAsciiDigit,
  isHyphen,
  isLowerAt,
  isUpperAt,
  isWordChar,
  unitAt,
  width,
} from './char-class.js';
import { elisionPrefixes, foldWord } from './lexicon.js';
import { elisionExceptionEnd } from './elision-exception-end.js';

/**
 * End of the word that starts at `start`, scanning from `from` (later than `start` when a
 * number scanner hands over « 1er », « 2cm »). A word is letters, digits and marks, joined by:
 * - hyphens into compounds (« Saône-et-Loire », « e-commerce »; inverted pronouns are split
 *   off afterwards by `splitInvertedClitics`);
 * - apostrophes, except after an elidable start (« l' », « qu' », « jusqu' »), where the token
 *   ends with the apostrophe unless an exception runs on (« quelqu'un », « c'est-à-dire »)
 *   or a name starts with « N' » (« N'Djaména »);
 * - inner periods of domains and dotted acronyms (« amazon.fr », « l'I.A »), and a final period
 *   for listed abbreviations, initials and dotted acronyms (« M. », « J. », « G.O. »);
 * - « & » between letters (« R&D »), the inclusive-writing middle dot and parentheses
 *   (« salarié·es », « traité(e) »), a trailing « + » of a brand (« Numerama+ », « C++ »).
 */
export function scanWord(text: string, start: number, from: number = start): number {
  const listed = from === start ? dottedAbbreviationEnd(text, start) : -1;
  if (listed > 0) return listed;
  let j = from;
  let sawHyphen = false;
  let sawDot = false;
  let segmentStart = start;
  const n = text.length;
  while (j < n) {
    const c = text.charCodeAt(j);
    // Most of a French word is ASCII lower case: no look-up for it.
    if (c >= 0x61 && c <= 0x7a) {
      j++;
      continue;
    }
    const cp = codePointAt(text, j);
    const cls = charClass(cp);
    if (isWordChar(cls)) {
      j += width(cp);
      continue;
    }
    const next = j + 1;
    if (isApostrophe(cp)) {
      if (!sawHyphen && !sawDot && !isNameWithN(text, start, j) && elisionPrefixes().has(foldWord(text.slice(start, j)))) {
        const exceptionEnd = elisionExceptionEnd(text, start);
        if (exceptionEnd > j) return exceptionEnd;
        return next;
      }
      if (isWordChar(classAt(text, next))) {
        j = next;
        segmentStart = next;
        continue;
      }
      break;
    }
    if (isHyphen(cp)) {
      if (!isWordChar(classAt(text, next))) break;
      sawHyphen = true;
      j = next;
      segmentStart = next;
      continue;
    }
    if (cp === 0x2e /* . */) {
      if (innerPeriodContinues(text, segmentStart, j)) {
        sawDot = true;
        j = next;
        segmentStart = next;
        continue;
      }
      if (isHyphen(unitAt(text, next)) && isUpperAt(text, next + 1) && next - 1 - segmentStart === 1) {
        // Hyphenated initials: « J.-P. ».
        sawDot = true;
        j = next + 1;
        segmentStart = j;
        continue;
      }
      break;
    }
    if (cp === 0x26 /* & */ || cp === 0xb7 /* · */ || cp === 0x5f /* _ */) {
      if (classAt(text, next) === CharClass.Letter && j > start) {
        j = next;
        continue;
      }
      break;
    }
    if (cp === 0x28 /* ( */) {
      const close = optionalEndingClose(text, next);
      if (close < 0) break;
      j = close + 1;
      continue;
    }
    if (cls === CharClass.Ignorable && isWordChar(classAt(text, j + width(cp)))) {
      j += width(cp);
      continue;
    }
    break;
  }
  const after = unitAt(text, j);
  if (after === 0x2e && takesFinalPeriod(text, start, segmentStart, j, sawDot)) return j + 1;
  if (after === 0x2b /* + */) return brandPlusEnd(text, j);
  return j;
}

/**
 * « N' » before a capitalised word starts a name (« N'Djaména », « N'Golo Kanté », « N'Diaye »),
 * not the elided « ne », which comes before a verb in lower case (« N'hésitez pas ») or in
 * capitals (« N'EST »).
 */
export function isNameWithN(text: string, start: number, apostrophe: number): boolean {
  return apostrophe === start + 1 && text.charCodeAt(start) === 0x4e /* N */ && isUpperAt(text, apostrophe + 1) && isLowerAt(text, apostrophe + 2);
}

/**
 * A period inside a word continues it when a lower-case letter or a digit follows
 * (« amazon.fr », « v2.0 », « salarié.es ») or when it separates single capitals
 * (« I.A », « U.S.A »); « fin.Il » stays two words.
 */
function innerPeriodContinues(text: string, segmentStart: number, dot: number): boolean {
  const next = dot + 1;
  if (!isWordChar(classAt(text, next))) return false;
  if (isAsciiDigit(text.charCodeAt(next)) || isLowerAt(text, next)) return true;
  return dot - segmentStart === 1 && isUpperAt(text, segmentStart);
}

function takesFinalPeriod(text: string, start: number, segmentStart: number, end: number, sawDot: boolean): boolean {
  const lastSegmentIsCapital = end - segmentStart === 1 && isUpperAt(text, segmentStart);
  // Dotted acronyms « G.O. », hyphenated initials « J.-P. », single initials « J. ».
  if (lastSegmentIsCapital && (sawDot || segmentStart === start)) return true;
  return abbreviation(text.slice(start, end + 1)) !== undefined;
}

/** « traité(e) », « VOIE(S) », « ami(e)s »: index of the closing parenthesis, or -1. */
function optionalEndingClose(text: string, from: number): number {
  let k = from;
  while (k < from + 3 && classAt(text, k) === CharClass.Letter) k++;
  if (k === from || unitAt(text, k) !== 0x29) return -1;
  return k;
}

/** « Canal+ », « C++ »: the plus signs belong to a name when nothing word-like follows. */
function brandPlusEnd(text: string, plus: number): number {
  let k = plus;
  while (unitAt(text, k) === 0x2b && k - plus < 2) k++;
  return isWordChar(classAt(text, k)) || unitAt(text, k) === 0x2b ? plus : k;
}
