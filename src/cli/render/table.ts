import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Column } from './columns.js';

const BORDERLESS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '  ',
};
const GAP = 2;
/** A flexible column narrower than this says too little to be worth showing. */
const MIN_FLEX = 20;
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
  let shown = columns.filter((_, c) => cells.some((row) => row[c] !== ''));
  const naturalWidth = (column: Column): number => {
    const c = columns.indexOf(column);
    return Math.max(displayLength(column.header), ...cells.map((row) => displayLength(row[c])));
  };
  const fixedWidth = (column: Column): number => Math.min(column.max ?? MAX_FIXED, naturalWidth(column));
  const flexColumn = shown.find((column) => column.flex);
  let flexWidth = 0;
  if (flexColumn) {
    const others = shown.reduce((sum, column) => (column === flexColumn ? sum : sum + fixedWidth(column) + GAP), 0);
    flexWidth = Math.min(naturalWidth(flexColumn), width - others);
    // too narrow to read: leave it out rather than print a few letters of it
    if (flexWidth < Math.min(MIN_FLEX, naturalWidth(flexColumn))) shown = shown.filter((column) => column !== flexColumn);
  }
  const index = shown.map((column) => columns.indexOf(column));
  const widths = shown.map((column) => (column === flexColumn ? flexWidth : fixedWidth(column)));
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
