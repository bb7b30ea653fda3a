import { runPipeline, type Pipeline } from '../pipeline.js';
import type { Candidate } from './candidate.js';
import { figureContext, type FigureContext } from './context.js';
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
  parsers: [nonFigure, digitNumber, wordNumber, fraction, rankParser, vagueQuantity, vulgarFraction],
  refiners: [dropBlocked, attachUnit, attachPer, resolveOverlaps, joinSubunits, resolveAngles, dropNonFigures, applyRanges, markBounds, carryElidedUnit],
};

/** Every quantity in the text, sorted by start, non-overlapping, as UTF-16 spans of the text. */
export function extractFigures(text: string): Figure[] {
  const ctx = figureContext(text);
  return runPipeline(figurePipeline, ctx).map((c) => ({
    start: c.start,
    end: c.end,
    kind: c.kind,
    value: c.value,
    unit: c.unit,
    approx: c.approx,
    per: c.per,
  }));
}
