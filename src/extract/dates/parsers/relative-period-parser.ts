import type { Parser } from '../../pipeline.js';
import { mentionOf, type DateContext, type Resolution } from '../context.js';
import { resolveMonthOffset, resolveWeekOffset, resolveYearOffset, unresolved } from '../resolve.js';
import { isMark, isWord } from '../token-match.js';
import type { DateMention } from '../types.js';
import { Trigger } from '../triggers.js';

const NEXT = ['prochain', 'prochaine'];
const PAST = ['dernier', 'derniere', 'passe', 'passee', 'ecoule', 'ecoulee'];
/** Named from the narrated events, not from the document date: value null. */
const ANAPHORIC = ['precedent', 'precedente', 'suivant', 'suivante'];

type Unit = 'year' | 'month' | 'week';

function resolve(unit: Unit, shift: number, context: DateContext): Resolution {
  if (unit === 'year') return resolveYearOffset(shift, context.reference);
  if (unit === 'month') return resolveMonthOffset(shift, context.reference);
  return resolveWeekOffset(shift, context.reference);
}

function unitOf(word: string): Unit | null {
  if (word === 'an' || word === 'annee') return 'year';
  if (word === 'mois') return 'month';
  if (word === 'semaine') return 'week';
  return null;
}

/** The tokens this parser's pattern can start with. */
const STARTS = Trigger.Period;

/**
 * Periods named from the document date: « l'an dernier », « l'année dernière », « l'an prochain »,
 * « cette année », « le mois dernier », « ce mois-ci », « la semaine prochaine », « cette semaine ».
 * « cette année-là », « l'année précédente » point at the narrated time: value null.
 */
export const relativePeriodParser: Parser<DateContext, DateMention> = {
  name: 'relative-period',
  *parse(context) {
    const { tokens } = context;
    const { bits, flagged } = context.triggers;
    let resume = 0;
    for (let k = 0; k < flagged.length; k++) {
      const i = flagged[k];
      if (i < resume || (bits[i] & STARTS) === 0) continue;
      const unit = unitOf(tokens.get(i)!.text);
      if (!unit || tokens.get(i)!.kind !== 'word') continue;
      // the determiner before the noun: l', le, la, ce, cette
      let first = -1;
      let demonstrative = false;
      if (isMark(tokens, i - 1, "'") && isWord(tokens, i - 2, 'l')) first = i - 2;
      else if (isWord(tokens, i - 1, 'le', 'la')) first = i - 1;
      else if (isWord(tokens, i - 1, 'ce', 'cette')) {
        first = i - 1;
        demonstrative = true;
      }
      if (first === -1 || tokens.get(i)!.gap === 'line') continue;
      if (demonstrative) {
        // « cette année-là » is the narrated year; « ce mois-ci » is this one; « ce mois de mars » is a month
        if (isMark(tokens, i + 1, '-') && isWord(tokens, i + 2, 'la')) {
          yield mentionOf(context, first, i + 2, unresolved(unit === 'year' ? 'year' : 'month'));
          resume = i + 3;
          continue;
        }
        if (isWord(tokens, i + 1, 'de', 'd')) continue;
        const last = isMark(tokens, i + 1, '-') && isWord(tokens, i + 2, 'ci') ? i + 2 : i;
        yield mentionOf(context, first, last, resolve(unit, 0, context));
        resume = last + 1;
        continue;
      }
      let shift: number | null = null;
      if (isWord(tokens, i + 1, ...NEXT)) shift = 1;
      else if (isWord(tokens, i + 1, ...PAST)) shift = -1;
      else if (isWord(tokens, i + 1, 'en') && isWord(tokens, i + 2, 'cours')) shift = 0;
      if (shift === null && isWord(tokens, i + 1, ...ANAPHORIC)) {
        yield mentionOf(context, first, i + 1, unresolved(unit === 'year' ? 'year' : 'month'));
        resume = i + 2;
        continue;
      }
      if (shift === null) continue;
      const last = shift === 0 ? i + 2 : i + 1;
      yield mentionOf(context, first, last, resolve(unit, shift, context));
      resume = last + 1;
    }
  },
};
