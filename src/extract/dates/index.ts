import type { IsoDate } from '../../document/iso-date.js';
import { runPipeline, type Pipeline } from '../pipeline.js';
import { createDateContext, type DateContext } from './context.js';
import { anchoredOffsetParser } from './parsers/anchored-offset-parser.js';
import { calendarDateParser } from './parsers/calendar-date-parser.js';
import { centuryParser } from './parsers/century-parser.js';
import { dayOfMonthParser } from './parsers/day-of-month-parser.js';
import { decadeParser } from './parsers/decade-parser.js';
import { monthParser } from './parsers/month-parser.js';
import { offsetParser } from './parsers/offset-parser.js';
import { ordinalWeekdayParser } from './parsers/ordinal-weekday-parser.js';
import { quarterParser } from './parsers/quarter-parser.js';
import { relativeDayParser } from './parsers/relative-day-parser.js';
import { relativePeriodParser } from './parsers/relative-period-parser.js';
import { relativeWeekdayParser } from './parsers/relative-weekday-parser.js';
import { weekdayDateParser } from './parsers/weekday-date-parser.js';
import { yearParser } from './parsers/year-parser.js';
import { addCoordinatedDays } from './refiners/add-coordinated-days.js';
import { addCoordinatedMonths } from './refiners/add-coordinated-months.js';
import { dropDatesInUrls } from './refiners/drop-dates-in-urls.js';
import { removeOverlappingDates } from './refiners/remove-overlapping-dates.js';
import { yearFromCoordinatedDate } from './refiners/year-from-coordinated-date.js';
import type { DateMention } from './types.js';

export type { DateMention, DatePrecision } from './types.js';

export const datePipeline: Pipeline<DateContext, DateMention> = {
  parsers: [
    calendarDateParser,
    weekdayDateParser,
    ordinalWeekdayParser,
    relativeWeekdayParser,
    dayOfMonthParser,
    monthParser,
    yearParser,
    quarterParser,
    decadeParser,
    centuryParser,
    relativeDayParser,
    relativePeriodParser,
    offsetParser,
    anchoredOffsetParser,
  ],
  refiners: [removeOverlappingDates, addCoordinatedDays, addCoordinatedMonths, yearFromCoordinatedDate, dropDatesInUrls],
};

/**
 * Every temporal expression of the text that denotes a calendar date or period (not a duration,
 * not a time of day alone), sorted and non-overlapping, as UTF-16 spans into `text`. `reference`
 * is the document's publication date (possibly only a year or a month); relative and partial
 * expressions are resolved against it, and their value is null without it.
 */
export function extractDates(text: string, reference: IsoDate | null): DateMention[] {
  return runPipeline(datePipeline, createDateContext(text, reference));
}
