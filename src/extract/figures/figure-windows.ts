import { foldCode } from './fold-text.js';
import { figureLexicon } from './lexicon.js';
import { DIGIT, LETTER, OTHER, wordHash } from './lexemes.js';
import { CLASS_MASK, FOLDED_SHIFT, packedUnit } from './unit-table.js';

/**
 * Cuts a line into the stretches worth reading, so that text with no figure goes unread (and
 * unfolded: the text is folded here one unit at a time, as foldText would).
 *
 * A stretch is a run of sentences holding something a figure parser starts from: digits, a
 * symbol outside ASCII (« ½ », « € », « ° »), or one of a few words (number words, ordinals,
 * unit and vague-quantity nouns, « moitié », « premier », « négatif »; a lone « un »/« une »
 * makes a figure only with one of those). Words are compared by wordHash: a collision only
 * makes a sentence be read for nothing.
 *
 * Sentences are cut only after « . », « ! » or « ? » that closes a word of four letters or more
 * (not an abbreviation, not a title marker such as « art. ») and is followed by a blank: no
 * parser or refiner reads across such a cut (they stop at the punctuation), so the figures are
 * the ones a pass over the whole line finds. Refiners scoped to a sentence see it whole.
 */
const stopWords = new Set(['pour', 'de', 'd', 'du', 'des', 'par', 'a', 'au', 'l', 'le', 'la', 'les', 'en', 'et', 'un', 'une', 's']);

let triggers: Set<number> | undefined;
/** One bit per trigger hash (its low 16 bits): most words are turned down without a set look-up. */
const triggerBits = new Uint32Array(2048);
let titleMarkers: Set<number> | undefined;

function buildTriggers(): Set<number> {
  const lexicon = figureLexicon();
  const words = new Set<string>();
  for (const word of lexicon.numberWords.keys()) words.add(word);
  for (const forms of lexicon.unitsByFirst.values()) {
    for (const form of forms) if (!form.afterDigitsOnly) for (const piece of form.pieces) words.add(piece);
  }
  for (const { phrase } of lexicon.vague) for (const piece of phrase.slice(1)) words.add(piece);
  for (const word of lexicon.shareWords.keys()) words.add(word);
  for (const word of ['premier', 'premiere', 'premiers', 'premieres', 'numero', 'moitie', 'douzaine', 'douzaines', 'negatif', 'negative']) words.add(word);
  const set = new Set<number>();
  for (const word of words) {
    if (stopWords.has(word) || !/^[a-z]+$/.test(word)) continue;
    const h = wordHash(word);
    set.add(h);
    triggerBits[(h >>> 5) & 2047] |= 1 << (h & 31);
  }
  return set;
}

function isTrigger(set: Set<number>, hash: number): boolean {
  return ((triggerBits[(hash >>> 5) & 2047] >>> (hash & 31)) & 1) === 1 && set.has(hash);
}

/** The folded word ending at `end` ends in « ieme » or « iemes » (compared code by code, no substring). */
function endsWithIeme(text: string, end: number): boolean {
  let j = end - 1;
  if (foldCode(text.charCodeAt(j)) === 0x73) j--; // s
  return foldCode(text.charCodeAt(j)) === 0x65 && foldCode(text.charCodeAt(j - 1)) === 0x6d && foldCode(text.charCodeAt(j - 2)) === 0x65 && foldCode(text.charCodeAt(j - 3)) === 0x69;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c;
}

/** The hash of the folded word text[start, end), as wordHash gives it. */
function foldedWordHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + (packedUnit(text.charCodeAt(i)) >>> FOLDED_SHIFT)) | 0;
  return h;
}

/**
 * Calls `visit(start, end, atLineStart)` for each stretch of text[start, end) (one line) that
 * may hold a figure, in order.
 */
export function figureWindows(text: string, start: number, end: number, visit: (start: number, end: number, atLineStart: boolean) => void): void {
  triggers ??= buildTriggers();
  titleMarkers ??= new Set([...figureLexicon().titleMarkers].map(wordHash));
  let sentenceStart = start;
  let hot = false;
  let windowStart = -1;
  let wordStart = -1;
  let wordEnd = -1;
  let i = start;
  while (i < end) {
    let unit = packedUnit(text.charCodeAt(i));
    const cls = unit & CLASS_MASK;
    if (cls === LETTER) {
      wordStart = i;
      if (hot) {
        // the sentence is read whatever its other words are: only where the word ends matters
        do i++;
        while (i < end && (packedUnit(text.charCodeAt(i)) & CLASS_MASK) === LETTER);
      } else {
        // the same hash as wordHash, over the folded letters
        let h = 0;
        do {
          h = (Math.imul(h, 31) + (unit >>> FOLDED_SHIFT)) | 0;
          i++;
          if (i >= end) break;
          unit = packedUnit(text.charCodeAt(i));
        } while ((unit & CLASS_MASK) === LETTER);
        // ordinals, plural ones and misspelt ones too (« cinquièmes », « dizième »)
        if (isTrigger(triggers, h) || (i - wordStart >= 5 && endsWithIeme(text, i))) hot = true;
      }
      wordEnd = i;
      continue;
    }
    const code = unit >>> FOLDED_SHIFT;
    if (cls === DIGIT || (cls === OTHER && code >= 0x80)) hot = true;
    i++;
    if ((code === 0x2e || code === 0x21 || code === 0x3f) && wordEnd === i - 1 && wordEnd - wordStart >= 4 && i < end && isBlank(foldCode(text.charCodeAt(i))) && !titleMarkers.has(foldedWordHash(text, wordStart, wordEnd))) {
      while (i < end && isBlank(foldCode(text.charCodeAt(i)))) i++;
      if (hot) {
        if (windowStart < 0) windowStart = sentenceStart;
      } else if (windowStart >= 0) {
        visit(windowStart, sentenceStart, windowStart === start);
        windowStart = -1;
      }
      sentenceStart = i;
      hot = false;
    }
  }
  if (hot && windowStart < 0) windowStart = sentenceStart;
  if (windowStart >= 0) visit(windowStart, hot ? end : sentenceStart, windowStart === start);
}
