import { keyText, lowerText } from './fold.js';

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

/** Elided words that stand alone before an apostrophe (l'Europe, jusqu'à). */
const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']);
const letterOrDigit = /[\p{L}\p{M}\p{N}]/u;

function isWordUnit(code: number, char: string): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return letterOrDigit.test(char);
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
  let i = 0;
  let sawSpace = true;
  let sawBreak = true;
  const push = (start: number, end: number, isWord: boolean): void => {
    const surface = text.slice(start, end);
    const first = surface.charCodeAt(0);
    const capitalised = isWord && surface[0] !== lower[start] && !(first >= 48 && first <= 57);
    let allCaps = false;
    if (capitalised && end - start >= 2) {
      allCaps = true;
      for (let j = start; j < end; j++) if (text[j] !== text[j].toUpperCase()) allCaps = false;
    }
    tokens.push({
      start,
      end,
      text: surface,
      lower: lower.slice(start, end),
      key: key.slice(start, end),
      isWord,
      capitalised,
      allCaps,
      joined: !sawSpace,
      sentenceInitial: false,
      afterBreak: sawBreak,
    });
    sawSpace = false;
    sawBreak = false;
  };
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      sawSpace = true;
      if (code === 10 || code === 13) sawBreak = true;
      i++;
      continue;
    }
    if (!isWordUnit(code, text[i])) {
      // a surrogate pair (emoji) is one token
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
      push(i, i + width, false);
      i += width;
      continue;
    }
    const start = i;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (isWordUnit(c, text[i])) {
        i++;
        continue;
      }
      if (isApostrophe(c) && i + 1 < text.length && isWordUnit(text.charCodeAt(i + 1), text[i + 1])) {
        if (ELISIONS.has(key.slice(start, i))) break;
        i++;
        continue;
      }
      break;
    }
    if (i < text.length && isApostrophe(text.charCodeAt(i)) && ELISIONS.has(key.slice(start, i))) i++;
    push(start, i, true);
  }
  return tokens;
}
