import { describe, expect, it } from 'vitest';
import { checkClaims, checkFails, compareExpected, disagree, findConflicts, parseExpectations, spreadOf } from '../../src/check/index.js';
import type { CheckedClaim } from '../../src/check/types.js';

const claim = (doc: string, value: number, over: Partial<CheckedClaim> = {}): CheckedClaim => ({
  doc,
  start: 0,
  end: 4,
  text: String(value),
  value,
  unit: '%',
  subject: 'Amazon Web Services',
  metric: 'part de marché',
  time: null,
  attribution: null,
  sentenceText: `${value} %`,
  ...over,
});
const strict = { tolerance: { relative: 0.05, absolute: null }, sameTime: false };

describe('spread and tolerance', () => {
  it('measures the spread against the mean magnitude of the two values', () => {
    expect(spreadOf([47.8, 30])).toEqual({ spread: 17.8, relativeSpread: 0.457584 });
  });

  it('disagrees only beyond every tolerance given', () => {
    expect(disagree([100, 104], { relative: 0.05, absolute: null })).toBe(false);
    expect(disagree([100, 106], { relative: 0.05, absolute: null })).toBe(true);
    expect(disagree([100, 106], { relative: null, absolute: 10 })).toBe(false);
    expect(disagree([100, 106], { relative: 0.05, absolute: 5 })).toBe(true);
    expect(disagree([3, 3], { relative: 0, absolute: 0 })).toBe(false);
  });
});

describe('findConflicts', () => {
  it('reports sources that disagree on one subject, metric and unit', () => {
    const conflicts = findConflicts([claim('a', 47.8, { time: '2018' }), claim('b', 30)], strict);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ severity: 'conflict', subject: 'Amazon Web Services', metric: 'part de marché', unit: '%', spread: 17.8 });
    expect(conflicts[0].values.map((v) => v.doc)).toEqual(['a', 'b']);
  });

  it('groups across case, accents and spacing of subject and metric', () => {
    const conflicts = findConflicts([claim('a', 47.8), claim('b', 30, { subject: 'amazon web services', metric: 'Part de  marche' })], strict);
    expect(conflicts).toHaveLength(1);
  });

  it('never groups different units, subjects or metrics, nor claims missing one', () => {
    expect(findConflicts([claim('a', 47.8), claim('b', 30, { unit: 'EUR' })], strict)).toEqual([]);
    expect(findConflicts([claim('a', 47.8), claim('b', 30, { subject: 'Microsoft' })], strict)).toEqual([]);
    expect(findConflicts([claim('a', 47.8), claim('b', 30, { metric: 'bénéfices' })], strict)).toEqual([]);
    expect(findConflicts([claim('a', 47.8, { subject: null }), claim('b', 30, { subject: null })], strict)).toEqual([]);
  });

  it('does not compare a document with itself, and counts a repeated figure once', () => {
    expect(findConflicts([claim('a', 47.8), claim('a', 30)], strict)).toEqual([]);
    const conflicts = findConflicts([claim('a', 47.8), claim('a', 47.8), claim('b', 30)], strict);
    expect(conflicts[0].values).toHaveLength(2);
  });

  it('makes values of different known periods a warning, and --same-time leaves them out', () => {
    const claims = [claim('a', 47.8, { time: '2018' }), claim('b', 30, { time: '2021' })];
    expect(findConflicts(claims, strict)[0].severity).toBe('warning');
    expect(findConflicts(claims, { ...strict, sameTime: true })).toEqual([]);
  });

  it('lists conflicts before warnings', () => {
    const claims = [
      claim('a', 10, { metric: 'x', time: '2018' }),
      claim('b', 20, { metric: 'x', time: '2019' }),
      claim('a', 10, { metric: 'y' }),
      claim('b', 11, { metric: 'y' }),
    ];
    expect(findConflicts(claims, strict).map((c) => [c.metric, c.severity])).toEqual([
      ['y', 'conflict'],
      ['x', 'warning'],
    ]);
  });
});

describe('--expect', () => {
  it('reports every claim that departs from a reference value', () => {
    const records = compareExpected(
      [claim('a', 47.8, { time: '2018' }), claim('b', 30), claim('c', 32.5)],
      [{ subject: 'Amazon Web Services', metric: 'part de marché', value: 32, unit: '%', time: '2021' }],
      { relative: 0.05, absolute: null },
    );
    expect(records).toHaveLength(1);
    expect(records[0].expected).toEqual({ value: 32, time: '2021' });
    expect(records[0].values.map((v) => v.doc)).toEqual(['a', 'b']);
    expect(records[0].severity).toBe('conflict');
  });

  it('parses a reference file and names what is wrong with it', () => {
    expect(parseExpectations('[{"subject":"A","metric":"m","value":1,"unit":"%"}]')).toEqual([{ subject: 'A', metric: 'm', value: 1, unit: '%', time: null }]);
    expect(parseExpectations('{}')).toMatch(/JSON array/);
    expect(parseExpectations('[{"subject":"A","value":"1"}]')).toMatch(/entry 1/);
    expect(parseExpectations('[')).toMatch(/not valid JSON/);
  });
});

describe('--fail-on', () => {
  const records = checkClaims([claim('a', 10, { time: '2018' }), claim('b', 20, { time: '2019' })], { ...strict, expectations: [] });
  it('fails on conflicts by default, on warnings when asked, never when asked', () => {
    expect(records[0].severity).toBe('warning');
    expect(checkFails(records, 'conflict')).toBe(false);
    expect(checkFails(records, 'warning')).toBe(true);
    expect(checkFails(records, 'never')).toBe(false);
  });
});
