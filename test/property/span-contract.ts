/** One place a record breaks the span contract, for a readable failure. */
export interface SpanViolation {
  readonly path: string;
  readonly start: unknown;
  readonly end: unknown;
  readonly text: unknown;
  readonly slice: string;
}

/**
 * Every object in `record` (itself, nested mentions...) with `start`, `end` and `text`
 * must satisfy CONTRACT.md: code-point offsets, 0 <= start <= end <= length, and
 * `[...docText].slice(start, end).join('') === text`.
 */
export function spanViolations(record: unknown, codePoints: readonly string[], path = '$'): SpanViolation[] {
  if (record === null || typeof record !== 'object') return [];
  if (Array.isArray(record)) return record.flatMap((item, i) => spanViolations(item, codePoints, `${path}[${i}]`));
  const found: SpanViolation[] = [];
  const fields = record as Record<string, unknown>;
  if ('start' in fields || 'end' in fields) {
    const { start, end, text } = fields;
    const valid =
      Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (start as number) <= (end as number) && (end as number) <= codePoints.length;
    const slice = valid ? codePoints.slice(start as number, end as number).join('') : '';
    if (!valid || slice !== text) found.push({ path, start, end, text, slice });
  }
  for (const [name, value] of Object.entries(fields)) if (typeof value === 'object') found.push(...spanViolations(value, codePoints, `${path}.${name}`));
  return found;
}
