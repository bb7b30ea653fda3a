import type { ChalkInstance } from 'chalk';
import type { ConflictRecord } from '../../check/types.js';
import { formatNumber, TABLE_COLUMNS, CSV_FIELDS } from './columns.js';
import { csvRow } from './csv.js';
import type { CheckFormat } from './formats.js';
import { renderTable } from './table.js';

export interface ConflictRenderOptions {
  readonly schema: string;
  readonly version: string;
  readonly width: number;
  readonly chalk: ChalkInstance;
}

/** One row per disagreeing value, the group's subject and metric on its first row only (table, csv). */
function conflictRows(records: readonly ConflictRecord[], repeatGroup: boolean): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (const record of records) {
    const unit = record.unit ?? '';
    const group = { severity: record.severity, subject: record.subject, metric: record.metric, unit, spread: record.spread, relativeSpread: record.relativeSpread };
    if (record.expected) rows.push({ ...group, doc: '(expected)', value: record.expected.value, time: record.expected.time, unitShown: unit });
    record.values.forEach((value, k) => {
      const first = k === 0 && !record.expected;
      rows.push({ ...(first || repeatGroup ? group : { unit }), ...value, unitShown: unit });
    });
  }
  return rows;
}

/** The one place check's output is formatted, for every --format of `check`. */
export function renderConflicts(records: readonly ConflictRecord[], format: CheckFormat, options: ConflictRenderOptions): string {
  switch (format) {
    case 'jsonl':
      return records.map((record) => JSON.stringify(record) + '\n').join('');
    case 'json':
      return JSON.stringify({ schema: options.schema, version: options.version, records }, null, 0) + '\n';
    case 'csv': {
      const fields = CSV_FIELDS['conflict-row'];
      return csvRow(fields) + conflictRows(records, true).map((row) => csvRow(fields.map((field) => row[field]))).join('');
    }
    case 'table':
      return records.length === 0 ? '' : renderTable(conflictRows(records, false), TABLE_COLUMNS['conflict-row'], options.width, options.chalk);
    case 'github':
      return records.map(githubAnnotations).join('');
  }
}

/**
 * GitHub Actions workflow commands: one annotation per disagreeing value, on its line
 * when the claim was read from a file, naming the other sources' values.
 */
function githubAnnotations(record: ConflictRecord): string {
  const level = record.severity === 'conflict' ? 'error' : 'warning';
  const unit = record.unit === null ? '' : record.unit === '%' ? ' %' : ` ${record.unit}`;
  const shown = (value: number, time: string | null): string => `${formatNumber(value)}${unit}${time ? ` (${time})` : ''}`;
  return record.values
    .map((value) => {
      const others = record.expected
        ? [`expected ${shown(record.expected.value, record.expected.time)}`]
        : record.values.filter((other) => other !== value).map((other) => `${shown(other.value, other.time)} in ${other.doc}`);
      const message = `${record.subject}, ${record.metric}: ${shown(value.value, value.time)} here, but ${others.join('; ')}`;
      const where = value.path === undefined ? [] : [`file=${escapeProperty(value.path)}`, `line=${value.line}`, `col=${value.column}`];
      const properties = [...where, `title=${escapeProperty(`amz-claims check: ${record.severity}`)}`].join(',');
      return `::${level} ${properties}::${escapeData(message)}\n`;
    })
    .join('');
}

/** Workflow-command escaping, as @actions/core does it. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
