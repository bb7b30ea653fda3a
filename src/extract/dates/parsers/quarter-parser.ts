import type { DateContext } from '../context.js';
import { readFullYear, readOrdinal } from '../read-number.js';
import { absolute, resolveYearPart } from '../resolve.js';
import { tenseAround } from '../sentence-tense.js';
import { readRelativePeriod } from './relative-period-parser.js';
import { glued, isMark, isWord, isWordBefore } from '../token-match.js';
import { triggeredParser, type Reading } from '../triggered-parser.js';
import { Trigger } from '../triggers.js';

const PARTS: Record<string, number> = { semestre: 2, trimestre: 4 };

/** A year named from the document date at i (« l'année dernière », « cette année », « l'an prochain »). */
function readYearAfterDe(context: DateContext, i: number): Reading | null {
  const { tokens } = context;
  const noun = isWord(tokens, i, 'cette') ? i + 1 : isWord(tokens, i, 'l') && isMark(tokens, i + 1, "'") ? i + 2 : -1;
  if (noun === -1 || !isWord(tokens, noun, 'annee', 'an')) return null;
  const reading = readRelativePeriod(context, noun);
  return reading && reading.first === i && reading.resolution.precision === 'year' ? reading : null;
}

function readQuarter(context: DateContext, i: number): Reading | null {
  const { tokens, reference } = context;
  let first = i;
  let last = -1;
  let named = false;
  let part = 0;
  let parts = 4;
  const ordinal = readOrdinal(context, i);
  if (ordinal && isWord(tokens, ordinal.last + 1, 'semestre', 'trimestre')) {
    parts = PARTS[tokens.get(ordinal.last + 1)!.text];
    if (ordinal.value > parts) return null;
    part = ordinal.value;
    last = ordinal.last + 1;
    named = true;
  } else if (isWordBefore(tokens, i - 1, 't', 's', 'q') && glued(tokens, i)?.kind === 'number' && tokens.get(i)!.text.length === 1) {
    // « T3 », read at its digit (« s » and « t » are frequent elided words); it needs its year:
    // alone it is also a flat's size
    const part = Number(tokens.get(i)!.text);
    if (part < 1 || part > (tokens.get(i - 1)!.text === 's' ? 2 : 4)) return null;
    first = i - 1;
    last = i;
  } else return null;
  let j = last + 1;
  // « premier semestre de 2019 », « premier trimestre de l'année 2021 »
  if (named && isWord(tokens, j, 'de') && readFullYear(context, j + 1)) j++;
  else if (named && isWord(tokens, j, 'de') && isWord(tokens, j + 1, 'l') && isMark(tokens, j + 2, "'") && isWord(tokens, j + 3, 'annee') && readFullYear(context, j + 4)) j += 4;
  const year = readFullYear(context, j);
  if (year) return { first, last: year.last, resolution: absolute(String(year.value), 'year') };
  // « premier semestre de l'année dernière », « troisième trimestre de cette année »: of that year
  const period = named && isWord(tokens, j, 'de') ? readYearAfterDe(context, j + 1) : null;
  if (period) return { first, last: period.last, resolution: period.resolution };
  if (named) return { first, last, resolution: resolveYearPart(part, parts, reference, tenseAround(context.text, tokens, i)) };
  return null;
}

/**
 * Quarters and half-years: « au premier semestre 2019 », « au troisième trimestre 2021 », « T3 2021 »,
 * « S1 2019 ». A quarter has no ISO prefix finer than its year, so the value is the year
 * (precision "year"): "2021" for the third quarter of 2021. Without a year, the year of the last
 * such quarter begun by the document's date, or of the next one in a sentence about the future.
 */
export const quarterParser = triggeredParser('quarter', Trigger.Number | Trigger.Ordinal, readQuarter);
