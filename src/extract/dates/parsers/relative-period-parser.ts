import type { DateContext, Resolution } from '../context.js';
import { readFullYear } from '../read-number.js';
import { absolute, resolveMonthOffset, resolveWeekOffset, resolveYearOffset, unresolved } from '../resolve.js';
import { isMark, isMarkBefore, isWord, isWordBefore, isWordOf } from '../token-match.js';
import { triggeredParser, type Reading } from '../triggered-parser.js';
import { Trigger } from '../triggers.js';

const NEXT = ['prochain', 'prochaine'];
const PAST = ['dernier', 'derniere', 'passe', 'passee', 'ecoule', 'ecoulee'];
/** Named from the narrated events, not from the document date: value null. */
const ANAPHORIC = ['precedent', 'precedente', 'suivant', 'suivante'];

type Unit = 'year' | 'month' | 'week' | 'season';

function resolve(unit: Unit, shift: number, context: DateContext): Resolution {
  if (unit === 'year' || unit === 'season') return resolveYearOffset(shift, context.reference);
  if (unit === 'month') return resolveMonthOffset(shift, context.reference);
  return resolveWeekOffset(shift, context.reference);
}

function unitOf(word: string): Unit | null {
  if (word === 'an' || word === 'annee') return 'year';
  if (word === 'mois') return 'month';
  if (word === 'semaine') return 'week';
  if (word === 'ete' || word === 'hiver' || word === 'printemps' || word === 'automne') return 'season';
  return null;
}

/** Words before « de l'année », « d'année » that name a part of the current year (« fin de l'année »). */
const YEAR_PARTS = ['fin', 'debut', 'mi'];

/** « fin de l'année », « début d'année » ending at the noun at i: the token of « fin », or -1. */
function yearPartStart(tokens: DateContext['tokens'], i: number): number {
  if (!isMarkBefore(tokens, i - 1, "'")) return -1;
  if (isWordBefore(tokens, i - 2, 'l') && isWordBefore(tokens, i - 3, 'de') && isWordBefore(tokens, i - 4, ...YEAR_PARTS)) return i - 4;
  if (isWordBefore(tokens, i - 2, 'd') && isWordBefore(tokens, i - 3, ...YEAR_PARTS)) return i - 3;
  return -1;
}

/** The shift the words after the noun at i give: « prochain » 1, « dernier » -1, « en cours » 0, « précédent » anaphoric. */
function shiftAfter(tokens: DateContext['tokens'], i: number): number | 'anaphoric' | null {
  if (isWordOf(tokens, i + 1, NEXT)) return 1;
  if (isWordOf(tokens, i + 1, PAST)) return -1;
  if (isWord(tokens, i + 1, 'en') && isWord(tokens, i + 2, 'cours')) return 0;
  if (isWordOf(tokens, i + 1, ANAPHORIC)) return 'anaphoric';
  return null;
}

export function readRelativePeriod(context: DateContext, i: number): Reading | null {
  const { tokens } = context;
  const unit = unitOf(tokens.get(i)!.text);
  if (!unit || tokens.get(i)!.kind !== 'word') return null;
  // « fin de l'année », « en début d'année »: the current year
  if (unit === 'year' && tokens.get(i)!.text === 'annee') {
    const part = yearPartStart(tokens, i);
    // « à la fin de l'année 2025 » names its year
    const named = part >= 0 ? readFullYear(context, i + 1) : null;
    if (named) return { first: part, last: named.last, resolution: absolute(String(named.value), 'year') };
    if (part >= 0) {
      // « fin de l'année prochaine », « début de l'année dernière » are of that year
      const shift = shiftAfter(tokens, i);
      if (shift === 'anaphoric') return { first: part, last: i + 1, resolution: unresolved('year') };
      if (shift !== null) return { first: part, last: shift === 0 ? i + 2 : i + 1, resolution: resolve('year', shift, context) };
      return { first: part, last: i, resolution: resolve('year', 0, context) };
    }
  }
  // the determiner before the noun: l', le, la, ce, cette
  let first = -1;
  let demonstrative = false;
  if (isMarkBefore(tokens, i - 1, "'") && isWordBefore(tokens, i - 2, 'l')) first = i - 2;
  else if (isWordBefore(tokens, i - 1, 'le', 'la')) first = i - 1;
  else if (isWordBefore(tokens, i - 1, 'ce', 'cette', 'cet')) {
    first = i - 1;
    demonstrative = true;
  }
  if (first === -1 || tokens.get(i)!.gap === 'line') return null;
  if (demonstrative) {
    // « cette année-là » is the narrated year; « ce mois-ci » is this one; « ce mois de mars » is a month
    if (isMark(tokens, i + 1, '-') && isWord(tokens, i + 2, 'la')) return { first, last: i + 2, resolution: unresolved(unit === 'year' || unit === 'season' ? 'year' : 'month') };
    if (isWord(tokens, i + 1, 'de', 'd')) return null;
    const last = isMark(tokens, i + 1, '-') && isWord(tokens, i + 2, 'ci') ? i + 2 : i;
    return { first, last, resolution: resolve(unit, 0, context) };
  }
  // a season: only « cet été », « cet hiver » (« l'été dernier » depends on when the year's season fell)
  if (unit === 'season') return null;
  const shift = shiftAfter(tokens, i);
  if (shift === 'anaphoric') return { first, last: i + 1, resolution: unresolved(unit === 'year' ? 'year' : 'month') };
  if (shift === null) return null;
  return { first, last: shift === 0 ? i + 2 : i + 1, resolution: resolve(unit, shift, context) };
}

/**
 * Periods named from the document date: « l'an dernier », « l'année dernière », « l'an prochain »,
 * « cette année », « le mois dernier », « ce mois-ci », « la semaine prochaine », « cette semaine »,
 * « cet été » (its year), « fin de l'année », « en début d'année » (the current year).
 * « cette année-là », « l'année précédente » point at the narrated time: value null.
 */
export const relativePeriodParser = triggeredParser('relative-period', Trigger.Period, readRelativePeriod);
