import { CharClass, charClass, classAt, codePointAt, isHyphen, unitAt, width } from './char-class.js';
import type { TokenKind } from './token.js';

/** A punctuation or symbol token: its end and kind. */
export interface PunctuationScan {
  readonly end: number;
  readonly kind: TokenKind;
}

/**
 * The punctuation or symbol token at `start`. Runs that read as one sign stay together:
 * « ... » and « .... », « ?! » and « !!! », « -- », « +/- », « °C »; an emoticon such as
 * « ;) » or « :-( » standing alone is one emoji token. Anything else is one character.
 */
export function scanPunctuation(text: string, start: number): PunctuationScan {
  const c = text.charCodeAt(start);
  if (c === 0x2e || c === 0x21 || c === 0x3f) {
    let k = start + 1;
    if (c === 0x2e) while (unitAt(text, k) === 0x2e) k++;
    else while (unitAt(text, k) === 0x21 || unitAt(text, k) === 0x3f) k++;
    return { end: k, kind: 'punct' };
  }
  if (isHyphen(c)) {
    let k = start + 1;
    while (isHyphen(unitAt(text, k))) k++;
    return { end: k, kind: 'punct' };
  }
  if (c === 0x2b && unitAt(text, start + 1) === 0x2f && (unitAt(text, start + 2) === 0x2d || unitAt(text, start + 2) === 0x2212)) {
    return { end: start + 3, kind: 'symbol' };
  }
  if (c === 0xb0 /* ° */) {
    const unit = unitAt(text, start + 1);
    if ((unit === 0x43 || unit === 0x46) && classAt(text, start + 2) !== CharClass.Letter) return { end: start + 2, kind: 'symbol' };
    return { end: start + 1, kind: 'symbol' };
  }
  if (c === 0x3a || c === 0x3b) {
    const emoticon = emoticonEnd(text, start);
    if (emoticon > 0) return { end: emoticon, kind: 'emoji' };
  }
  const cp = codePointAt(text, start);
  const cls = charClass(cp);
  return { end: start + width(cp), kind: cls === CharClass.Punct ? 'punct' : 'symbol' };
}

/** « :) », « ;-) », « :D », « :( » between spaces (or at the ends of the text). */
function emoticonEnd(text: string, start: number): number {
  if (start > 0 && classAt(text, start - 1) !== CharClass.Space) return -1;
  let k = start + 1;
  if (unitAt(text, k) === 0x2d) k++;
  const mouth = unitAt(text, k);
  if (mouth !== 0x29 && mouth !== 0x28 && mouth !== 0x44 && mouth !== 0x50 && mouth !== 0x70) return -1;
  k++;
  return classAt(text, k) === CharClass.Space ? k : -1;
}
