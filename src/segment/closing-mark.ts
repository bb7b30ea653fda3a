import type { Token } from '../tokenize/token.js';

/**
 * Whether `token` closes what the sentence opened and so stays with it after the final
 * punctuation: « » », « ) », « ] », « ” », « ’ », and a straight « " » or « ' » when one was
 * opened earlier in the sentence (`openStraightQuotes` is odd) or, for a quotation that ran
 * over several sentences, one not glued to the word `after` it.
 */
export function isClosingMark(
  text: string,
  token: Token,
  openStraightQuotes: number,
  after?: Token,
  before?: Token,
): boolean {
  if (token.end - token.start !== 1) return false;
  const c = text.charCodeAt(token.start);
  if (c === 0xbb || c === 0x29 || c === 0x5d || c === 0x201d || c === 0x2019 || c === 0x203a) return true;
  if (c !== 0x22) return false;
  // A straight quote glued to the next word and not to the previous one opens it.
  const gluedAfter = after !== undefined && after.start === token.end;
  const gluedBefore = before !== undefined && before.end === token.start;
  if (gluedAfter && !gluedBefore) return false;
  if (openStraightQuotes % 2 === 1) return true;
  // Otherwise a quote followed by a space closes a quotation begun sentences earlier.
  return !gluedAfter;
}
