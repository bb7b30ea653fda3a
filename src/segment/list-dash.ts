import { isLowerAt, isUpperAt } from '../tokenize/char-class.js';
import type { Token } from '../tokenize/token.js';

/**
 * Whether `tokens[i]` is a list dash that starts a new item although the line break before
 * it was lost: a lone « - » or « – » with a space on both sides, after a word or a closing
 * mark, before something that is not a lower-case word (« ... Références - (en) Maggie ... »,
 * « ... des amis. - Propagande »). After a comma or a colon it stays a dash, and so it does
 * before a name in capitals (« ©AFP - DENIS CHARLET »); the caller asks only outside brackets
 * and quotations (« [Stop Amazon - Episode 4] »).
 */
export function startsListItem(text: string, tokens: readonly Token[], i: number): boolean {
  const dash = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (dash === undefined || before === undefined || after === undefined) return false;
  if (dash.end - dash.start !== 1) return false;
  const c = text.charCodeAt(dash.start);
  if (c !== 0x2d && c !== 0x2013) return false;
  if (before.end === dash.start || after.start === dash.end) return false;
  if (isLowerAt(text, after.start)) return false;
  if (after.end - after.start > 1 && isUpperAt(text, after.start + 1)) return false;
  if (before.kind === 'punct') {
    const b = text.charCodeAt(before.start);
    return b === 0x29 || b === 0xbb || b === 0x22;
  }
  return before.kind !== 'symbol';
}
