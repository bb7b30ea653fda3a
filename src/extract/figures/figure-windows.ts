import { figureLexicon } from './lexicon.js';
import { BLANK, DIGIT, LETTER, wordHash } from './lexemes.js';
import { vulgarFractions } from './parsers/vulgar-fraction.js';
import { articleTakes } from './refiners/attach-unit.js';
import { CLASS_MASK, FOLDED_SHIFT, packedUnit } from './unit-table.js';

/**
 * Cuts a line into the stretches worth reading, so that text with no figure goes unread (and
 * unfolded: the text is folded here one unit at a time, as foldText would).
 *
 * A stretch is a run of sentences holding what every figure needs: digits, a vulgar fraction
 * (« ½ »), « ° » (« n° un »), a word that starts or ends a figure in words (number words but
 * « un »/« une », ordinals, share nouns, the last word of a vague quantity, « moitié »,
 * « premier », « numéro », « douzaine », « négatif »), or a lone « un »/« une » right before
 * a unit it may take (« un euro »: alone it is an article, dropped). Words are compared by
 * wordHash: a collision only makes a sentence be read for nothing.
 *
 * Sentences are cut only after « . », « ! » or « ? » that closes a word of four letters or more
 * (not an abbreviation, not a title marker such as « art. ») and is followed by a blank: no
 * parser or refiner reads across such a cut (they stop at the punctuation), so the figures are
 * the ones a pass over the whole line finds. Refiners scoped to a sentence see it whole.
 */
interface Triggers {
  readonly words: ReadonlySet<number>;
  /** Units a lone « un »/« une » may take, by the wordHash of their first word. */
  readonly articleUnits: ReadonlySet<number>;
  readonly titleMarkers: ReadonlySet<number>;
}

let triggers: Triggers | undefined;
/** One bit per trigger word hash (its low 16 bits): most words are turned down without a set look-up. */
const triggerBits = new Uint32Array(2048);
const unHash = wordHash('un');
const uneHash = wordHash('une');

function buildTriggers(): Triggers {
  const lexicon = figureLexicon();
  const words = new Set<string>();
  for (const word of lexicon.numberWords.keys()) if (word !== 'un' && word !== 'une') words.add(word);
  for (const word of lexicon.shareWords.keys()) words.add(word);
  // « des milliers », « une dizaine »: the last word is in every match
  for (const { phrase } of lexicon.vague) words.add(phrase[phrase.length - 1]);
  for (const word of ['premier', 'premiere', 'premiers', 'premieres', 'numero', 'moitie', 'douzaine', 'douzaines', 'negatif', 'negative']) words.add(word);
  const hashes = new Set<number>();
  for (const word of words) {
    const h = wordHash(word);
    hashes.add(h);
    triggerBits[(h >>> 5) & 2047] |= 1 << (h & 31);
  }
  const articleUnits = new Set<number>();
  for (const forms of lexicon.unitsByFirst.values()) for (const form of forms) if (articleTakes(form)) articleUnits.add(wordHash(form.pieces[0]));
  return { words: hashes, articleUnits, titleMarkers: new Set([...lexicon.titleMarkers].map(wordHash)) };
}

function isTriggerWord(words: ReadonlySet<number>, hash: number): boolean {
  return ((triggerBits[(hash >>> 5) & 2047] >>> (hash & 31)) & 1) === 1 && words.has(hash);
}

let symbols: Set<number> | undefined;

/** Symbols that make a figure with no digit nor trigger word: vulgar fractions, and « ° » of « n° un ». */
function triggerSymbols(): Set<number> {
  symbols ??= new Set([...vulgarFractions.keys(), '°'].map((symbol) => symbol.charCodeAt(0)));
  return symbols;
}

function foldedAt(text: string, i: number): number {
  return packedUnit(text.charCodeAt(i)) >>> FOLDED_SHIFT;
}

/** The folded word ending at `end` ends in « ieme » or « iemes » (compared code by code, no substring). */
function endsWithIeme(text: string, end: number): boolean {
  let j = end - 1;
  if (foldedAt(text, j) === 0x73) j--; // s
  return foldedAt(text, j) === 0x65 && foldedAt(text, j - 1) === 0x6d && foldedAt(text, j - 2) === 0x65 && foldedAt(text, j - 3) === 0x69;
}

function isBlank(text: string, i: number): boolean {
  return (packedUnit(text.charCodeAt(i)) & CLASS_MASK) === BLANK;
}

/**
 * What separates a lone « un »/« une » ending at `articleEnd` from the word starting at
 * `wordStart` lets attachUnit give it that word's unit: blanks, or one hyphen (« un-an »).
 */
function joinsArticle(text: string, articleEnd: number, wordStart: number): boolean {
  if (articleEnd < 0 || articleEnd === wordStart) return false;
  if (wordStart === articleEnd + 1 && foldedAt(text, articleEnd) === 0x2d) return true;
  for (let k = articleEnd; k < wordStart; k++) if (!isBlank(text, k)) return false;
  return true;
}

/** The hash of the folded word text[start, end), as wordHash gives it. */
function foldedWordHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + foldedAt(text, i)) | 0;
  return h;
}

/**
 * Calls `visit(start, end, atLineStart)` for each stretch of text[start, end) (one line) that
 * may hold a figure, in order.
 */
export function figureWindows(text: string, start: number, end: number, visit: (start: number, end: number, atLineStart: boolean) => void): void {
  triggers ??= buildTriggers();
  const { words, articleUnits, titleMarkers } = triggers;
  const symbolTriggers = triggerSymbols();
  let sentenceStart = start;
  let hot = false;
  let windowStart = -1;
  let wordStart = -1;
  let wordEnd = -1;
  /** End of the last word when it was « un »/« une », else -1. */
  let articleEnd = -1;
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
        if (isTriggerWord(words, h) || (i - wordStart >= 5 && endsWithIeme(text, i))) hot = true;
        else if (articleUnits.has(h) && joinsArticle(text, articleEnd, wordStart)) hot = true;
        articleEnd = h === unHash || h === uneHash ? i : -1;
      }
      wordEnd = i;
      continue;
    }
    const code = unit >>> FOLDED_SHIFT;
    if (cls === DIGIT || (code >= 0x80 && symbolTriggers.has(code))) hot = true;
    i++;
    if ((code === 0x2e || code === 0x21 || code === 0x3f) && wordEnd === i - 1 && wordEnd - wordStart >= 4 && i < end && isBlank(text, i) && !titleMarkers.has(foldedWordHash(text, wordStart, wordEnd))) {
      while (i < end && isBlank(text, i)) i++;
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
  }
  if (hot && windowStart < 0) windowStart = sentenceStart;
  if (windowStart >= 0) visit(windowStart, hot ? end : sentenceStart, windowStart === start);
}
