import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Column } from './columns.js';

const BORDERLESS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '  ',
};
const GAP = 2;
const MIN_FLEX = 12;
const MAX_FIXED = 40;

/** Code points, not UTF-16 units: what a terminal draws, near enough for French text. */
function displayLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export function elide(text: string, width: number): string {
  if (displayLength(text) <= width) return text;
  return [...text].slice(0, Math.max(0, width - 1)).join('') + '…';
}

/**
 * Aligned columns for people, fitted to `width` terminal columns: fixed columns keep their
 * content (up to 40), the flexible one takes the rest and long text is elided.
 */
export function renderTable(records: readonly Record<string, unknown>[], columns: readonly Column[], width: number, chalk: ChalkInstance): string {
  const cells = records.map((record) => columns.map((column) => column.value(record)));
  const shown = columns.filter((_, c) => cells.some((row) => row[c] !== ''));
  const index = shown.map((column) => columns.indexOf(column));
  const widths = index.map((c, k) => Math.min(shown[k].max ?? MAX_FIXED, Math.max(displayLength(shown[k].header), ...cells.map((row) => displayLength(row[c])))));
  const flex = shown.findIndex((column) => column.flex);
  if (flex >= 0) {
    const natural = Math.max(displayLength(shown[flex].header), ...cells.map((row) => displayLength(row[index[flex]])));
    const others = widths.reduce((sum, w, k) => (k === flex ? sum : sum + w + GAP), 0);
    widths[flex] = Math.max(MIN_FLEX, Math.min(natural, width - others));
  }
  const table = new Table({
    chars: BORDERLESS,
    head: shown.map((column) => chalk.bold(column.header)),
    colAligns: shown.map((column) => column.align ?? 'left'),
    colWidths: widths,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
    wordWrap: false,
  });
  for (const row of cells) table.push(index.map((c, k) => elide(row[c], widths[k])));
  const lines = table.toString().split('\n').map((line) => line.replace(/\s+$/, ''));
  const rule = chalk.dim(widths.map((w) => '─'.repeat(w)).join(' '.repeat(GAP)));
  return [lines[0], rule, ...lines.slice(1)].join('\n') + '\n';
}
