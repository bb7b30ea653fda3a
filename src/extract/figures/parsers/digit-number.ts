import { candidate, type Candidate } from '../candidate.js';
import type { FigureContext } from '../context.js';
import { lexemeParser } from '../lexeme-parser.js';
import { isPunct, isWord } from '../cursor.js';
import { readDigitNumber } from '../read-digit-number.js';
import { readScale } from '../read-scale.js';
import { endingScale, readWordNumber } from '../read-word-number.js';

function blankOrStart(ctx: FigureContext, i: number): boolean {
  const l = ctx.lexemes[i];
  return l === undefined || l.kind === 'space' || l.kind === 'newline';
}

/**
 * « 3 cent un », « 2 cent mille »: digits that multiply « cent » written in words, the number
 * going on after it. « cent » without an « s » is then a number word, not the currency (« 3
 * cents »), and « 1 cent » is never a hundred. Returns the whole number, its scale and its end.
 */
function hundredsInWords(ctx: FigureContext, i: number, lead: number): { value: number; scale: number; endLex: number } | undefined {
  if (lead < 2 || lead > 19 || ctx.lexemes[i]?.kind !== 'space' || !isWord(ctx, i + 1, 'cent')) return undefined;
  const words = readWordNumber(ctx, i + 1, false, lead);
  if (words === undefined || words.words < 2) return undefined;
  return { value: words.value, scale: endingScale(words), endLex: words.endLex };
}

/** Digits at lexeme i, with their scale; returns the lexeme after them. */
function readAt(ctx: FigureContext, i: number, found: Candidate[]): number | undefined {
  const lex = ctx.lexemes;
  if (lex[i].kind !== 'digits') return undefined;
  const number = readDigitNumber(ctx, i);
  if (number === undefined) return undefined;
  let { value, firstLex } = number;
  // « ,08 »: a decimal part alone, after a blank
  if (firstLex === i && isPunct(ctx, i - 1, ',') && blankOrStart(ctx, i - 2) && number.endLex === i + 1) {
    value = Number(`0.${lex[i].norm}`);
    firstLex = i - 1;
  }
  const hundreds = number.plain ? hundredsInWords(ctx, number.endLex, value) : undefined;
  if (hundreds !== undefined) {
    const tail = readScale(ctx, hundreds.endLex, false);
    found.push(candidate({
      start: lex[firstLex].start,
      end: lex[tail.endLex - 1].end,
      firstLex,
      endLex: tail.endLex,
      value: hundreds.value * tail.multiplier + tail.addend,
      scale: hundreds.scale * tail.multiplier,
      digits: true,
      origin: 'digits',
    }));
    return tail.endLex;
  }
  const scale = readScale(ctx, number.endLex, true);
  const scaled = value * scale.multiplier + (value < 0 ? -scale.addend : scale.addend);
  found.push(candidate({
    start: lex[firstLex].start,
    end: lex[scale.endLex - 1].end,
    firstLex,
    endLex: scale.endLex,
    value: scaled,
    scale: scale.multiplier > 1 ? scale.multiplier : 1,
    decimal: number.decimal || firstLex !== number.firstLex,
    digits: true,
    origin: number.plain && scale.endLex === number.endLex ? 'plain-digits' : 'digits',
  }));
  return number.endLex;
}

/** Numbers written with digits, with their scale (« 47,8 », « 1 500 », « 6 millions », « 1,5 Md »). */
export const digitNumber = lexemeParser('digitNumber', readAt);
