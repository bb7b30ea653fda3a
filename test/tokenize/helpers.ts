import { expect } from 'vitest';
import { tokenize } from '../../src/tokenize/index.js';
import type { TokenKind } from '../../src/tokenize/token.js';

/** The token texts of `text`, in order. */
export function forms(text: string): string[] {
  return tokenize(text).map((t) => text.slice(t.start, t.end));
}

/** Exactly one token of `text` reads `form`; it has that kind and starts at `start` (when given). */
export function expectSingleToken(text: string, form: string, kind: TokenKind, start?: number): void {
  const matches = tokenize(text).filter((t) => text.slice(t.start, t.end) === form);
  expect(matches, `tokens of « ${text} » reading « ${form} »`).toHaveLength(1);
  const [token] = matches;
  expect(token?.kind).toBe(kind);
  expect(token?.end).toBe((token?.start ?? 0) + form.length);
  if (start !== undefined) expect(token?.start).toBe(start);
}

/** No token of `text` reads `form`. */
export function expectNoToken(text: string, form: string): void {
  expect(forms(text)).not.toContain(form);
}
