import { candidate, type Candidate } from '../candidate.js';
import { clockEnd, isTimeOfDay } from '../clock.js';
import type { FigureContext } from '../context.js';
import { isPunct } from '../cursor.js';
import { lexemeParser } from '../lexeme-parser.js';

/** Hours and minutes as French writes a duration: « en 2 h 30 » → 2.5 h, « livré en 1h30 » → 1.5 h. */
function readAt(ctx: FigureContext, i: number, found: Candidate[]): number | undefined {
  const lex = ctx.lexemes;
  if (lex[i].kind !== 'digits') return undefined;
  const end = clockEnd(ctx, i);
  // hours and minutes with « h » between them, not « 20:00 » nor a time of day
  if (end === 0 || lex[end - 1].kind !== 'digits' || isPunct(ctx, i + 1, ':') || isTimeOfDay(ctx, i, end)) return undefined;
  found.push(
    candidate({
      start: lex[i].start,
      end: lex[end - 1].end,
      firstLex: i,
      endLex: end,
      value: Number(lex[i].norm) + Number(lex[end - 1].norm) / 60,
      kind: 'duration',
      unit: 'h',
      decimal: true,
      digits: true,
      origin: 'clock-duration',
    }),
  );
  return end;
}

/** Durations written as on a clock, in hours and minutes (« 2 h 30 », « 1h30 »). */
export const clockDuration = lexemeParser('clockDuration', readAt);
