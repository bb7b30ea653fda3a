import { formatDay, dayNumber } from '../calendar.js';
import type { DateContext } from '../context.js';
import { readNumericDate, readWrittenDate, startsNumericDate, type CalendarDate } from '../read-calendar-date.js';
import { absolute, resolveDayMonth } from '../resolve.js';
import { tenseAround } from '../sentence-tense.js';
import { triggeredParser } from '../triggered-parser.js';
import { Trigger } from '../triggers.js';

/** Words after which a bare day/month in digits (« le 22/04 ») is a date and not a fraction or score. */
const NUMERIC_CUES = ['le', 'du', 'au', 'sur', 'depuis', 'des', 'avant', 'apres', 'jusqu', '('];

export function resolveCalendarDate(date: CalendarDate, weekday: number | null, context: DateContext) {
  if (date.year !== null) return absolute(formatDay(dayNumber(date.year, date.month, date.day)), 'day');
  return resolveDayMonth(date.day, date.month, weekday, context.reference, tenseAround(context.text, context.tokens, date.last));
}

/** Dates with a day and a month, in digits or words: « 14 avril 2021 », « 1er mai », « 14/04/2021 », « 2021-04-14 ». */
export const calendarDateParser = triggeredParser('calendar-date', Trigger.Number | Trigger.Cardinal | Trigger.Ordinal | Trigger.Month, (context, i) => {
  const { tokens } = context;
  const numeric = startsNumericDate(tokens, i) ? readNumericDate(context, i, NUMERIC_CUES.some((cue) => tokens.hasText(i - 1, cue))) : null;
  const date = numeric ?? readWrittenDate(context, i);
  return date && { first: i, last: date.last, resolution: resolveCalendarDate(date, null, context) };
});
