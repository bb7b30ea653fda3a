/** Marks after which the next word's capital is expected: openings, and sentence ends in case a splitter missed one. */
export const OPENERS: ReadonlySet<string> = new Set(['.', '!', '?', '…', '«', '"', '“', '(', '[', '—', '–', '-', '•', '►', '*', '‹', '„']);

const OPENER_UNITS: ReadonlySet<number> = new Set([...OPENERS].map((mark) => mark.charCodeAt(0)));

/** True when a mark of one code unit is one of OPENERS (all of them are one unit long). */
export function isOpenerUnit(code: number): boolean {
  return OPENER_UNITS.has(code);
}
