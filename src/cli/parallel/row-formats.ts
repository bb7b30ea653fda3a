import type { Format } from '../render/formats.js';
import type { Renderer } from '../render/index.js';

/**
 * Formats whose output is a header written once (csv's field names; nothing for jsonl)
 * followed by each record's text on its own: a worker can render a document's rows, and
 * concatenating them in input order gives the same bytes as one renderer would. `json`
 * (commas between records across documents) and `table` (widths over every row) are
 * rendered on the main thread from the records instead.
 */
export const ROW_FORMATS: ReadonlySet<Format> = new Set<Format>(['jsonl', 'csv']);

/**
 * Makes a row-format renderer print bare rows: `end` writes the header it has not yet
 * written, so calling it once on a fresh renderer consumes the header.
 */
export function withoutHeader(renderer: Renderer): Renderer {
  renderer.end(true);
  return renderer;
}
