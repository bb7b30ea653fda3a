import type { Span } from '../document/span.js';
import type { ClaimContext } from './context.js';

/**
 * Markdown tables: a figure in a cell of a row is measured by its column's header, which may
 * also give its time (« | Part de marché (T4 2024) | » above « | AWS | 30 % | »).
 */

/** A table's line: its first visible character is « | ». */
function isTableLine(context: ClaimContext, start: number, end: number): boolean {
  let i = start;
  while (i < end && (context.text.charCodeAt(i) === 0x20 || context.text.charCodeAt(i) === 0x09)) i++;
  return i < end && context.text.charCodeAt(i) === 0x7c;
}

/** The row that separates a header from the body: cells of dashes and colons only (« |---|:--:| »). */
function isSeparatorLine(context: ClaimContext, start: number, end: number): boolean {
  let dashes = 0;
  for (let i = start; i < end; i++) {
    const code = context.text.charCodeAt(i);
    if (code === 0x2d) dashes++;
    else if (code !== 0x7c && code !== 0x3a && code !== 0x20 && code !== 0x09) return false;
  }
  return dashes > 0;
}

/**
 * The start of the header line of the table whose body holds the line starting at `lineStart`,
 * or -1. Each line's answer is kept, so a table is walked once whatever its size.
 */
function headerLineOf(context: ClaimContext, lineStart: number): number {
  if (context.hasMemo('table-header', lineStart)) return context.memo('table-header', lineStart, () => -1);
  // walk up to a line already answered or the table's first lines, then answer every line passed
  const passed: number[] = [];
  let start = lineStart;
  let header = -1;
  for (;;) {
    const [, end] = context.lineAround(start);
    if (context.hasMemo('table-header', start)) {
      header = context.memo('table-header', start, () => -1);
      break;
    }
    if (!isTableLine(context, start, end) || start === 0) break;
    passed.push(start);
    const [previousStart, previousEnd] = context.lineAround(start - 1);
    if (isSeparatorLine(context, previousStart, previousEnd)) {
      const [headerStart, headerEnd] = previousStart > 0 ? context.lineAround(previousStart - 1) : [-1, -1];
      header = headerStart >= 0 && isTableLine(context, headerStart, headerEnd) ? headerStart : -1;
      break;
    }
    start = previousStart;
  }
  for (const line of passed) context.memo('table-header', line, () => header);
  return header;
}

/** Index of the cell holding `offset` on the line [start, end): the « | » before it, counted. */
function cellIndex(context: ClaimContext, start: number, offset: number): number {
  let bars = 0;
  for (let i = start; i < offset; i++) if (context.text.charCodeAt(i) === 0x7c) bars++;
  return bars;
}

/** The header cell above the cell that holds `offset`, when it is in the body of a Markdown table. */
export function columnHeaderOf(context: ClaimContext, offset: number): Span | null {
  const [lineStart] = context.lineAround(offset);
  const header = headerLineOf(context, lineStart);
  if (header < 0) return null;
  const column = cellIndex(context, lineStart, offset);
  // kept by column: a long table reads its header line once per column, not once per row
  // one key per header line and column: columns past 65,535 share the last, which no table has
  return context.memo('table-cell', header * 0x10000 + Math.min(column, 0xffff), () => {
    const [, headerEnd] = context.lineAround(header);
    let bars = 0;
    let cellStart = -1;
    for (let i = header; i < headerEnd; i++) {
      if (context.text.charCodeAt(i) !== 0x7c) continue;
      bars++;
      if (bars === column) cellStart = i + 1;
      else if (bars === column + 1) return { start: cellStart, end: i };
    }
    return cellStart >= 0 ? { start: cellStart, end: headerEnd } : null;
  });
}
