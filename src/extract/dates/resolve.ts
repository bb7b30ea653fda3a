import { Tense } from './sentence-tense.js';
import { daysInMonth } from '../../document/iso-date.js';
import {
  dayFromNumber,
  dayNumber,
  distanceToInterval,
  formatDay,
  formatMonth,
  isoWeekday,
  isRealDay,
  shiftMonth,
} from './calendar.js';
import type { Resolution } from './context.js';
import type { Reference } from './reference.js';
import type { DatePrecision } from './types.js';

/**
 * Resolution of partial and relative dates against the document date. The rules, in short:
 * - a partial date takes the year (or month) that puts it nearest to the document date, among the
 *   document's own and its neighbours; a stated weekday must agree when some neighbour agrees;
 * - an offset is applied at the precision of the document date: « demain » in a document dated
 *   only 2022-01 is "2022-01" (most days of a month have their morrow in the same month);
 * - with no document date, anything that needs one is null.
 */

export function absolute(value: string | null, precision: DatePrecision): Resolution {
  return { value, precision, relative: false };
}

export function unresolved(precision: DatePrecision): Resolution {
  return { value: null, precision, relative: true };
}

/**
 * Day and month known, year from the reference (« 14 avril », « samedi 30 janvier »): a weekday
 * that agrees first; then, in a sentence about the past, an occurrence by the reference (« depuis
 * le 9 avril », written in October: this April), about the future one from it on; then the nearest.
 */
export function resolveDayMonth(day: number, month: number, weekday: number | null, reference: Reference | null, tense: Tense = Tense.Unknown): Resolution {
  if (!reference) return unresolved('day');
  const year = reference.date.year;
  let best: number | null = null;
  let bestScore = Infinity;
  for (const candidate of [year, year - 1, year + 1]) {
    if (!isRealDay(candidate, month, day)) continue;
    const n = dayNumber(candidate, month, day);
    const agrees = weekday === null || isoWeekday(n) === weekday;
    const againstTense = (tense === Tense.Past && n > reference.last) || (tense === Tense.Future && n < reference.first);
    // then the nearest; the reference's own year wins ties
    const score = (agrees ? 0 : 20_000) + (againstTense ? 10_000 : 0) + distanceToInterval(n, reference.first, reference.last);
    if (score < bestScore) {
      best = n;
      bestScore = score;
    }
  }
  return { value: best === null ? null : formatDay(best), precision: 'day', relative: true };
}

/**
 * A month without its year (« en mars »): in a sentence about the past, its last occurrence
 * that began by the reference (« finalisé en février » written in September: this February);
 * about the future, its next one that has not ended (« entrera en vigueur en janvier »); with
 * no tense to tell, the reference's own year, as news mostly tells of the year it is written in.
 */
export function resolveMonth(month: number, reference: Reference | null, tense: Tense = Tense.Unknown): Resolution {
  if (!reference) return unresolved('month');
  const year = reference.date.year;
  let best = year;
  if (tense === Tense.Past) {
    best = dayNumber(year, month, 1) <= reference.last ? year : year - 1;
  } else if (tense === Tense.Future) {
    best = dayNumber(year, month, daysInMonth(year, month)) >= reference.first ? year : year + 1;
  }
  return { value: formatMonth(best, month), precision: 'month', relative: true };
}

/**
 * A quarter or half-year without its year (« au quatrième trimestre »), as the year it falls in:
 * in a sentence about the future, the next one that has not ended; else the last one that began
 * by the reference, as a quarter is told of once it has begun (« un quatrième trimestre record »
 * written in February is last year's).
 */
export function resolveYearPart(part: number, parts: number, reference: Reference | null, tense: Tense = Tense.Unknown): Resolution {
  if (!reference) return unresolved('year');
  const year = reference.date.year;
  const months = 12 / parts;
  let best: number;
  if (tense === Tense.Future) {
    const lastMonth = part * months;
    best = dayNumber(year, lastMonth, daysInMonth(year, lastMonth)) >= reference.first ? year : year + 1;
  } else {
    best = dayNumber(year, (part - 1) * months + 1, 1) <= reference.last ? year : year - 1;
  }
  return { value: String(best), precision: 'year', relative: true };
}

/** A day of the month without its month (« le 27 », « vendredi 22 »): the nearest month that fits. */
export function resolveDayOfMonth(day: number, weekday: number | null, reference: Reference | null): Resolution {
  if (!reference || reference.precision === 'year') return unresolved('day');
  const { year, month } = reference.date as { year: number; month: number };
  let best: number | null = null;
  let bestScore = Infinity;
  for (const shift of [0, -1, 1]) {
    const candidate = shiftMonth(year, month, shift);
    if (!isRealDay(candidate.year, candidate.month, day)) continue;
    const n = dayNumber(candidate.year, candidate.month, day);
    const agrees = weekday === null || isoWeekday(n) === weekday;
    if (!agrees) continue;
    const score = distanceToInterval(n, reference.first, reference.last);
    if (score < bestScore) {
      best = n;
      bestScore = score;
    }
  }
  return { value: best === null ? null : formatDay(best), precision: 'day', relative: true };
}

/**
 * A day computed from the reference day (« hier », « lundi dernier », « dans trois jours »).
 * `toDay` maps the reference day number to the meant day; `roughOffset` is the offset in days used
 * when the reference is only a month or a year.
 */
export function resolveFromDay(toDay: (today: number) => number, roughOffset: number, reference: Reference | null): Resolution {
  if (!reference) return unresolved('day');
  if (reference.precision === 'day') return { value: formatDay(toDay(reference.first)), precision: 'day', relative: true };
  return coarse(roughOffset / 30.44, reference);
}

/** A month counted from the reference (« le mois dernier », « il y a trois mois »). */
export function resolveMonthOffset(months: number, reference: Reference | null): Resolution {
  if (!reference) return unresolved('month');
  if (reference.precision === 'year') return { value: String(reference.date.year + Math.round(months / 12)), precision: 'year', relative: true };
  const shifted = shiftMonth(reference.date.year, reference.date.month as number, months);
  return { value: formatMonth(shifted.year, shifted.month), precision: 'month', relative: true };
}

export function resolveYearOffset(years: number, reference: Reference | null): Resolution {
  if (!reference) return unresolved('year');
  return { value: String(reference.date.year + years), precision: 'year', relative: true };
}

/**
 * A week counted from the reference (« la semaine prochaine »). A week has no ISO prefix of its own:
 * it is given as the month of its Thursday (ISO 8601 places a week where its Thursday is).
 */
export function resolveWeekOffset(weeks: number, reference: Reference | null): Resolution {
  if (!reference) return unresolved('month');
  if (reference.precision !== 'day') return coarse((weeks * 7) / 30.44, reference);
  const today = reference.first;
  const thursday = today - (isoWeekday(today) - 1) + 3 + 7 * weeks;
  const day = dayFromNumber(thursday);
  return { value: formatMonth(day.year, day.month), precision: 'month', relative: true };
}

/** Years, months and days counted together (« il y a deux ans et trois mois »). */
export function resolveOffset(years: number, months: number, days: number, reference: Reference | null): Resolution {
  const finest: DatePrecision = days !== 0 ? 'day' : months !== 0 ? 'month' : 'year';
  if (!reference) return unresolved(finest);
  if (finest === 'year') return resolveYearOffset(years, reference);
  if (finest === 'month' || reference.precision !== 'day') {
    if (reference.precision === 'year') return resolveYearOffset(years + Math.round((months + days / 30.44) / 12), reference);
    return resolveMonthOffset(years * 12 + months + Math.round(days / 30.44), reference);
  }
  const today = dayFromNumber(reference.first);
  const shifted = shiftMonth(today.year, today.month, years * 12 + months);
  const day = Math.min(today.day, daysInMonth(shifted.year, shifted.month));
  return { value: formatDay(dayNumber(shifted.year, shifted.month, day) + days), precision: 'day', relative: true };
}

/** An offset in months applied to a month or year reference. */
function coarse(months: number, reference: Reference): Resolution {
  if (reference.precision === 'year') return { value: String(reference.date.year + Math.round(months / 12)), precision: 'year', relative: true };
  const shifted = shiftMonth(reference.date.year, reference.date.month as number, Math.round(months));
  return { value: formatMonth(shifted.year, shifted.month), precision: 'month', relative: true };
}
