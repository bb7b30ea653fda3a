import { foldChange, KEY_CHANGES, keyText, LOWER_CHANGES, lowerText } from './fold.js';

/** A word or a punctuation mark; words keep their case flags for name detection. */
export interface WordToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-cased, accents kept, ’ as '. */
  readonly lower: string;
  /** Lower-cased without accents: the key of gazetteer look-ups. */
  readonly key: string;
  readonly isWord: boolean;
  /** Starts with an upper-case letter. */
  readonly capitalised: boolean;
  /** Two or more letters, all upper-case. */
  readonly allCaps: boolean;
  /** No white space between this token and the previous one. */
  readonly joined: boolean;
  /** First word of a sentence, a line or a quotation: its capital says nothing. */
  sentenceInitial: boolean;
  /** A line break lies between this token and the previous one. */
  readonly afterBreak: boolean;
}

/**
 * Tokens are made by a constructor rather than an object literal: markSentenceStarts writes
 * `sentenceInitial` afterwards, and a literal's shape changed that way made every later literal
 * slow to build (V8 migrates it from the outdated shape).
 */
class Word implements WordToken {
  sentenceInitial = false;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly lower: string,
    readonly key: string,
    readonly isWord: boolean,
    readonly capitalised: boolean,
    readonly allCaps: boolean,
    readonly joined: boolean,
    readonly afterBreak: boolean,
  ) {}
}

/** Elided words that stand alone before an apostrophe (l'Europe, jusqu'à). */
const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']);
const letterOrDigit = /[\p{L}\p{M}\p{N}]/u;

// per UTF-16 code unit, filled on first sight: 0 unknown, 1 no, 2 yes
const WORD_UNIT = new Uint8Array(0x10000);
const UPPER_DIFFERS = new Uint8Array(0x10000);

/** A letter, mark or digit (one code unit: the halves of a surrogate pair are not). */
function isWordUnit(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  let known = WORD_UNIT[code];
  if (known === 0) WORD_UNIT[code] = known = letterOrDigit.test(String.fromCharCode(code)) ? 2 : 1;
  return known === 2;
}

/** True when the code unit changes when upper-cased (a lower-case letter). */
function upperDiffers(code: number): boolean {
  let known = UPPER_DIFFERS[code];
  if (known === 0) {
    const char = String.fromCharCode(code);
    UPPER_DIFFERS[code] = known = char !== char.toUpperCase() ? 2 : 1;
  }
  return known === 2;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

/**
 * Splits a text into words and single punctuation marks in one pass. An elision keeps its
 * apostrophe (« l' », « d' »); other apostrophes stay inside the word (aujourd'hui); hyphens
 * and dots are tokens of their own so that « Stellantis-Amazon » yields both names.
 */
export function scanWords(text: string): WordToken[] {
  const lower = lowerText(text);
  const key = keyText(text);
  const tokens: WordToken[] = [];
  const n = text.length;
  let i = 0;
  let sawSpace = true;
  let sawBreak = true;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      sawSpace = true;
      if (code === 10 || code === 13) sawBreak = true;
      i++;
      continue;
    }
    const start = i;
    const isWord = isWordUnit(code);
    if (!isWord) {
      // a surrogate pair (emoji) is one token
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    } else {
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isWordUnit(c)) {
          i++;
          continue;
        }
        if (isApostrophe(c) && i + 1 < n && isWordUnit(text.charCodeAt(i + 1))) {
          if (ELISIONS.has(key.slice(start, i))) break;
          i++;
          continue;
        }
        break;
      }
      if (i < n && isApostrophe(text.charCodeAt(i)) && ELISIONS.has(key.slice(start, i))) i++;
    }
    const capitalised = isWord && code !== lower.charCodeAt(start) && !(code >= 48 && code <= 57);
    let allCaps = false;
    if (capitalised && i - start >= 2) {
      allCaps = true;
      for (let j = start; j < i; j++) {
        if (upperDiffers(text.charCodeAt(j))) {
          allCaps = false;
          break;
        }
      }
    }
    // most words are written in lower case without accents: one string then serves as all three forms
    let changes = 0;
    for (let j = start; j < i; j++) {
      const c = text.charCodeAt(j);
      if (c < 0x61 || c > 0x7a) changes |= foldChange(c);
    }
    const lowerSame = (changes & LOWER_CHANGES) === 0;
    const keySame = (changes & KEY_CHANGES) === 0;
    const surface = text.slice(start, i);
    const lowered = lowerSame ? surface : lower.slice(start, i);
    tokens.push(new Word(start, i, surface, lowered, keySame ? lowered : key.slice(start, i), isWord, capitalised, allCaps, !sawSpace, sawBreak));
    sawSpace = false;
    sawBreak = false;
  }
  return tokens;
}
