/**
 * Marks after which the next word's capital is expected: openings, and sentence ends in case a
 * splitter missed one. Not « * »: mid-line it is Markdown emphasis (« son **European Sovereign
 * Cloud** »), and a bullet « * » opens a line, whose first word is flagged anyway.
 */
export const OPENERS: ReadonlySet<string> = new Set(['.', '!', '?', '…', '«', '"', '“', '(', '[', '—', '–', '-', '•', '►', '‹', '„']);

const OPENER_UNITS: ReadonlySet<number> = new Set([...OPENERS].map((mark) => mark.charCodeAt(0)));

/** True when a mark of one code unit is one of OPENERS (all of them are one unit long). */
export function isOpenerUnit(code: number): boolean {
  return OPENER_UNITS.has(code);
}
