import type { Token } from '../tokenize/token.js';

/**
 * Whether `tokens[first..end)` is only a list or speaker label, « iii) », « (2) », « (EN) »,
 * « a. »: the sentence it heads has just begun, so a capital after it starts that sentence's
 * text, not a new one (« (EN) J'ai voté ... », « iii) La taxe foncière ; »).
 */
export function isListLabel(text: string, tokens: readonly Token[], first: number, end: number): boolean {
  const count = end - first;
  if (count < 2 || count > 3) return false;
  const close = tokens[end - 1] as Token;
  if (close.end - close.start !== 1 || text.charCodeAt(close.start) !== 0x29) return false;
  const label = tokens[end - 2] as Token;
  if ((label.kind !== 'word' && label.kind !== 'number') || label.end - label.start > 4) return false;
  if (count === 2) return true;
  const open = tokens[first] as Token;
  return open.end - open.start === 1 && text.charCodeAt(open.start) === 0x28;
}
