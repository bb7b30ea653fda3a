import { daysInMonth } from '../../document/iso-date.js';

/** A fully known calendar day. */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (proleptic Gregorian, UTC). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function dayFromNumber(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** ISO weekday: 1 Monday ... 7 Sunday. */
export function isoWeekday(n: number): number {
  // 1970-01-01 was a Thursday
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Shifts a (year, month) pair by a number of months. */
export function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Distance in days from a day to an interval of days (0 inside it). */
export function distanceToInterval(n: number, first: number, last: number): number {
  return n < first ? first - n : n > last ? n - last : 0;
}

/** The N-th given weekday of a month (N = -1 for the last); null when the month has none. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, nth: number): number | null {
  if (nth === -1) {
    const last = dayNumber(year, month, daysInMonth(year, month));
    return last - ((isoWeekday(last) - weekday + 7) % 7);
  }
  const first = dayNumber(year, month, 1);
  const n = first + ((weekday - isoWeekday(first) + 7) % 7) + 7 * (nth - 1);
  return dayFromNumber(n).month === month ? n : null;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function formatDay(n: number): string {
  const day = dayFromNumber(n);
  return `${String(day.year).padStart(4, '0')}-${pad2(day.month)}-${pad2(day.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}`;
}
