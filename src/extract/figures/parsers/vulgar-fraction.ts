import type { Parser } from '../../pipeline.js';
import { candidate, type Candidate } from '../candidate.js';
import type { FigureContext } from '../context.js';

/** The Unicode vulgar fractions (Number Forms block, U+00BC–U+00BE and U+2150–U+215E). */
export const vulgarFractions: ReadonlyMap<string, number> = new Map<string, number>([
  ['¼', 1 / 4],
  ['½', 1 / 2],
  ['¾', 3 / 4],
  ['⅐', 1 / 7],
  ['⅑', 1 / 9],
  ['⅒', 1 / 10],
  ['⅓', 1 / 3],
  ['⅔', 2 / 3],
  ['⅕', 1 / 5],
  ['⅖', 2 / 5],
  ['⅗', 3 / 5],
  ['⅘', 4 / 5],
  ['⅙', 1 / 6],
  ['⅚', 5 / 6],
  ['⅛', 1 / 8],
  ['⅜', 3 / 8],
  ['⅝', 5 / 8],
  ['⅞', 7 / 8],
]);

/**
 * Fraction characters: « ½ » alone is a share of a whole (50 %, as « la moitié »); after a
 * whole number it touches, a count (« 2½ » → 2.5).
 */
export const vulgarFraction: Parser<FigureContext, Candidate> = {
  name: 'vulgarFraction',
  parse(ctx) {
    const found: Candidate[] = [];
    const lex = ctx.lexemes;
    for (const i of ctx.interesting) {
      const l = lex[i];
      if (l.kind !== 'punct') continue;
      const share = vulgarFractions.get(l.norm);
      if (share === undefined) continue;
      const whole = lex[i - 1];
      if (whole !== undefined && whole.kind === 'digits' && lex[i - 2]?.kind !== 'punct') {
        found.push(candidate({ start: whole.start, end: l.end, firstLex: i - 1, endLex: i + 1, value: Number(whole.norm) + share, decimal: true, digits: true, origin: 'fraction' }));
      } else {
        found.push(candidate({ start: l.start, end: l.end, firstLex: i, endLex: i + 1, value: share * 100, kind: 'percent', unit: '%', decimal: true, origin: 'fraction' }));
      }
    }
    return found;
  },
};
