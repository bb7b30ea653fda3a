import type { FigureKind } from './types.js';

/**
 * A figure while it is being read: the public fields plus what the refiners need to know
 * about how it was written. Parsers create them; refiners update them in place or drop them.
 */
export interface Candidate {
  start: number;
  end: number;
  /** Lexeme range [firstLex, endLex) of the whole span. */
  firstLex: number;
  endLex: number;
  /** Lexeme range of the number itself (sign and scale words included, unit excluded). */
  numberFirstLex: number;
  numberEndLex: number;
  kind: FigureKind;
  value: number;
  unit: string | null;
  approx: boolean;
  per: string | null;
  /** Factor of the attached unit (« centimes » → 0.01), 1 when none: a range's other bound takes it too. */
  unitFactor: number;
  /** Multiplier of the scale word written with the number (« millions » → 1e6), else 1. */
  scale: number;
  /** Written with a decimal part (« 0,6 »). */
  decimal: boolean;
  /** Written with digits (short unit symbols such as « m » or « h » only follow digits). */
  digits: boolean;
  /** A lone « un »/« une »: a figure only when a unit follows (« un euro »), else an article. */
  article: boolean;
  /** A span that is never a figure (URL, date, footnote marker...): it removes what it overlaps. */
  blocker: boolean;
  /** Which parser proposed it (for debugging and tests). */
  origin: string;
}

export function candidate(fields: Partial<Candidate> & Pick<Candidate, 'start' | 'end' | 'firstLex' | 'endLex' | 'value' | 'origin'>): Candidate {
  // every field written out (no spread): one object of one shape per candidate
  return {
    start: fields.start,
    end: fields.end,
    firstLex: fields.firstLex,
    endLex: fields.endLex,
    numberFirstLex: fields.numberFirstLex ?? fields.firstLex,
    numberEndLex: fields.numberEndLex ?? fields.endLex,
    kind: fields.kind ?? 'count',
    value: fields.value,
    unit: fields.unit ?? null,
    approx: fields.approx ?? false,
    per: fields.per ?? null,
    unitFactor: fields.unitFactor ?? 1,
    scale: fields.scale ?? 1,
    decimal: fields.decimal ?? false,
    digits: fields.digits ?? false,
    article: fields.article ?? false,
    blocker: fields.blocker ?? false,
    origin: fields.origin,
  };
}

export function blocker(start: number, end: number, firstLex: number, endLex: number, origin: string): Candidate {
  return candidate({ start, end, firstLex, endLex, value: 0, blocker: true, origin });
}

/**
 * Sorts candidates by start in place, stably. An insertion sort: a window has a few candidates,
 * and Array.prototype.sort copies them first.
 */
export function sortByStart(candidates: Candidate[]): Candidate[] {
  for (let i = 1; i < candidates.length; i++) {
    const c = candidates[i];
    let j = i - 1;
    while (j >= 0 && candidates[j].start > c.start) {
      candidates[j + 1] = candidates[j];
      j--;
    }
    candidates[j + 1] = c;
  }
  return candidates;
}
