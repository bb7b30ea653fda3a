import { expect } from 'vitest';
import { parseIsoDate } from '../../../src/document/iso-date.js';
import { extractDates, type DateMention } from '../../../src/extract/dates/index.js';

function reference(date: string | null) {
  return date === null ? null : parseIsoDate(date);
}

/** Exactly one date is found: its text, its offset, its value, precision and relative flag. */
export function testSingleCase(
  text: string,
  date: string | null,
  expected: { text: string; value: string | null; precision: DateMention['precision']; relative?: boolean; start?: number },
): void {
  const mentions = extractDates(text, reference(date));
  expect(mentions.map((m) => text.slice(m.start, m.end)), `dates in «${text}»`).toEqual([expected.text]);
  const [mention] = mentions;
  expect(mention.start).toBe(expected.start ?? text.indexOf(expected.text));
  expect({ value: mention.value, precision: mention.precision }).toEqual({ value: expected.value, precision: expected.precision });
  if (expected.relative !== undefined) expect(mention.relative).toBe(expected.relative);
}

/** No date at all. */
export function testUnexpectedResult(text: string, date: string | null = '2021-04-14'): void {
  const mentions = extractDates(text, reference(date));
  expect(mentions.map((m) => text.slice(m.start, m.end)), `dates in «${text}»`).toEqual([]);
}

/** Several dates, in order: [text, value] each. */
export function testResults(text: string, date: string | null, expected: [string, string | null][]): void {
  const mentions = extractDates(text, reference(date));
  expect(mentions.map((m) => [text.slice(m.start, m.end), m.value])).toEqual(expected);
}

/**
 * A row of `testSingleCases`: the text with the one date expected in it between brackets
 * (« Je reviens [hier] »), the document date, and the date's value and precision.
 */
export type SingleCase = readonly [marked: string, date: string | null, value: string | null, precision: DateMention['precision']];

/** `testSingleCase` for each row, every found date being `relative` (resolved against the document date) or not. */
export function testSingleCases(relative: boolean, rows: readonly SingleCase[]): void {
  for (const [marked, date, value, precision] of rows) {
    const start = marked.indexOf('[');
    const end = marked.indexOf(']');
    const text = marked.slice(0, start) + marked.slice(start + 1, end) + marked.slice(end + 1);
    testSingleCase(text, date, { text: marked.slice(start + 1, end), value, precision, relative, start });
  }
}

/** No date in any of the texts (document date 2021-04-14). */
export function testUnexpectedResults(texts: readonly string[]): void {
  for (const text of texts) testUnexpectedResult(text);
}
