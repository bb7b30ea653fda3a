import { formatDay, nthWeekdayOfMonth, shiftMonth } from '../calendar.js';
import type { DateContext, Resolution } from '../context.js';
import { readMonthName } from '../read-calendar-date.js';
import { readFullYear, readOrdinal } from '../read-number.js';
import { absolute, resolveMonth, unresolved } from '../resolve.js';
import { isMark, isWord } from '../token-match.js';
import { triggeredParser, type Reading } from '../triggered-parser.js';
import { Trigger } from '../triggers.js';

/** The month a phrase after the weekday names: « de juillet », « de ce mois », « du mois prochain », or none (this month). */
function readMonthPhrase(context: DateContext, i: number): { last: number; year: number | null; month: number | null; shift: number | null } | null {
  const { tokens } = context;
  let j = i;
  if (isWord(tokens, j, 'de', 'du', 'en')) j++;
  if (isWord(tokens, j, 'd') && isMark(tokens, j + 1, "'")) j += 2;
  const month = readMonthName(context, j);
  if (month) {
    const year = readFullYear(context, month.last + 1);
    return { last: year ? year.last : month.last, year: year ? year.value : null, month: month.month, shift: null };
  }
  if (isWord(tokens, j, 'ce', 'cette') && isWord(tokens, j + 1, 'mois')) return { last: j + 1, year: null, month: null, shift: 0 };
  if (isWord(tokens, j, 'mois') && j > i) {
    if (isWord(tokens, j + 1, 'prochain', 'suivant')) return { last: j + 1, year: null, month: null, shift: 1 };
    if (isWord(tokens, j + 1, 'dernier', 'passe')) return { last: j + 1, year: null, month: null, shift: -1 };
    if (tokens.get(j - 1)!.text === 'du') return { last: j, year: null, month: null, shift: 0 };
  }
  return null;
}

function readOrdinalWeekday(context: DateContext, i: number): Reading | null {
  const { tokens, vocabulary, reference } = context;
  const ordinal = readOrdinal(context, i);
  if (!ordinal || ordinal.value > 5) return null;
  const weekday = vocabulary.weekdays.get(tokens.get(ordinal.last + 1)?.text ?? '');
  if (weekday === undefined || tokens.get(ordinal.last + 1)!.gap === 'line') return null;
  const phrase = readMonthPhrase(context, ordinal.last + 2);
  // « le dernier vendredi » alone is last Friday, read elsewhere; an ordinal needs no month phrase
  if (!phrase && ordinal.value === -1) return null;
  let resolution: Resolution;
  let year: number | null = null;
  let month: number | null = null;
  if (phrase?.month != null && phrase.year !== null) {
    year = phrase.year;
    month = phrase.month;
  } else if (phrase?.month != null) {
    const resolved = resolveMonth(phrase.month, reference).value;
    if (resolved) [year, month] = resolved.split('-').map(Number);
  } else if (reference && reference.precision !== 'year') {
    const shifted = shiftMonth(reference.date.year, reference.date.month as number, phrase?.shift ?? 0);
    year = shifted.year;
    month = shifted.month;
  }
  if (year !== null && month !== null) {
    const day = nthWeekdayOfMonth(year, month, weekday, ordinal.value);
    const known = phrase?.year != null;
    resolution = day === null ? unresolved('day') : known ? absolute(formatDay(day), 'day') : { value: formatDay(day), precision: 'day', relative: true };
  } else resolution = unresolved('day');
  return { first: i, last: phrase ? phrase.last : ordinal.last + 1, resolution };
}

/** « le premier vendredi de juillet », « deuxième lundi du mois prochain », « le dernier vendredi de novembre ». */
export const ordinalWeekdayParser = triggeredParser('ordinal-weekday', Trigger.Number | Trigger.Ordinal, readOrdinalWeekday);
