import type { Parser } from '../../pipeline.js';
import { mentionOf, type DateContext } from '../context.js';
import { readFullYear } from '../read-number.js';
import { absolute } from '../resolve.js';
import { continuesNumber, continuesRight, endsClause, follows, isMark, isMarkBefore, isWord, isWordBefore, pluralNounAfter } from '../token-match.js';
import type { DateMention } from '../types.js';
import { yearCueStart } from './year-cue.js';
import { Trigger } from '../triggers.js';

const LATEST_YEAR = 2100;

/** « 2015-2019 »: two glued years, the second later, read as a range of years. */
function readYearSpan(context: DateContext, i: number): [number, number] | null {
  const { tokens } = context;
  const a = tokens.get(i);
  const dash = tokens.get(i + 1);
  const b = tokens.get(i + 2);
  if (!a || a.kind !== 'number' || a.text.length !== 4 || !dash || dash.text !== '-' || dash.gap !== 'none') return null;
  if (!b || b.kind !== 'number' || b.text.length !== 4 || b.gap !== 'none') return null;
  if (continuesNumber(tokens, i) || continuesRight(tokens, i + 2)) return null;
  const first = Number.parseInt(a.text, 10);
  const second = Number.parseInt(b.text, 10);
  return first >= 1900 && second > first && second <= LATEST_YEAR ? [first, second] : null;
}

/**
 * A year alone. A four-digit number is a year only in a date's context: after a cue (« en 2018 »,
 * « depuis 2010 », « fin 2020 », « mi-2019 », « l'été 2019 »), after a noun and « de » (« une étude de
 * 2019 », nouns of dates/year-nouns.txt), after « pour » or « sur » when punctuation
 * closes it (« Pour 2025, »), closing a parenthesis after a title
 * (« (Le Cherche midi éditeur, 2019) », « (2019) »), or continuing a range of years (« de 2015 à 2019 »).
 * A following unit or counted noun (« avant 2000 personnes ») keeps it a number.
 *
 * Not a triggeredParser: one reading of « 2015-2019 » gives two mentions, and a year may continue
 * a range only from the year read just before it (state carried from one reading to the next).
 */
export const yearParser: Parser<DateContext, DateMention> = {
  name: 'year',
  *parse(context) {
    const { tokens, vocabulary } = context;
    let previousYearEnd = -2;
    const { bits, flagged } = context.triggers;
    let resume = 0;
    for (let k = 0; k < flagged.length; k++) {
      const i = flagged[k];
      if (i < resume || (bits[i] & Trigger.Number) === 0) continue;
      const span = readYearSpan(context, i);
      if (span) {
        yield mentionOf(context, i, i, absolute(String(span[0]), 'year'));
        yield mentionOf(context, i + 2, i + 2, absolute(String(span[1]), 'year'));
        resume = i + 3;
        continue;
      }
      const year = readFullYear(context, i);
      if (!year || year.value > LATEST_YEAR) continue;
      const next = follows(tokens, i + 1);
      if (next && vocabulary.notAfterYear.has(next.text)) continue;
      let start = yearCueStart(context, i);
      if (start === -1 && isMark(tokens, i + 1, ')') && (isMarkBefore(tokens, i - 1, '(') || isMarkBefore(tokens, i - 1, ','))) start = i;
      // « une étude de 2019 », « la crise de 2008 »; « un plan de 1500 suppressions » counts
      if (start === -1 && isWordBefore(tokens, i - 1, 'de') && isWordBefore(tokens, i - 2, ...vocabulary.yearNouns) && !pluralNounAfter(tokens, i)) start = i;
      // « Pour 2025, le groupe… »: closed by punctuation, as « pour 2000 personnes » never is
      if (start === -1 && endsClause(tokens, i) && isWordBefore(tokens, i - 1, ...vocabulary.closedYearCues)) start = i;
      // the second year of a range: « de 2015 à 2019 », « entre 2015 et 2018 », « 2015-2019 »
      if (start === -1 && isWordBefore(tokens, i - 1, 'de') && (isWord(tokens, i + 1, 'a', 'au') || isMark(tokens, i + 1, '-')) && readFullYear(context, i + 2)) start = i;
      if (start === -1 && previousYearEnd === i - 2 && (isWord(tokens, i - 1, 'a', 'et', 'au') || isMark(tokens, i - 1, '-'))) start = i;
      if (start === -1) continue;
      yield mentionOf(context, start, i, absolute(String(year.value), 'year'));
      previousYearEnd = i;
    }
  },
};
