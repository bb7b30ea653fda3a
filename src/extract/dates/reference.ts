import type { IsoDate } from '../../document/iso-date.js';
import { daysInMonth } from '../../document/iso-date.js';
import { dayNumber } from './calendar.js';

/** The document date as the interval of days it may stand for. */
export interface Reference {
  readonly date: IsoDate;
  readonly precision: 'day' | 'month' | 'year';
  /** first and last day numbers the reference covers (equal for a known day) */
  readonly first: number;
  readonly last: number;
}

export function toReference(date: IsoDate | null): Reference | null {
  if (date === null) return null;
  if (date.month === null) {
    return { date, precision: 'year', first: dayNumber(date.year, 1, 1), last: dayNumber(date.year, 12, 31) };
  }
  if (date.day === null) {
    const last = dayNumber(date.year, date.month, daysInMonth(date.year, date.month));
    return { date, precision: 'month', first: dayNumber(date.year, date.month, 1), last };
  }
  const day = dayNumber(date.year, date.month, date.day);
  return { date, precision: 'day', first: day, last: day };
}
