import type { DateContext, Resolution } from '../context.js';
import { resolveMonthOffset, resolveWeekOffset, resolveYearOffset, unresolved } from '../resolve.js';
import { isMark, isMarkBefore, isWord, isWordBefore, isWordOf } from '../token-match.js';
import { triggeredParser, type Reading } from '../triggered-parser.js';
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

function readRelativePeriod(context: DateContext, i: number): Reading | null {
  const { tokens } = context;
  const unit = unitOf(tokens.get(i)!.text);
  if (!unit || tokens.get(i)!.kind !== 'word') return null;
  // the determiner before the noun: l', le, la, ce, cette
  let first = -1;
  let demonstrative = false;
  if (isMarkBefore(tokens, i - 1, "'") && isWordBefore(tokens, i - 2, 'l')) first = i - 2;
  else if (isWordBefore(tokens, i - 1, 'le', 'la')) first = i - 1;
  else if (isWordBefore(tokens, i - 1, 'ce', 'cette')) {
    first = i - 1;
    demonstrative = true;
  }
  if (first === -1 || tokens.get(i)!.gap === 'line') return null;
  if (demonstrative) {
    // « cette année-là » is the narrated year; « ce mois-ci » is this one; « ce mois de mars » is a month
    if (isMark(tokens, i + 1, '-') && isWord(tokens, i + 2, 'la')) return { first, last: i + 2, resolution: unresolved(unit === 'year' ? 'year' : 'month') };
    if (isWord(tokens, i + 1, 'de', 'd')) return null;
    const last = isMark(tokens, i + 1, '-') && isWord(tokens, i + 2, 'ci') ? i + 2 : i;
    return { first, last, resolution: resolve(unit, 0, context) };
  }
  let shift: number | null = null;
  if (isWordOf(tokens, i + 1, NEXT)) shift = 1;
  else if (isWordOf(tokens, i + 1, PAST)) shift = -1;
  else if (isWord(tokens, i + 1, 'en') && isWord(tokens, i + 2, 'cours')) shift = 0;
  if (shift === null && isWordOf(tokens, i + 1, ANAPHORIC)) return { first, last: i + 1, resolution: unresolved(unit === 'year' ? 'year' : 'month') };
  if (shift === null) return null;
  return { first, last: shift === 0 ? i + 2 : i + 1, resolution: resolve(unit, shift, context) };
}

/**
 * Periods named from the document date: « l'an dernier », « l'année dernière », « l'an prochain »,
 * « cette année », « le mois dernier », « ce mois-ci », « la semaine prochaine », « cette semaine ».
 * « cette année-là », « l'année précédente » point at the narrated time: value null.
 */
export const relativePeriodParser = triggeredParser('relative-period', Trigger.Period, readRelativePeriod);
