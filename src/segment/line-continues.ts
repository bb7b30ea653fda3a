import { isLowerAt } from '../tokenize/char-class.js';
import type { Token } from '../tokenize/token.js';

/**
 * Whether a single line break between `before` and `after` is only a hard wrap inside a
 * sentence: the line does not end with a sentence mark and the next starts in lower case or
 * with punctuation that continues (« , »). Otherwise the line ends its sentence: headlines,
 * bylines, captions and list items carry no final punctuation.
 */
export function lineContinues(text: string, before: Token, after: Token): boolean {
  if (isLowerAt(text, after.start)) return true;
  const c = text.charCodeAt(after.start);
  if (after.kind === 'punct' && (c === 0x2c || c === 0x3b || c === 0x29)) return true;
  // A line that ends on a comma, an open bracket or a joining word goes on.
  const last = text.charCodeAt(before.end - 1);
  return before.kind === 'punct' && (last === 0x2c || last === 0x28 || last === 0xab || last === 0x3a) && after.kind !== 'punct';
}
