import { CharClass, classAt, isAsciiDigit, isGroupSeparator, isHyphen, isWordChar } from './char-class.js';

/** Where a number token ends, and whether letters ran on from it (« 1er », « 2cm »). */
export interface NumberScan {
  readonly end: number;
  /** Index where letters start, or -1 when the token is all number. */
  readonly lettersFrom: number;
}

/**
 * True when the sign at `i` (+, -, −) belongs to the number after it: a digit follows and
 * nothing word-like or closing stands right before it (« +3,2 », « (−5 % », not « 5-0 »).
 */
export function isNumberSign(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 0x2b && c !== 0x2d && c !== 0x2212) return false;
  if (!isAsciiDigit(text.charCodeAt(i + 1))) return false;
  if (i === 0) return true;
  const before = classAt(text, i - 1);
  return before === CharClass.Space || text.charCodeAt(i - 1) === 0x28 || text.charCodeAt(i - 1) === 0xab;
}

/**
 * Scans the number at `start` (a digit, or a sign that `isNumberSign` accepted):
 * digits; thousands groups of exactly three digits after a space, U+00A0, U+202F or U+2009
 * when the first group has at most three digits (« 1 500 », « 40 000 », not « 2021 500 »);
 * decimal and other inner separators followed by digits (« 47,8 », « 1.000 », « 2:00.531 »);
 * hyphen or slash between digit runs (« 2007-2008 », « 1/10 »), as UD French keeps them.
 */
export function scanNumber(text: string, start: number): NumberScan {
  let k = isAsciiDigit(text.charCodeAt(start)) ? start : start + 1;
  const intStart = k;
  while (isAsciiDigit(text.charCodeAt(k))) k++;
  if (k - intStart <= 3) {
    while (
      isGroupSeparator(text.charCodeAt(k)) &&
      isAsciiDigit(text.charCodeAt(k + 1)) &&
      isAsciiDigit(text.charCodeAt(k + 2)) &&
      isAsciiDigit(text.charCodeAt(k + 3)) &&
      !isAsciiDigit(text.charCodeAt(k + 4))
    ) {
      k += 4;
    }
  }
  for (;;) {
    const c = text.charCodeAt(k);
    const joins = c === 0x2c || c === 0x2e || c === 0x3a || c === 0x2f || isHyphen(c);
    if (!joins || !isAsciiDigit(text.charCodeAt(k + 1))) break;
    k += 2;
    while (isAsciiDigit(text.charCodeAt(k))) k++;
  }
  if (isHourMark(text, k)) return { end: k, lettersFrom: -1 };
  const lettersFrom = isWordChar(classAt(text, k)) ? k : -1;
  return { end: k, lettersFrom };
}

/**
 * « 20h45 », « 9h »: UD French cuts clock times into number, « h », number, unlike « 1er » or
 * « 2cm »; the « h » that follows is a word token of its own.
 */
export function isHourMark(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c !== 0x68 && c !== 0x48) return false;
  const after = classAt(text, k + 1);
  return after === CharClass.Digit || !isWordChar(after);
}
