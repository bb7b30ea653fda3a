import type { CheckedClaim } from './types.js';

/**
 * One line of claims JSONL (`extract --format jsonl`): a claim record to check, null for
 * a record of another type (lines of other commands are skipped), or a problem naming
 * the line.
 */
export function parseClaimLine(line: string, lineNumber: number): { claim: CheckedClaim } | { problem: string } | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { problem: `line ${lineNumber}: not valid JSON (${(error as Error).message})` };
  }
  const record = value as Record<string, unknown>;
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return { problem: `line ${lineNumber}: expected a claim record` };
  if (record.type !== 'claim') return null;
  const strings = ['doc', 'text', 'sentenceText'] as const;
  for (const field of strings) if (typeof record[field] !== 'string') return { problem: `line ${lineNumber}: claim without a "${field}" string` };
  for (const field of ['start', 'end', 'value'] as const) if (typeof record[field] !== 'number') return { problem: `line ${lineNumber}: claim without a numeric "${field}"` };
  for (const field of ['subject', 'metric', 'time', 'attribution', 'unit'] as const) {
    const v = record[field];
    if (v !== undefined && v !== null && typeof v !== 'string') return { problem: `line ${lineNumber}: "${field}" must be a string or null` };
  }
  return {
    claim: {
      doc: record.doc as string,
      start: record.start as number,
      end: record.end as number,
      text: record.text as string,
      value: record.value as number,
      unit: (record.unit as string | null | undefined) ?? null,
      subject: (record.subject as string | null | undefined) ?? null,
      metric: (record.metric as string | null | undefined) ?? null,
      time: (record.time as string | null | undefined) ?? null,
      attribution: (record.attribution as string | null | undefined) ?? null,
      sentenceText: record.sentenceText as string,
    },
  };
}
