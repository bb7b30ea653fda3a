import { blocker, candidate, type Candidate } from '../candidate.js';
import type { FigureContext } from '../context.js';
import { lexemeParser } from '../lexeme-parser.js';
import { isPunct, isWord, skipSpace, skipSpaceBack } from '../cursor.js';
import { figureLexicon } from '../lexicon.js';
import { readWordNumber } from '../read-word-number.js';
import { NUMBER_WORD, RANK_WORD } from '../word-flags.js';

/** Letters written after digits to make an ordinal (« 6ème », « 6e », « 1er », « 1ère », « 2nd »). */
const ordinalSuffixes = new Set(['e', 'eme', 'emes', 'es', 'er', 'ers', 'ere', 'eres', 're', 'res', 'nd', 'nde', 'nds', 'ndes', 'd', 'de', 'ieme', 'iemes']);

const premierForms = new Set(['premier', 'premiere', 'premiers', 'premieres']);

/** True when a ranking scope word comes within the next three words (« premier groupe mondial »). */
function inRanking(ctx: FigureContext, i: number): boolean {
  const { scope } = figureLexicon().premier;
  let k = i;
  for (let n = 0; n < 4; n++) {
    k = skipSpace(ctx, k);
    if (k < 0 || ctx.lexemes[k].kind !== 'word') return false;
    if (scope.has(ctx.lexemes[k].norm)) return true;
    k++;
  }
  return false;
}

/**
 * The singular « premier » at lexeme i as an ordinal, like « troisième »: after a determiner
 * or « de » (« le premier employeur », « de première classe », « J'aime le premier. »), not
 * in a fixed phrase (« le Premier ministre », « au premier abord »).
 */
function ordinalPremier(ctx: FigureContext, i: number): boolean {
  const norm = ctx.lexemes[i].norm;
  if (norm !== 'premier' && norm !== 'premiere') return false;
  const { before, idiom } = figureLexicon().premier;
  const previous = skipSpaceBack(ctx, i - 1);
  if (previous < 0 || previous === i - 1 || !isWord(ctx, previous) || !before.has(ctx.lexemes[previous].norm)) return false;
  const next = skipSpace(ctx, i + 1);
  return next < 0 || !isWord(ctx, next) || !idiom.has(ctx.lexemes[next].norm);
}

/**
 * A capitalised ordinal word inside a sentence starts a proper name, not a rank: « la Première
 * Guerre mondiale », « la Cinquième République », « le Troisième Reich ».
 */
function startsProperName(ctx: FigureContext, i: number): boolean {
  const first = ctx.text.charAt(ctx.lexemes[i].start);
  if (first === first.toLowerCase()) return false;
  const previous = skipSpaceBack(ctx, i - 1);
  return previous >= 0 && previous < i && isWord(ctx, previous);
}

function rank(ctx: FigureContext, first: number, endLex: number, value: number): Candidate {
  return candidate({
    start: ctx.lexemes[first].start,
    end: ctx.lexemes[endLex - 1].end,
    firstLex: first,
    endLex,
    value,
    kind: 'rank',
    origin: 'rank',
  });
}

/** A rank at lexeme i; returns the lexeme after a rank in digits or words, else undefined. */
function readAt(ctx: FigureContext, i: number, found: Candidate[]): number | undefined {
  const lex = ctx.lexemes;
  const l = lex[i];
  if (l.kind === 'digits') {
    const suffix = lex[i + 1];
    const previous = lex[i - 1];
    if (previous !== undefined && (previous.kind === 'word' || previous.kind === 'digits' || isPunct(ctx, i - 1, ',') || isPunct(ctx, i - 1, '.'))) return undefined;
    if (suffix !== undefined && suffix.kind === 'word' && ordinalSuffixes.has(suffix.norm)) {
      const after = lex[i + 2];
      if (after !== undefined && (after.kind === 'digits' || after.kind === 'word')) return undefined;
      found.push(rank(ctx, i, i + 2, Number(l.norm)));
      return i + 2;
    }
    return undefined;
  }
  if (l.kind !== 'word' || (lex[i].flags & (NUMBER_WORD | RANK_WORD)) === 0) return undefined;
  if (l.norm === 'numero' || (l.norm === 'n' && isPunct(ctx, i + 1, '°'))) {
    const k = skipSpace(ctx, l.norm === 'n' ? i + 2 : i + 1);
    if (k < 0) return undefined;
    if (lex[k].kind === 'word') {
      const w = readWordNumber(ctx, k, false);
      if (w !== undefined && w.value >= 1 && w.value <= 100) found.push(rank(ctx, i, w.endLex, w.value));
    } else if (lex[k].kind === 'digits') {
      // « n°1 mondial » is a rank; « n° 1234 » an identifier
      if (Number(lex[k].norm) <= 100 && inRanking(ctx, k + 1)) found.push(rank(ctx, i, k + 1, Number(lex[k].norm)));
      else found.push(blocker(l.start, lex[k].end, i, k + 1, 'identifier'));
    }
    return undefined;
  }
  if (premierForms.has(l.norm)) {
    if ((ordinalPremier(ctx, i) || inRanking(ctx, i + 1)) && !startsProperName(ctx, i)) found.push(rank(ctx, i, i + 1, 1));
    return undefined;
  }
  if (isPunct(ctx, i - 1, '-') && isWord(ctx, i - 2)) return undefined;
  const w = readWordNumber(ctx, i, true);
  if (w === undefined) return undefined;
  if (w.ordinal) {
    if (!startsProperName(ctx, i)) found.push(rank(ctx, i, w.endLex, w.value));
  }
  return w.endLex;
}

/**
 * Ranks: digits with an ordinal suffix (« 6ème », « 1er », « 21e »), ordinal words
 * (« troisième », « vingt et unième »), « numéro un », « premier » as an ordinal or in a
 * ranking (« le premier employeur », « les premiers groupes mondiaux »; src/data/figures/premier.tsv).
 */
export const rankParser = lexemeParser('rank', readAt);
