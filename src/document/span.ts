/**
 * A half-open range [start, end) of UTF-16 code units in a document's text.
 * The library works in UTF-16 units (what JavaScript strings index by); records
 * convert to code points in one place, `CodePointIndex`, when they are built.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function byStart(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
