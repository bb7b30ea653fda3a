import type { Parser } from '../../pipeline.js';
import { mentionOf, type DateContext } from '../context.js';
import { readFullYear, readOrdinal } from '../read-number.js';
import { absolute, resolveYearOffset } from '../resolve.js';
import { glued, isMark, isWord } from '../token-match.js';
import type { DateMention } from '../types.js';
import { Trigger } from '../triggers.js';

const PARTS: Record<string, number> = { semestre: 2, trimestre: 4 };

/** The tokens this parser's pattern can start with. */
const STARTS = Trigger.Number | Trigger.Ordinal | Trigger.QuarterLetter;

/**
 * Quarters and half-years: « au premier semestre 2019 », « au troisième trimestre 2021 », « T3 2021 »,
 * « S1 2019 ». A quarter has no ISO prefix finer than its year, so the value is the year
 * (precision "year"): "2021" for the third quarter of 2021. Without a year the document's year is meant.
 */
export const quarterParser: Parser<DateContext, DateMention> = {
  name: 'quarter',
  *parse(context) {
    const { tokens, reference } = context;
    const { bits, flagged } = context.triggers;
    let resume = 0;
    for (let k = 0; k < flagged.length; k++) {
      const i = flagged[k];
      if (i < resume || (bits[i] & STARTS) === 0) continue;
      let last = -1;
      let named = false;
      const ordinal = readOrdinal(context, i);
      if (ordinal && isWord(tokens, ordinal.last + 1, 'semestre', 'trimestre')) {
        const parts = PARTS[tokens.get(ordinal.last + 1)!.text];
        if (ordinal.value > parts) continue;
        last = ordinal.last + 1;
        named = true;
      } else if (isWord(tokens, i, 't', 's', 'q') && glued(tokens, i + 1)?.kind === 'number' && tokens.get(i + 1)!.text.length === 1) {
        // « T3 » needs its year: alone it is also a flat's size
        const part = Number(tokens.get(i + 1)!.text);
        if (part < 1 || part > (tokens.get(i)!.text === 's' ? 2 : 4)) continue;
        last = i + 1;
      } else continue;
      let j = last + 1;
      // « premier semestre de 2019 », « premier trimestre de l'année 2021 »
      if (named && isWord(tokens, j, 'de') && readFullYear(context, j + 1)) j++;
      else if (named && isWord(tokens, j, 'de') && isWord(tokens, j + 1, 'l') && isMark(tokens, j + 2, "'") && isWord(tokens, j + 3, 'annee') && readFullYear(context, j + 4)) j += 4;
      const year = readFullYear(context, j);
      if (year) {
        yield mentionOf(context, i, year.last, absolute(String(year.value), 'year'));
        resume = year.last + 1;
      } else if (named) {
        yield mentionOf(context, i, last, resolveYearOffset(0, reference));
        resume = last + 1;
      }
    }
  },
};
