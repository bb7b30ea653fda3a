import type { Span } from '../../document/span.js';

/**
 * Spans sorted by start, with the furthest end reached by each span and those before it: a
 * span [start, end) lies inside one of them when the last of them starting at or before `start`
 * has a furthest end of at least `end`.
 */
export class SpanCover {
  private readonly starts: number[] = [];
  private readonly furthestEnds: number[] = [];

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    let furthest = -1;
    for (const { start, end } of sorted) {
      furthest = Math.max(furthest, end);
      this.starts.push(start);
      this.furthestEnds.push(furthest);
    }
  }

  get size(): number {
    return this.starts.length;
  }

  /** True when [start, end) lies entirely inside one of the spans. */
  covers(start: number, end: number): boolean {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.starts[mid] <= start) low = mid + 1;
      else high = mid;
    }
    return low > 0 && this.furthestEnds[low - 1] >= end;
  }
}
