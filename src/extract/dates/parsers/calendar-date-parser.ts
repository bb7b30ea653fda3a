import type { Parser } from '../../pipeline.js';
import { formatDay, dayNumber } from '../calendar.js';
import { mentionOf, type DateContext } from '../context.js';
import { readNumericDate, readWrittenDate, type CalendarDate } from '../read-calendar-date.js';
import { absolute, resolveDayMonth } from '../resolve.js';
import type { DateMention } from '../types.js';
import { Trigger } from '../triggers.js';

/** Words after which a bare day/month in digits (« le 22/04 ») is a date and not a fraction or score. */
const NUMERIC_CUES = new Set(['le', 'du', 'au', 'sur', 'depuis', 'des', 'avant', 'apres', 'jusqu', '(']);

export function resolveCalendarDate(date: CalendarDate, weekday: number | null, context: DateContext) {
  if (date.year !== null) return absolute(formatDay(dayNumber(date.year, date.month, date.day)), 'day');
  return resolveDayMonth(date.day, date.month, weekday, context.reference);
}

/** The tokens this parser's pattern can start with. */
const STARTS = Trigger.Number | Trigger.Cardinal | Trigger.Ordinal | Trigger.Month;

/** Dates with a day and a month, in digits or words: « 14 avril 2021 », « 1er mai », « 14/04/2021 », « 2021-04-14 ». */
export const calendarDateParser: Parser<DateContext, DateMention> = {
  name: 'calendar-date',
  *parse(context) {
    const { tokens } = context;
    const { bits, flagged } = context.triggers;
    let resume = 0;
    for (let k = 0; k < flagged.length; k++) {
      const i = flagged[k];
      if (i < resume || (bits[i] & STARTS) === 0) continue;
      const before = tokens.get(i - 1);
      const cued = before !== undefined && NUMERIC_CUES.has(before.text);
      const date = readNumericDate(context, i, cued) ?? readWrittenDate(context, i);
      if (!date) continue;
      yield mentionOf(context, i, date.last, resolveCalendarDate(date, null, context));
      resume = date.last + 1;
    }
  },
};
