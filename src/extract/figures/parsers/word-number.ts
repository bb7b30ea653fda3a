import { candidate, type Candidate } from '../candidate.js';
import type { FigureContext } from '../context.js';
import { lexemeParser } from '../lexeme-parser.js';
import { isWord, signWordBefore, skipSpace, wordBefore } from '../cursor.js';
import { figureLexicon } from '../lexicon.js';
import { readScale } from '../read-scale.js';
import { endingScale, readWordNumber } from '../read-word-number.js';
import { NUMBER_WORD } from '../word-flags.js';

/** Words before « neuf » that make it the adjective « new » (« tout neuf », « remis à neuf »). */
const newBefore = new Set(['tout', 'toute', 'flambant', 'a', 'de', 'du', 'le', 'rien', 'quoi', 'comme', 'etat']);

/**
 * Reads « virgule » + digits in words after a number (« deux cent virgule cinquante deux » → .52,
 * « virgule zéro trois » → .03). Returns the decimal part and the lexeme after it.
 */
function readVirgule(ctx: FigureContext, i: number): { fraction: number; endLex: number } | undefined {
  const v = skipSpace(ctx, i);
  if (v < 0 || !isWord(ctx, v, 'virgule')) return undefined;
  let k = skipSpace(ctx, v + 1);
  let zeros = 0;
  while (k >= 0 && (isWord(ctx, k, 'zero'))) {
    zeros++;
    k = skipSpace(ctx, k + 1);
  }
  if (k < 0) return undefined;
  const digits = readWordNumber(ctx, k, false);
  if (digits === undefined || digits.value >= 1000) return undefined;
  return { fraction: Number(`0.${'0'.repeat(zeros)}${digits.value}`), endLex: digits.endLex };
}

/** A cardinal number in words at lexeme i, with its scale; returns the lexeme after it. */
function readAt(ctx: FigureContext, i: number, found: Candidate[]): number | undefined {
  const lex = ctx.lexemes;
  if (lex[i].kind !== 'word' || (lex[i].flags & NUMBER_WORD) === 0) return undefined;
  const previous = lex[i - 1];
  if (previous !== undefined && (previous.kind === 'digits' || (previous.kind === 'punct' && previous.norm === '-' && lex[i - 2]?.kind === 'word'))) return undefined;
  // « cents » and « vingts » only close a number (« trois cents »); alone, « 64,2 cents » is money
  if (lex[i].norm === 'cents' || lex[i].norm === 'vingts') return undefined;
  // « 2 millions mille »: « millions » after digits is theirs, « mille » a number of its own
  // (« mille » itself may follow a year: « en 2019 mille salariés »)
  if (previous?.kind === 'space' && lex[i - 2]?.kind === 'digits' && figureLexicon().numberWords.get(lex[i].norm)?.cls === 'scale') return undefined;
  const number = readWordNumber(ctx, i, false);
  if (number === undefined) return undefined;
  const single = number.words === 1;
  const norm = lex[i].norm;
  if (single && norm === 'neuf' && newBefore.has(wordBefore(ctx, i) ?? '')) return undefined;
  let value = number.value;
  let endLex = number.endLex;
  let decimal = false;
  const virgule = readVirgule(ctx, endLex);
  if (virgule !== undefined) {
    value += virgule.fraction;
    endLex = virgule.endLex;
    decimal = true;
  }
  const scale = readScale(ctx, endLex, false, endingScale(number));
  const article = single && (norm === 'un' || norm === 'une') && scale.endLex === endLex;
  // « négatif un », « négative cinq virgule cinq »
  const signWord = signWordBefore(ctx, i);
  const negative = signWord >= 0;
  const first = negative ? signWord : i;
  found.push(candidate({
    start: lex[first].start,
    end: lex[scale.endLex - 1].end,
    firstLex: first,
    endLex: scale.endLex,
    value: (negative ? -1 : 1) * (value * scale.multiplier + scale.addend),
    scale: number.lastClass === 'scale' ? endingScale(number) : scale.multiplier,
    decimal,
    article: article && !negative,
    origin: 'words',
  }));
  return scale.endLex;
}

/** Cardinal numbers written in words (« quatre-vingt-dix-neuf », « un million », « trois douzaines »). */
export const wordNumber = lexemeParser('wordNumber', readAt);
