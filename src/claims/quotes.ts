import { countBefore } from '../document/sorted-search.js';
import type { Span } from '../document/span.js';

/** A quoted passage: `span` includes the quote marks, `inner` is what is quoted. */
export interface Quote {
  readonly span: Span;
  readonly inner: Span;
}

/** Opening quote marks (as UTF-16 code units) and the mark that closes each. */
const CLOSER_OF = new Map<number, number>([
  [0xab, 0xbb], // « »
  [0x201c, 0x201d], // “ ”
  [0x201e, 0x201c], // „ “
  [0x22, 0x22], // " "
]);
/** Every character findQuotes acts on: the marks above, opening or closing, and newlines. */
const MARKS = /[\n"«»“”„]/;
const NEWLINE = 0x0a;
const OPEN_GUILLEMET = 0xab;
const STRAIGHT = 0x22;

/**
 * Finds quoted passages in one pass. A quote may run over several sentences but not past
 * a paragraph (blank line), where an unclosed one ends; a straight " closes the last
 * straight one opened; nested quotes inside « » are part of the outer one.
 */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let openAt = -1;
  let closer = 0;
  let depth = 0;
  // only quote marks and newlines matter: the regular expression skips everything else natively
  // (test, not exec: the mark is the one before lastIndex, and no match array is made for each)
  const marks = new RegExp(MARKS.source, 'g');
  while (marks.test(text)) {
    const i = marks.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === NEWLINE && isParagraphBreak(text, i)) {
      if (openAt >= 0) quotes.push({ span: { start: openAt, end: i }, inner: { start: openAt + 1, end: trimEnd(text, i) } });
      openAt = -1;
      depth = 0;
      continue;
    }
    if (openAt >= 0) {
      if (c === closer && (closer !== STRAIGHT || depth === 0)) {
        if (depth > 0) depth--;
        else {
          quotes.push({ span: { start: openAt, end: i + 1 }, inner: { start: openAt + 1, end: i } });
          openAt = -1;
        }
      } else if (c === OPEN_GUILLEMET && closer === 0xbb) depth++;
      continue;
    }
    const close = CLOSER_OF.get(c);
    if (close !== undefined) {
      openAt = i;
      closer = close;
    }
  }
  if (openAt >= 0) quotes.push({ span: { start: openAt, end: text.length }, inner: { start: openAt + 1, end: trimEnd(text, text.length) } });
  return quotes;
}

/** A newline followed, after blanks, by another newline. */
function isParagraphBreak(text: string, newline: number): boolean {
  for (let j = newline + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === NEWLINE) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
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
