import { formatDay, dayNumber, isRealDay, shiftMonth } from '../calendar.js';
import type { DateContext, Resolution } from '../context.js';
import { readDayOfMonth } from '../read-number.js';
import { resolveDayOfMonth, unresolved } from '../resolve.js';
import { continuesRight, endsClause, isWord, isWordBefore } from '../token-match.js';
import { triggeredParser, type Reading } from '../triggered-parser.js';
import { Trigger } from '../triggers.js';

/** The month after a day: « du mois prochain », « de ce mois », « mois prochain » (shift from the document's month). */
function readMonthShift(context: DateContext, i: number): { shift: number; last: number } | null {
  const { tokens } = context;
  let j = i;
  if (isWord(tokens, j, 'du', 'de')) j++;
  if (isWord(tokens, j, 'ce', 'cette') && isWord(tokens, j + 1, 'mois')) return { shift: 0, last: j + 1 };
  if (!isWord(tokens, j, 'mois')) return null;
  if (isWord(tokens, j + 1, 'prochain', 'suivant')) return { shift: 1, last: j + 1 };
  if (isWord(tokens, j + 1, 'dernier', 'passe', 'precedent')) return { shift: -1, last: j + 1 };
  if (isWord(tokens, j + 1, 'en') && isWord(tokens, j + 2, 'cours')) return { shift: 0, last: j + 2 };
  return null;
}

function readDayAlone(context: DateContext, i: number): Reading | null {
  const { tokens, reference } = context;
  const day = readDayOfMonth(context, i);
  if (!day) return null;
  const monthShift = readMonthShift(context, day.last + 1);
  if (monthShift) {
    let resolution: Resolution = unresolved('day');
    if (reference && reference.precision !== 'year') {
      const month = shiftMonth(reference.date.year, reference.date.month as number, monthShift.shift);
      if (isRealDay(month.year, month.month, day.value)) {
        resolution = { value: formatDay(dayNumber(month.year, month.month, day.value)), precision: 'day', relative: true };
      }
    }
    return { first: i, last: monthShift.last, resolution };
  }
  if (!isWordBefore(tokens, i - 1, 'le') || tokens.get(i - 1)!.gap === 'line' || !endsClause(tokens, day.last) || continuesRight(tokens, day.last)) return null;
  // « le premier. » is a rank; only numbers and cardinals are days here
  if (tokens.get(i)!.text === 'premier') return null;
  return { first: i, last: day.last, resolution: resolveDayOfMonth(day.value, null, reference) };
}

/**
 * A day of the month alone: « le 27. », « pour le vingt-deux ? », « le 20 du mois prochain », « le 31 de ce mois ».
 * After « le » the day must end its clause, so that « le 27e étage » or « le 3 sur 5 » stay out.
 */
export const dayOfMonthParser = triggeredParser('day-of-month', Trigger.Number | Trigger.Cardinal | Trigger.Ordinal, readDayAlone);
