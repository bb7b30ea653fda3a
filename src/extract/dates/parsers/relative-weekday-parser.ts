import { isoWeekday } from '../calendar.js';
import type { DateContext } from '../context.js';
import { resolveFromDay } from '../resolve.js';
import { Tense, tenseAround } from '../sentence-tense.js';
import { isWord, isWordBefore, isWordOf } from '../token-match.js';
import { triggeredParser, type Reading } from '../triggered-parser.js';
import { Trigger } from '../triggers.js';

const NEXT = ['prochain', 'prochaine', 'suivant', 'suivante'];
const PAST = ['dernier', 'derniere', 'passe', 'passee'];

/** Monday of the week of day n. */
function monday(n: number): number {
  return n - (isoWeekday(n) - 1);
}

function readRelativeWeekday(context: DateContext, i: number): Reading | null {
  const { tokens, vocabulary, reference } = context;
  const weekday = vocabulary.weekdays.get(tokens.get(i)!.text);
  if (weekday === undefined || tokens.get(i)!.kind !== 'word') return null;
  if (isWordBefore(tokens, i - 1, 'chaque', 'les') || (isWordBefore(tokens, i - 1, 'le') && isWordBefore(tokens, i - 2, 'tous'))) return null;
  const first = isWordBefore(tokens, i - 1, 'ce', 'cette') ? i - 1 : i;
  let last = i;
  let toDay: (today: number) => number;
  let rough = 0;
  let j = i + 1;
  if (isWord(tokens, j, 'de')) j++;
  const weekWord = isWord(tokens, j, 'la', 'cette') && isWord(tokens, j + 1, 'semaine') ? j + 1 : -1;
  if (weekWord !== -1) {
    const shift = isWordOf(tokens, weekWord + 1, NEXT) ? 1 : isWordOf(tokens, weekWord + 1, PAST) ? -1 : 0;
    if (shift === 0 && tokens.get(j)!.text === 'la') return null;
    last = shift === 0 ? weekWord : weekWord + 1;
    toDay = (today) => monday(today) + 7 * shift + weekday - 1;
    rough = 7 * shift;
  } else if (isWordOf(tokens, i + 1, NEXT)) {
    last = i + 1;
    toDay = (today) => today + ((weekday - isoWeekday(today) + 7) % 7 || 7);
    rough = 4;
  } else if (isWordOf(tokens, i + 1, PAST)) {
    last = i + 1;
    toDay = (today) => today - ((isoWeekday(today) - weekday + 7) % 7 || 7);
    rough = -4;
  } else if (first < i) {
    toDay = (today) => monday(today) + weekday - 1;
  } else {
    // « du lundi au samedi » is a weekly range (opening hours), not two dates
    if (isWordBefore(tokens, i - 1, 'du', 'au')) return null;
    // the sentence's tense picks the side: « a annoncé mercredi » is past, « se réunira jeudi » to come
    const tense = tenseAround(context.text, tokens, i);
    toDay = (today) => {
      const ahead = (weekday - isoWeekday(today) + 7) % 7;
      const behind = (isoWeekday(today) - weekday + 7) % 7;
      if (tense === Tense.Past) return today - behind;
      if (tense === Tense.Future) return today + ahead;
      return ahead < behind ? today + ahead : today - behind;
    };
  }
  return { first, last, resolution: resolveFromDay(toDay, rough, reference) };
}

/**
 * A weekday alone or placed by a word: « vendredi », « ce vendredi », « lundi dernier »,
 * « dimanche prochain », « vendredi de la semaine prochaine ». « Prochain » is the first such day
 * after the document date, « dernier » the last one before it; a weekday alone is the last one
 * (or the day itself) when its sentence speaks of the past, the next one when it speaks of the
 * future, and otherwise the nearest one (the past one on a tie), as news reports mostly mean the
 * days around their publication.
 * Recurring days (« les lundis », « chaque lundi », « tous les lundis », « du lundi au samedi ») are not dates.
 */
export const relativeWeekdayParser = triggeredParser('relative-weekday', Trigger.Weekday, readRelativeWeekday);
