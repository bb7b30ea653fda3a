import type { Parser } from '../../pipeline.js';
import { candidate, type Candidate } from '../candidate.js';
import type { FigureContext } from '../context.js';
import { isPunct } from '../cursor.js';
import { readDigitNumber } from '../read-digit-number.js';
import { readScale } from '../read-scale.js';

function blankOrStart(ctx: FigureContext, i: number): boolean {
  const l = ctx.lexemes[i];
  return l === undefined || l.kind === 'space' || l.kind === 'newline';
}

/** Numbers written with digits, with their scale (« 47,8 », « 1 500 », « 6 millions », « 1,5 Md »). */
export const digitNumber: Parser<FigureContext, Candidate> = {
  name: 'digitNumber',
  *parse(ctx) {
    const lex = ctx.lexemes;
    let from = 0;
    for (const i of ctx.interesting) {
      if (i < from) continue;
      if (lex[i].kind !== 'digits') continue;
      const number = readDigitNumber(ctx, i);
      if (number === undefined) continue;
      let { value, firstLex } = number;
      // « ,08 »: a decimal part alone, after a blank
      if (firstLex === i && isPunct(ctx, i - 1, ',') && blankOrStart(ctx, i - 2) && number.endLex === i + 1) {
        value = Number(`0.${lex[i].norm}`);
        firstLex = i - 1;
      }
      const scale = readScale(ctx, number.endLex, true);
      const scaled = value * scale.multiplier + (value < 0 ? -scale.addend : scale.addend);
      yield candidate({
        start: lex[firstLex].start,
        end: lex[scale.endLex - 1].end,
        firstLex,
        endLex: scale.endLex,
        value: scaled,
        scale: scale.multiplier > 1 ? scale.multiplier : 1,
        decimal: number.decimal || firstLex !== number.firstLex,
        digits: true,
        origin: number.plain && scale.endLex === number.endLex ? 'plain-digits' : 'digits',
      });
      from = number.endLex;
    }
  },
};
