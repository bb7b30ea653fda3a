import { removeOverlaps, type Refiner } from '../../pipeline.js';
import type { DateContext } from '../context.js';
import type { DateMention } from '../types.js';

/** Parsers overlap (« samedi » alone and « samedi 30 janvier »): the longer reading wins. */
export const removeOverlappingDates: Refiner<DateContext, DateMention> = {
  name: 'remove-overlapping-dates',
  refine: (mentions) => removeOverlaps(mentions),
};
