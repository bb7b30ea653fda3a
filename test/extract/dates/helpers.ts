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
