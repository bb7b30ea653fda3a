import type { Refiner } from '../../pipeline.js';
import { countBefore } from '../../../document/sorted-search.js';
import { formatMonth } from '../calendar.js';
import type { DateContext } from '../context.js';
import { resolveMonth } from '../resolve.js';
import { tenseAround } from '../sentence-tense.js';
import { isMark, isMarkBefore, isWord, isWordBefore } from '../token-match.js';
import { Trigger } from '../triggers.js';
import type { DateMention } from '../types.js';

/** Words that join two months of one range or list (« de janvier à mars », « en mars et avril »). */
const JOINERS = ['et', 'au', 'a', 'ou'];
/** Those that make a range, which « de » opens (« de janvier à mars »). */
const RANGE_JOINERS = ['au', 'a'];

/** The month of a full month name at token i (not an abbreviation, which is also a word: « mar », « sept »), or 0. */
function monthNameAt(context: DateContext, i: number): number {
  const token = context.tokens.get(i);
  if (!token || token.kind !== 'word') return 0;
  const entry = context.vocabulary.months.get(token.text);
  return entry && !entry.abbreviation && !entry.dottedOnly ? entry.month : 0;
}

/** The joiner before token i: the index of its first token (« et », « à », « , », « - » glued), or -1. */
function joinerBefore(context: DateContext, i: number): number {
  const { tokens } = context;
  if (isWordBefore(tokens, i - 1, ...JOINERS)) return isMarkBefore(tokens, i - 2, ',') ? i - 2 : i - 1;
  if (isMarkBefore(tokens, i - 1, ',')) return i - 1;
  if (isMarkBefore(tokens, i - 1, '-') && tokens.gaps[i - 1] === 0 && tokens.gaps[i] === 0) return i - 1;
  return -1;
}

/** The joiner after token i: the index of the token after it, or -1. */
function joinerAfter(context: DateContext, i: number): number {
  const { tokens } = context;
  let k = i + 1;
  if (isMark(tokens, k, '-') && tokens.gaps[k] === 0 && tokens.gaps[k + 1] === 0) return k + 1;
  if (isMark(tokens, k, ',')) k++;
  if (isWord(tokens, k, ...JOINERS)) return k + 1;
  return k > i + 1 ? k : -1;
}

/** The year and month of a month or day value. */
function yearMonth(value: string): [number, number] {
  return [Number.parseInt(value.slice(0, 4), 10), Number.parseInt(value.slice(5, 7), 10)];
}

/**
 * Month names joined to a date of a month, which a month name alone is not (« mars » is also a
 * planet), but which the coordination makes one: « de janvier à mars 2024 », « en janvier,
 * février et mars 2024 » (before it, of its year, or of the year before for a later month), « en
 * mars et avril », « entre juin et septembre » (after it, of its year, or of the next for an earlier
 * month); and « de mars à mai », a range « de » opens, with the year the sentence's tense gives.
 */
export const addCoordinatedMonths: Refiner<DateContext, DateMention> = {
  name: 'add-coordinated-months',
  refine(mentions, context) {
    const { tokens, reference, text } = context;
    const sorted = [...mentions].sort((a, b) => a.start - b.start);
    const taken = (i: number) => {
      const k = countBefore(sorted.length, (n) => sorted[n].start < tokens.ends[i]) - 1;
      return k >= 0 && sorted[k].end > tokens.starts[i];
    };
    const added: DateMention[] = [];
    const addedAt = new Set<number>();
    const add = (i: number, value: string | null, relative: boolean) => {
      added.push({ start: tokens.starts[i], end: tokens.ends[i], value, precision: 'month', relative });
      addedAt.add(i);
    };
    const free = (i: number) => !taken(i) && !addedAt.has(i);
    // before a month or a day: month names in a list or range ending at it (first, as it is more
    // often the later date that writes the year)
    for (const mention of sorted) {
      if (mention.precision !== 'month' && mention.precision !== 'day') continue;
      let frame = mention.value === null ? null : yearMonth(mention.value);
      let next = countBefore(tokens.length, (k) => tokens.starts[k] < mention.start);
      for (;;) {
        const joiner = joinerBefore(context, next);
        const month = joiner === -1 ? 0 : monthNameAt(context, joiner - 1);
        if (month === 0 || !free(joiner - 1)) break;
        const year = frame === null ? 0 : month > frame[1] ? frame[0] - 1 : frame[0];
        add(joiner - 1, frame === null ? null : formatMonth(year, month), mention.relative);
        frame = frame === null ? null : [year, month];
        next = joiner - 1;
      }
    }
    // after a month: month names alone
    for (const mention of sorted) {
      if (mention.precision !== 'month') continue;
      let frame = mention.value === null ? null : yearMonth(mention.value);
      let end = countBefore(tokens.length, (k) => tokens.starts[k] < mention.end) - 1;
      for (;;) {
        const k = joinerAfter(context, end);
        const month = k === -1 ? 0 : monthNameAt(context, k);
        if (month === 0 || !free(k) || /^\d/u.test(tokens.get(k + 1)?.text ?? '')) break;
        const year = frame === null ? 0 : month < frame[1] ? frame[0] + 1 : frame[0];
        add(k, frame === null ? null : formatMonth(year, month), mention.relative);
        frame = frame === null ? null : [year, month];
        end = k;
      }
    }
    // « de mars à mai »: two month names alone, a range « de » opens
    const { bits, flagged } = context.triggers;
    for (let f = 0; f < flagged.length; f++) {
      const i = flagged[f];
      if ((bits[i] & Trigger.Month) === 0 || i < 1) continue;
      if (!isWordBefore(tokens, i - 1, 'de') && !(isMarkBefore(tokens, i - 1, "'") && isWordBefore(tokens, i - 2, 'd'))) continue;
      const from = monthNameAt(context, i);
      if (from === 0 || !isWord(tokens, i + 1, ...RANGE_JOINERS)) continue;
      const to = monthNameAt(context, i + 2);
      if (to === 0 || !free(i) || !free(i + 2) || /^\d/u.test(tokens.get(i + 3)?.text ?? '')) continue;
      const end = resolveMonth(to, reference, tenseAround(text, tokens, i + 2));
      const year = end.value === null ? 0 : Number.parseInt(end.value.slice(0, 4), 10);
      add(i, end.value === null ? null : formatMonth(from > to ? year - 1 : year, from), true);
      add(i + 2, end.value, true);
    }
    if (added.length === 0) return mentions;
    return [...sorted, ...added].sort((a, b) => a.start - b.start);
  },
};
