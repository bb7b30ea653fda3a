import { isLowerAt } from '../tokenize/char-class.js';
import type { Token } from '../tokenize/token.js';

/**
 * Whether `token` can be the first of a sentence after a period: anything but a lower-case
 * word and the punctuation that only continues one (« , », « ; », « : », closing marks).
 * Lower case after a period is far more often an abbreviation not in the list, a number's
 * unit or a quoted fragment than a sentence typed without its capital.
 */
export function canStartSentence(text: string, token: Token): boolean {
  if (isLowerAt(text, token.start)) return false;
  if (token.kind !== 'punct') return true;
  const c = text.charCodeAt(token.start);
  return !(c === 0x2c || c === 0x3b || c === 0x3a || c === 0x29 || c === 0x5d || c === 0xbb || c === 0x201d);
}
