import type { DateContext } from '../context.js';
import { readNumericDate, readWrittenDate } from '../read-calendar-date.js';
import { readDayOfMonth } from '../read-number.js';
import { resolveDayOfMonth } from '../resolve.js';
import { follows, isMark, isWord, isWordBefore } from '../token-match.js';
import { resolveCalendarDate } from './calendar-date-parser.js';
import { triggeredParser, type Reading } from '../triggered-parser.js';
import { Trigger } from '../triggers.js';

/** Words that make a number after a weekday a time of day (« vendredi 22 heures »). */
const TIME_WORDS = new Set(['h', 'heure', 'heures', 'minutes', 'min']);

function readWeekdayDate(context: DateContext, i: number): Reading | null {
  const { tokens, vocabulary } = context;
  const abbreviation = vocabulary.weekdayAbbreviations.get(tokens.get(i)!.text);
  const weekday = vocabulary.weekdays.get(tokens.get(i)!.text) ?? abbreviation;
  if (weekday === undefined || tokens.get(i)!.kind !== 'word') return null;
  const first = isWordBefore(tokens, i - 1, 'ce', 'cette') && tokens.get(i)!.gap !== 'line' ? i - 1 : i;
  let j = i + 1;
  if (abbreviation !== undefined && isMark(tokens, j, '.') && tokens.get(j)!.gap === 'none') j++;
  if (isMark(tokens, j, ',')) j++;
  if (isWord(tokens, j, 'le')) j++;
  const open = isMark(tokens, j, '(');
  if (open) j++;
  const date = readNumericDate(context, j, true) ?? readWrittenDate(context, j);
  if (date) {
    const last = open && isMark(tokens, date.last + 1, ')') ? date.last + 1 : date.last;
    if (open && last === date.last) return null;
    const resolved = resolveCalendarDate(date, weekday, context);
    return { first, last: open ? last : resolved.last, resolution: resolved.resolution };
  }
  if (open || abbreviation !== undefined) return null;
  const day = readDayOfMonth(context, j);
  if (!day) return null;
  const after = follows(tokens, day.last + 1);
  if (after && (TIME_WORDS.has(after.text) || after.kind === 'number' || after.text === '%')) return null;
  return { first, last: day.last, resolution: resolveDayOfMonth(day.value, weekday, context.reference) };
}

/**
 * A weekday with its date: « samedi 30 janvier », « jeudi 12 septembre », « lundi, 22 janvier 2018 »,
 * « ce vendredi (15/06) », « vendredi, le 15 », « samedi 23 ». The weekday picks the year (or month)
 * when the date leaves it open.
 */
export const weekdayDateParser = triggeredParser('weekday-date', Trigger.Weekday | Trigger.WeekdayAbbreviation, readWeekdayDate);
