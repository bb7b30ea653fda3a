import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseIsoDate } from '../../../src/document/iso-date.js';
import { extractDates, type DateMention } from '../../../src/extract/dates/index.js';

function reference(date: string | null) {
  return date === null ? null : parseIsoDate(date);
}

/** Exactly one date is found: its text, its offset, its value, precision and relative flag. */
function testSingleCase(
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
 * The cases of a table file in cases/ (see its header), one `it` per « ## test name » section:
 * a text with its date between brackets finds exactly that date (testSingleCase), with its value,
 * precision and relative flag; a text without brackets finds no date.
 */
export function testCaseTable(file: string): void {
  const sections: { title: string; rows: string[][] }[] = [];
  for (const line of readFileSync(new URL(`cases/${file}`, import.meta.url), 'utf8').split('\n')) {
    if (line.startsWith('## ')) sections.push({ title: line.slice(3), rows: [] });
    else if (line !== '' && !line.startsWith('#')) sections[sections.length - 1].rows.push(line.split('\t'));
  }
  for (const { title, rows } of sections) {
    it(title, () => {
      for (const row of rows) {
        expect(row, `a case of ${file}`).toHaveLength(5);
        const [marked, date, value, precision, relative] = row.map((cell) => (cell === '-' ? null : cell));
        const start = marked!.indexOf('[');
        const end = marked!.indexOf(']');
        if (start === -1) {
          testUnexpectedResult(marked!, date);
          continue;
        }
        const text = marked!.slice(0, start) + marked!.slice(start + 1, end) + marked!.slice(end + 1);
        const expected = { text: marked!.slice(start + 1, end), value, precision: precision as DateMention['precision'], relative: relative === 'relative', start };
        testSingleCase(text, date, expected);
      }
    });
  }
}
