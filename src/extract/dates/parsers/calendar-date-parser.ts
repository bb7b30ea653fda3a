import { formatDay, dayNumber } from '../calendar.js';
import type { DateContext } from '../context.js';
import { readNumericDate, readWrittenDate, startsNumericDate, type CalendarDate } from '../read-calendar-date.js';
import { absolute, resolveDayMonth } from '../resolve.js';
import { statedTense, tenseAround } from '../sentence-tense.js';
import type { Resolution } from '../context.js';
import { triggeredParser } from '../triggered-parser.js';
import { Trigger } from '../triggers.js';

/** Words after which a bare day/month in digits (« le 22/04 ») is a date and not a fraction or score. */
const NUMERIC_CUES = ['le', 'du', 'au', 'sur', 'depuis', 'des', 'avant', 'apres', 'jusqu', '('];

/** The resolution of a day and month, and its last token: « dernier » or « prochain » after a date without its year is part of it. */
export function resolveCalendarDate(date: CalendarDate, weekday: number | null, context: DateContext): { resolution: Resolution; last: number } {
  if (date.year !== null) return { resolution: absolute(formatDay(dayNumber(date.year, date.month, date.day)), 'day'), last: date.last };
  const stated = statedTense(context.tokens, date.last);
  const tense = stated ? stated.tense : tenseAround(context.text, context.tokens, date.last);
  return { resolution: resolveDayMonth(date.day, date.month, weekday, context.reference, tense), last: stated ? stated.last : date.last };
}

/** Dates with a day and a month, in digits or words: « 14 avril 2021 », « 1er mai », « 14/04/2021 », « 2021-04-14 ». */
export const calendarDateParser = triggeredParser('calendar-date', Trigger.Number | Trigger.Cardinal | Trigger.Ordinal | Trigger.Month, (context, i) => {
  const { tokens } = context;
  const numeric = startsNumericDate(tokens, i) ? readNumericDate(context, i, NUMERIC_CUES.some((cue) => tokens.hasText(i - 1, cue))) : null;
  const date = numeric ?? readWrittenDate(context, i);
  if (!date) return null;
  const { resolution, last } = resolveCalendarDate(date, null, context);
  return { first: i, last, resolution };
});
