/**
 * A half-open range [start, end) of UTF-16 code units in a document's text.
 * The library works in UTF-16 units (what JavaScript strings index by); records
 * convert to code points in one place, `CodePointIndex`, when they are built.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

