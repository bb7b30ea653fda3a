import fc from 'fast-check';
import { JaroWinklerDistance } from 'natural/lib/natural/distance/index.js';
import { describe, expect, it } from 'vitest';
import { couldBeNearMiss as couldBeNearMissOfUnits, couldBeNearMissByClasses, unitClasses, unitsOf } from '../../../src/extract/entities/could-be-near-miss.js';
import { NEAR_MISS_THRESHOLD } from '../../../src/extract/entities/group-entities.js';

function couldBeNearMiss(a: string, b: string, threshold: number): boolean {
  return couldBeNearMissOfUnits(unitsOf(a), unitsOf(b), threshold);
}

/** One-letter slips and unrelated names alike, over a small alphabet so that near misses are common. */
const name = fc.string({ unit: fc.constantFrom(...'abcdeéfs lt'), minLength: 1, maxLength: 24 });
const slip = fc.tuple(name, fc.nat(), fc.constantFrom(...'abcdeéfs lt')).map(([s, at, c]) => {
  const i = at % s.length;
  return [s, s.slice(0, i) + c + s.slice(i + 1)] as const;
});

describe('couldBeNearMiss', () => {
  it('never rules out a pair that Jaro–Winkler puts at or above the threshold', () => {
    for (const threshold of [NEAR_MISS_THRESHOLD, 0.8, 0.97]) {
      fc.assert(
        fc.property(fc.oneof(fc.tuple(name, name), slip), ([a, b]) => {
          if (JaroWinklerDistance(a, b, {}) >= threshold) expect(couldBeNearMiss(a, b, threshold)).toBe(true);
        }),
        { numRuns: 3000 },
      );
    }
  });

  it('keeps a one-letter slip of a long name and rules out unrelated names', () => {
    expect(couldBeNearMiss('wall street journal', 'wal street journal', NEAR_MISS_THRESHOLD)).toBe(true);
    expect(couldBeNearMiss('amazon web services', 'amazon web servises', NEAR_MISS_THRESHOLD)).toBe(true);
    expect(couldBeNearMiss('stellantis', 'bruxelles', NEAR_MISS_THRESHOLD)).toBe(false);
    expect(couldBeNearMiss('commission europeenne', 'parlement europeen', NEAR_MISS_THRESHOLD)).toBe(false);
  });

  it('leaves nothing counted behind from one call to the next', () => {
    expect(couldBeNearMiss('aaaaaaaa', 'bbbbbbbb', NEAR_MISS_THRESHOLD)).toBe(false);
    expect(couldBeNearMiss('bbbbbbbb', 'bbbbbbbc', NEAR_MISS_THRESHOLD)).toBe(true);
    expect(couldBeNearMiss('cccccccc', 'aaaaaaaa', NEAR_MISS_THRESHOLD)).toBe(false);
  });
});

describe('couldBeNearMissByClasses', () => {
  const byClasses = (a: string, b: string, threshold: number): boolean =>
    couldBeNearMissByClasses(a.length, unitClasses(unitsOf(a)), b.length, unitClasses(unitsOf(b)), threshold);

  it('never rules out a pair that Jaro–Winkler puts at or above the threshold', () => {
    for (const threshold of [NEAR_MISS_THRESHOLD, 0.8, 0.97]) {
      fc.assert(
        fc.property(fc.oneof(fc.tuple(name, name), slip), ([a, b]) => {
          if (JaroWinklerDistance(a, b, {}) >= threshold) expect(byClasses(a, b, threshold)).toBe(true);
        }),
        { numRuns: 3000 },
      );
    }
  });

  it('rules out names written with other letters', () => {
    expect(byClasses('amazon web services', 'amazon web servises', NEAR_MISS_THRESHOLD)).toBe(true);
    expect(byClasses('digital markets act', 'amazon web services', NEAR_MISS_THRESHOLD)).toBe(false);
  });
});
