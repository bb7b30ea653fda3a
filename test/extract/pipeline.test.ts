import { describe, expect, it } from 'vitest';
import { removeOverlaps } from '../../src/extract/pipeline.js';

const span = (start: number, end: number, name = `${start}-${end}`) => ({ start, end, name });

describe('removeOverlaps', () => {
  it('keeps the longer of overlapping results, the earlier on a tie, sorted by start', () => {
    const kept = removeOverlaps([span(5, 8), span(0, 4), span(3, 9), span(10, 12), span(11, 13)]);
    expect(kept.map((r) => r.name)).toEqual(['3-9', '10-12']);
    expect(removeOverlaps([span(4, 10), span(0, 5)]).map((r) => r.name)).toEqual(['4-10']);
  });

  it('keeps touching results and drops an empty one inside a kept span', () => {
    expect(removeOverlaps([span(0, 3), span(3, 6), span(4, 4), span(6, 6)]).map((r) => r.name)).toEqual(['0-3', '3-6', '6-6']);
  });

  it('handles many results back to back', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => span(2 * i, 2 * i + 1));
    expect(removeOverlaps(many)).toHaveLength(20_000);
  });

  it('starts every call afresh: what one text kept does not block the next', () => {
    expect(removeOverlaps([span(0, 10), span(20, 30), span(5, 5)])).toEqual([span(0, 10), span(20, 30)]);
    expect(removeOverlaps([span(2, 4), span(25, 26), span(5, 5)])).toEqual([span(2, 4), span(5, 5), span(25, 26)]);
    const huge = 2_000_000;
    expect(removeOverlaps([span(huge, huge + 3), span(huge + 1, huge + 2)])).toEqual([span(huge, huge + 3)]);
    expect(removeOverlaps([span(1, 2), span(3, 4)])).toEqual([span(1, 2), span(3, 4)]);
  });
});
