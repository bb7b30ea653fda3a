import { runPipeline, type Pipeline } from '../pipeline.js';
import type { Candidate } from './candidate.js';
import { figureContext, type FigureContext, type FigureWindow } from './context.js';
import { figureWindows } from './figure-windows.js';
import { textUnits } from './text-units.js';
import { clockDuration } from './parsers/clock-duration.js';
import { digitNumber } from './parsers/digit-number.js';
import { fraction } from './parsers/fraction.js';
import { nonFigure } from './parsers/non-figure.js';
import { rankParser } from './parsers/rank.js';
import { vagueQuantity } from './parsers/vague-quantity.js';
import { vulgarFraction } from './parsers/vulgar-fraction.js';
import { wordNumber } from './parsers/word-number.js';
import { applyRanges } from './refiners/apply-ranges.js';
import { attachPer } from './refiners/attach-per.js';
import { attachUnit } from './refiners/attach-unit.js';
import { carryElidedUnit } from './refiners/carry-elided-unit.js';
import { dropBlocked } from './refiners/drop-blocked.js';
import { dropNonFigures } from './refiners/drop-non-figures.js';
import { joinSubunits } from './refiners/join-subunits.js';
import { markBounds } from './refiners/mark-bounds.js';
import { resolveAngles } from './refiners/resolve-angles.js';
import { resolveOverlaps } from './refiners/resolve-overlaps.js';
import type { Figure } from './types.js';

export type { Figure, FigureKind } from './types.js';

/**
 * Parsers propose numbers and non-figure spans; refiners drop what the non-figures cover,
 * attach units and rates, keep the longest reading, join subunits (« 15 euros 50 »), tell angles
 * from temperatures, then apply ranges, bounds and units
 * carried from earlier in the sentence. Order matters: each refiner reads the previous one's output.
 */
export const figurePipeline: Pipeline<FigureContext, Candidate> = {
  parsers: [nonFigure, clockDuration, digitNumber, wordNumber, fraction, rankParser, vagueQuantity, vulgarFraction],
  refiners: [dropBlocked, attachUnit, attachPer, resolveOverlaps, joinSubunits, resolveAngles, dropNonFigures, applyRanges, markBounds, carryElidedUnit],
};

/**
 * Every quantity in the text, sorted by start, non-overlapping, as UTF-16 spans of the text.
 *
 * No rule reads across a line break (blanks skipped by the parsers stop at one, and a sentence
 * ends there), nor across the sentence ends figureWindows cuts at, so each stretch of sentences
 * that may hold a figure is read on its own and the others not at all: the same figures as one
 * pass over the whole text, with small short-lived lexeme arrays instead of one the size of
 * the input.
 */
export function extractFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  // a buffer the next text rewrites: its windows are all read before this returns
  const units = textUnits(text, true);
  const read = (from: number, to: number, atLineStart: boolean): void => readWindow(text, { text, units, from, to, atLineStart }, figures);
  const n = text.length;
  let start = 0;
  let nextReturn = text.indexOf('\r');
  while (start < n) {
    if (nextReturn >= 0 && nextReturn < start) nextReturn = text.indexOf('\r', start);
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    if (nextReturn >= 0 && nextReturn < end) end = nextReturn;
    if (end > start) figureWindows(units, start, end, read);
    start = end + 1;
  }
  return figures;
}

function readWindow(text: string, window: FigureWindow, figures: Figure[]): void {
  // the window's lexemes are dead once its figures are copied out: the next window rewrites them
  const ctx = figureContext(text, window);
  const from = window.from;
  for (const c of runPipeline(figurePipeline, ctx)) {
    figures.push({
      start: c.start + from,
      end: c.end + from,
      kind: c.kind,
      value: c.value,
      unit: c.unit,
      approx: c.approx,
      per: c.per,
    });
  }
}
