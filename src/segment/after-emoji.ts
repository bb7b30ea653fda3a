import { isUpperAt } from '../tokenize/char-class.js';
import type { Token } from '../tokenize/token.js';

/**
 * Whether a sentence starts at `tokens[i]`, a capitalised word after an emoji or emoticon that
 * ends the text before it (« ... moins cher ;) Un endroit simple »): in reviews and posts an
 * emoji stands in for the final punctuation. An emoji at the start of the sentence opens it
 * instead (« ❓ Au-delà du e-commerce »), so the caller asks only when one does not.
 */
export function startsAfterEmoji(text: string, tokens: readonly Token[], i: number): boolean {
  const current = tokens[i];
  const before = tokens[i - 1];
  if (current === undefined || before === undefined || before.kind !== 'emoji') return false;
  if (current.kind !== 'word' || current.start === before.end) return false;
  return isUpperAt(text, current.start);
}
