import { figureLexicon } from './lexicon.js';
import { vulgarFractions } from './parsers/vulgar-fraction.js';
import { articleTakes } from './refiners/attach-unit.js';
import { foldedAt, foldedHash, Packed, packedUnit, packedUnits, UnitClass, wordHash } from './unit-table.js';
import { WordHashTable } from './word-hash-table.js';

/**
 * Cuts a line into the stretches worth reading, so that text with no figure goes unread (the
 * text is read as its units, see textUnits, and folded one unit at a time, never copied).
 *
 * A stretch is a run of sentences holding what every figure needs: digits (but those of a
 * footnote marker « [4] »), a vulgar fraction (« ½ »), « ° » (« n° un »), a word that starts
 * or ends a figure in words (number words but « un »/« une », ordinals, share nouns, the last
 * word of a vague quantity, « moitié », « premier », « numéro », « douzaine », « négatif »), or
 * a lone « un »/« une » right before a unit it may take (« un euro »: alone it is an article,
 * dropped). Words are compared by wordHash: a collision only makes a sentence be read for
 * nothing.
 *
 * Sentences are cut only after « . », « ! » or « ? » that closes a word of four letters or more
 * (not an abbreviation, not a title marker such as « art. ») and is followed by a blank: no
 * parser or refiner reads across such a cut (they stop at the punctuation), so the figures are
 * the ones a pass over the whole line finds. Refiners scoped to a sentence see it whole.
 */
/** What a word does for the choice of windows, by its wordHash: bits of one table look-up. */
const TRIGGER = 1; // makes its sentence worth reading
const ARTICLE = 2; // « un », « une »
const ARTICLE_UNIT = 4; // first word of a unit an article may take
const TITLE_MARKER = 8; // « art. »: its period ends no sentence

let wordRoles: WordHashTable | undefined;

function buildWordRoles(): WordHashTable {
  const lexicon = figureLexicon();
  const roles = new WordHashTable();
  const add = (word: string, role: number): void => roles.set(wordHash(word), role, true);
  for (const word of lexicon.numberWords.keys()) add(word, word === 'un' || word === 'une' ? ARTICLE : TRIGGER);
  for (const word of lexicon.shareWords.keys()) add(word, TRIGGER);
  // « des milliers », « une dizaine »: the last word is in every match
  for (const { phrase } of lexicon.vague) add(phrase[phrase.length - 1], TRIGGER);
  for (const word of ['premier', 'premiere', 'premiers', 'premieres', 'numero', 'moitie', 'douzaine', 'douzaines', 'negatif', 'negative']) add(word, TRIGGER);
  for (const forms of lexicon.unitsByFirst.values()) for (const form of forms) if (articleTakes(form)) add(form.pieces[0], ARTICLE_UNIT);
  for (const word of lexicon.titleMarkers) add(word, TITLE_MARKER);
  return roles;
}

let symbols: Set<number> | undefined;

/** Symbols that make a figure with no digit nor trigger word: vulgar fractions, and « ° » of « n° un ». */
function triggerSymbols(): Set<number> {
  symbols ??= new Set([...vulgarFractions.keys(), '°'].map((symbol) => symbol.charCodeAt(0)));
  return symbols;
}

/** The folded word ending at `end` ends in « ieme » or « iemes » (compared code by code, no substring). */
function endsWithIeme(units: Uint16Array, end: number): boolean {
  let j = end - 1;
  if (foldedAt(units, j) === 0x73) j--; // s
  return foldedAt(units, j) === 0x65 && foldedAt(units, j - 1) === 0x6d && foldedAt(units, j - 2) === 0x65 && foldedAt(units, j - 3) === 0x69;
}

function isBlank(units: Uint16Array, i: number): boolean {
  return (packedUnit(units[i]) & Packed.ClassMask) === UnitClass.Blank;
}

/**
 * What separates a lone « un »/« une » ending at `articleEnd` from the word starting at
 * `wordStart` lets attachUnit give it that word's unit: blanks, or one hyphen (« un-an »).
 */
function joinsArticle(units: Uint16Array, articleEnd: number, wordStart: number): boolean {
  if (articleEnd < 0 || articleEnd === wordStart) return false;
  if (wordStart === articleEnd + 1 && foldedAt(units, articleEnd) === 0x2d) return true;
  for (let k = articleEnd; k < wordStart; k++) if (!isBlank(units, k)) return false;
  return true;
}

function isLetter(units: Uint16Array, i: number): boolean {
  return (packedUnit(units[i]) & Packed.ClassMask) === UnitClass.Letter;
}

/**
 * The index of the next « . », « ! » or « ? » of units[i, end), or `end`. No other unit folds
 * to one of them, so the raw units are compared, at the speed of a plain loop.
 */
function nextStop(units: Uint16Array, i: number, end: number): number {
  for (; i < end; i++) {
    const unit = units[i];
    if (unit <= 0x3f && (unit === 0x2e || unit === 0x21 || unit === 0x3f)) return i;
  }
  return end;
}

/**
 * The stop at units[p] (« . », « ! », « ? ») ends a sentence: it closes a word of four letters
 * or more that is no title marker (« art. »: its number follows), and a blank follows it.
 */
function endsSentence(units: Uint16Array, p: number, lineStart: number, end: number, roles: WordHashTable): boolean {
  if (p + 1 >= end || !isBlank(units, p + 1)) return false;
  let wordStart = p;
  while (wordStart > lineStart && isLetter(units, wordStart - 1)) wordStart--;
  return p - wordStart >= 4 && (roles.get(foldedHash(units, wordStart, p)) & TITLE_MARKER) === 0;
}

/**
 * The end of the footnote marker (« [4] ») whose number starts at units[i], or -1. Its digits
 * make no figure: nonFigure blocks « [ », digits, « ] » wherever they touch, and whatever
 * overlaps a blocker is dropped, so they alone do not make a sentence worth reading.
 */
function footnoteMarkerEnd(units: Uint16Array, i: number, lineStart: number, end: number): number {
  if (i <= lineStart || foldedAt(units, i - 1) !== 0x5b) return -1; // [
  let k = i + 1;
  while (k < end && (packedUnit(units[k]) & Packed.ClassMask) === UnitClass.Digit) k++;
  return k < end && foldedAt(units, k) === 0x5d ? k + 1 : -1; // ]
}

/**
 * Calls `visit(start, end, atLineStart)` for each stretch of units[start, end) (one line) that
 * may hold a figure, in order.
 */
export function figureWindows(units: Uint16Array, start: number, end: number, visit: (start: number, end: number, atLineStart: boolean) => void): void {
  wordRoles ??= buildWordRoles();
  const roles = wordRoles;
  const symbolTriggers = triggerSymbols();
  let sentenceStart = start;
  let hot = false;
  let windowStart = -1;
  /** End of the last word when it was « un »/« une », else -1. */
  let articleEnd = -1;
  const table = packedUnits;
  let i = start;
  while (i < end) {
    if (hot) {
      // the sentence is read whatever else it holds: only where it ends matters
      i = nextStop(units, i, end);
      if (i >= end) break;
    } else {
      let unit = packedUnit(units[i]);
      const cls = unit & Packed.ClassMask;
      if (cls === UnitClass.Letter) {
        const wordStart = i;
        // the same hash as wordHash, over the folded letters
        let h = 0;
        let last = 0;
        for (;;) {
          last = unit >>> Packed.FoldedShift;
          h = (Math.imul(h, 31) + last) | 0;
          if (++i >= end) break;
          unit = table[units[i]];
          if ((unit & Packed.ClassMask) !== UnitClass.Letter && (unit !== 0 || ((unit = packedUnit(units[i])) & Packed.ClassMask) !== UnitClass.Letter)) break;
        }
        const role = roles.get(h);
        // ordinals, plural ones and misspelt ones too (« cinquièmes », « dizième »)
        if ((role & TRIGGER) !== 0 || ((last === 0x65 || last === 0x73) && i - wordStart >= 5 && endsWithIeme(units, i))) hot = true;
        else if ((role & ARTICLE_UNIT) !== 0 && joinsArticle(units, articleEnd, wordStart)) hot = true;
        articleEnd = (role & ARTICLE) !== 0 ? i : -1;
        continue;
      }
      const code = unit >>> Packed.FoldedShift;
      if (cls === UnitClass.Digit) {
        const markerEnd = footnoteMarkerEnd(units, i, start, end);
        if (markerEnd >= 0) {
          i = markerEnd;
          continue;
        }
        hot = true;
      } else if (code >= 0x80 && symbolTriggers.has(code)) hot = true;
      if (code !== 0x2e && code !== 0x21 && code !== 0x3f) {
        i++;
        continue;
      }
    }
    // units[i] is a stop
    const stop = i++;
    if (!endsSentence(units, stop, start, end, roles)) continue;
    while (i < end && isBlank(units, i)) i++;
    if (hot) {
      if (windowStart < 0) windowStart = sentenceStart;
    } else if (windowStart >= 0) {
      visit(windowStart, sentenceStart, windowStart === start);
      windowStart = -1;
    }
    sentenceStart = i;
    hot = false;
    articleEnd = -1;
  }
  if (hot && windowStart < 0) windowStart = sentenceStart;
  if (windowStart >= 0) visit(windowStart, hot ? end : sentenceStart, windowStart === start);
}
