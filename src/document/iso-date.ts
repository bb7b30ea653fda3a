/** A calendar date known to the year, the month or the day. */
export interface IsoDate {
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
}

const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when malformed or not a real date. */
export function parseIsoDate(value: string): IsoDate | null {
  const match = ISO_PREFIX.exec(value.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && month !== null && (day < 1 || day > daysInMonth(year, month))) return null;
  return { year, month, day };
}

export function formatIsoDate(date: IsoDate): string {
  const year = String(date.year).padStart(4, '0');
  if (date.month === null) return year;
  const month = String(date.month).padStart(2, '0');
  if (date.day === null) return `${year}-${month}`;
  return `${year}-${month}-${String(date.day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
