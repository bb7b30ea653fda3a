import type { Span } from '../document/span.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'url' | 'email' | 'emoji';

/** A token is a span of the document's text with its kind; its text is `text.slice(start, end)`. */
export interface Token extends Span {
  readonly kind: TokenKind;
}
