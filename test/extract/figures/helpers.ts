import { expect } from 'vitest';
import { extractFigures, type Figure } from '../../../src/extract/figures/index.js';

/** Checks that the text holds exactly one figure, with this text, value, unit and flags. */
export function expectSingle(
  text: string,
  expected: { text: string; value: number; kind?: Figure['kind']; unit?: string | null; approx?: boolean; per?: string | null },
): void {
  const figures = extractFigures(text);
  expect(figures.map((f) => text.slice(f.start, f.end)), text).toEqual([expected.text]);
  const [figure] = figures;
  expect(figure.start).toBe(text.indexOf(expected.text));
  expect(figure.value).toBeCloseTo(expected.value, 6);
  if (expected.kind !== undefined) expect(figure.kind).toBe(expected.kind);
  if (expected.unit !== undefined) expect(figure.unit).toBe(expected.unit);
  if (expected.approx !== undefined) expect(figure.approx).toBe(expected.approx);
  if (expected.per !== undefined) expect(figure.per ?? null).toBe(expected.per);
}

/** Checks that the text holds no figure at all. */
export function expectNone(text: string): void {
  expect(extractFigures(text).map((f) => text.slice(f.start, f.end)), text).toEqual([]);
}

/** The figures of a text as [text, value, unit] triples, for multi-figure cases. */
export function triples(text: string): [string, number, string | null][] {
  return extractFigures(text).map((f) => [text.slice(f.start, f.end), Number(f.value.toPrecision(12)), f.unit]);
}
