import { countBefore } from '../document/sorted-search.js';
import type { Span } from '../document/span.js';

/** A quoted passage: `span` includes the quote marks, `inner` is what is quoted. */
export interface Quote {
  readonly span: Span;
  readonly inner: Span;
}

const OPENERS: Record<string, string> = { '«': '»', '“': '”', '„': '“', '"': '"' };

/**
 * Finds quoted passages in one pass. A quote may run over several sentences but not past
 * a paragraph (blank line), where an unclosed one ends; a straight " closes the last
 * straight one opened; nested quotes inside « » are part of the outer one.
 */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let open: { at: number; closer: string } | null = null;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' && isParagraphBreak(text, i)) {
      if (open) quotes.push({ span: { start: open.at, end: i }, inner: { start: open.at + 1, end: trimEnd(text, i) } });
      open = null;
      depth = 0;
      continue;
    }
    if (open) {
      if (ch === open.closer && (open.closer !== '"' || depth === 0)) {
        if (depth > 0) depth--;
        else {
          quotes.push({ span: { start: open.at, end: i + 1 }, inner: { start: open.at + 1, end: i } });
          open = null;
        }
      } else if (ch === '«' && open.closer === '»') depth++;
      continue;
    }
    const closer = OPENERS[ch];
    if (closer !== undefined) open = { at: i, closer };
  }
  if (open) quotes.push({ span: { start: open.at, end: text.length }, inner: { start: open.at + 1, end: trimEnd(text, text.length) } });
  return quotes;
}

/** A newline followed, after blanks, by another newline. */
function isParagraphBreak(text: string, newline: number): boolean {
  for (let j = newline + 1; j < text.length; j++) {
    const ch = text[j];
    if (ch === '\n') return true;
    if (ch !== ' ' && ch !== '\t' && ch !== '\r') return false;
  }
  return true;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

/** The quote whose inner text holds `offset`, if any (quotes sorted, disjoint). */
export function quoteAt(quotes: readonly Quote[], offset: number): Quote | null {
  const candidate = quotes[countBefore(quotes.length, (k) => quotes[k].span.start <= offset) - 1];
  return candidate && candidate.inner.start <= offset && offset < candidate.inner.end ? candidate : null;
}
