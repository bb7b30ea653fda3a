import { createDocument, type Document } from './document.js';
import { parseIsoDate } from './iso-date.js';

export type JsonlLine = { readonly document: Document } | { readonly problem: string };

/**
 * One line of JSONL input: `{"id", "text", "date", "source", "title", "url"}`, only `text`
 * required; a missing id becomes `line-N` (N counted from 1 over the input's lines).
 */
export function parseJsonlDocument(line: string, lineNumber: number): JsonlLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { problem: `line ${lineNumber}: not valid JSON (${(error as Error).message})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { problem: `line ${lineNumber}: expected a JSON object with a "text" field` };
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') return { problem: `line ${lineNumber}: missing "text" string` };
  for (const field of ['id', 'date', 'source', 'title', 'url'] as const) {
    const v = record[field];
    if (v !== undefined && v !== null && typeof v !== 'string') {
      return { problem: `line ${lineNumber}: "${field}" must be a string` };
    }
  }
  const date = (record.date as string | null | undefined) ?? null;
  if (date !== null && date !== '' && parseIsoDate(date) === null) {
    return { problem: `line ${lineNumber}: "date" must be YYYY, YYYY-MM or YYYY-MM-DD, not ${JSON.stringify(date)}` };
  }
  const id = (record.id as string | undefined) || `line-${lineNumber}`;
  return {
    document: createDocument(id, record.text, {
      date: date || null,
      source: (record.source as string | undefined) ?? null,
      title: (record.title as string | undefined) ?? null,
      url: (record.url as string | undefined) ?? null,
    }),
  };
}
