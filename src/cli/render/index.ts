import type { ChalkInstance } from 'chalk';
import { CSV_FIELDS, TABLE_COLUMNS } from './columns.js';
import { csvRow } from './csv.js';
import type { Format } from './formats.js';
import { renderTable } from './table.js';

export interface RenderOptions {
  /** `amz-claims/<command>@1` */
  readonly schema: string;
  readonly version: string;
  readonly recordType: string;
  readonly width: number;
  readonly chalk: ChalkInstance;
}

/**
 * Turns records into output text. Streaming formats (jsonl, csv, json) give text as each
 * record comes; a table needs every row for its widths and gives it at the end. `end`
 * learns whether the run read anything: a run whose every input failed prints nothing.
 */
export interface Renderer {
  record(record: object): string;
  end(anythingRead: boolean): string;
}

export function createRenderer(format: Format, options: RenderOptions): Renderer {
  switch (format) {
    case 'jsonl':
      return { record: (record) => JSON.stringify(record) + '\n', end: () => '' };
    case 'json': {
      let count = 0;
      const head = `{"schema":${JSON.stringify(options.schema)},"version":${JSON.stringify(options.version)},"records":[`;
      return {
        record: (record) => (count++ === 0 ? `${head}\n` : ',\n') + JSON.stringify(record),
        end: (anythingRead) => (count > 0 ? '\n]}\n' : anythingRead ? `${head}]}\n` : ''),
      };
    }
    case 'csv': {
      const fields = CSV_FIELDS[options.recordType];
      let started = false;
      const header = (): string => {
        if (started) return '';
        started = true;
        return csvRow(fields);
      };
      return {
        record: (record) => header() + csvRow(fields.map((f) => (record as Record<string, unknown>)[f])),
        end: (anythingRead) => (anythingRead ? header() : ''),
      };
    }
    case 'table': {
      const rows: Record<string, unknown>[] = [];
      return {
        record: (record) => {
          rows.push(record as Record<string, unknown>);
          return '';
        },
        end: () => (rows.length === 0 ? '' : renderTable(rows, TABLE_COLUMNS[options.recordType], options.width, options.chalk)),
      };
    }
  }
}
