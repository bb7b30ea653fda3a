import { CharClass, classAt, isAsciiDigit } from './char-class.js';

/** How far ahead an opening forum tag looks for its closing tag. */
const CLOSING_TAG_WINDOW = 4000;
const MAX_TAG_LENGTH = 40;

/**
 * End of a bracketed marker at `start` (a « [ »), or -1:
 * - a footnote call « [12] » (one to three digits): one token, so it is never read as a figure;
 * - a forum tag: a closing tag « [/rouge] », or an opening one « [rouge] », « [color=red] »
 *   whose closing tag follows in the text (an editorial « [Amazon] » stays three tokens).
 */
export function scanBracketMarkup(text: string, start: number): number {
  let k = start + 1;
  if (isAsciiDigit(text.charCodeAt(k))) {
    while (isAsciiDigit(text.charCodeAt(k)) && k - start <= 3) k++;
    return text.charCodeAt(k) === 0x5d ? k + 1 : -1;
  }
  const closing = text.charCodeAt(k) === 0x2f;
  if (closing) k++;
  const nameStart = k;
  while (k - start < MAX_TAG_LENGTH && classAt(text, k) === CharClass.Letter) k++;
  const nameEnd = k;
  if (nameEnd === nameStart) return -1;
  if (!closing && text.charCodeAt(k) === 0x3d /* = */) {
    while (k - start < MAX_TAG_LENGTH && k < text.length && text.charCodeAt(k) !== 0x5d && classAt(text, k) !== CharClass.Space) k++;
  }
  if (text.charCodeAt(k) !== 0x5d) return -1;
  if (closing) return k + 1;
  const closingTag = `[/${text.slice(nameStart, nameEnd)}]`;
  const found = text.indexOf(closingTag, k + 1);
  return found >= 0 && found - k <= CLOSING_TAG_WINDOW ? k + 1 : -1;
}
