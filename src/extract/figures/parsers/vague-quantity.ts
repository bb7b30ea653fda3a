import { candidate, type Candidate } from '../candidate.js';
import type { FigureContext } from '../context.js';
import { lexemeParser } from '../lexeme-parser.js';
import { afterDe, matchPhrase } from '../cursor.js';
import { figureLexicon } from '../lexicon.js';
import { VAGUE_START } from '../word-flags.js';

/** Scale nouns that can follow a vague quantity (« des dizaines de milliers »). */
const scaleNouns = new Map<string, number>([
  ['milliers', 1e3],
  ['millions', 1e6],
  ['milliards', 1e9],
]);

/** A vague quantity starting at lexeme i; returns the lexeme after it. */
function readAt(ctx: FigureContext, i: number, found: Candidate[]): number | undefined {
  const lex = ctx.lexemes;
  if (lex[i].kind !== 'word' || (lex[i].flags & VAGUE_START) === 0) return undefined;
  // most « des », « une » start no vague quantity: the next word tells before any phrase is tried
  const second = lex[i + 1]?.kind === 'space' ? lex[i + 2] : lex[i + 1];
  if (second === undefined || !secondPieces().has(second.norm)) return undefined;
  const entries = vagueByFirstWord().get(lex[i].norm);
  if (entries === undefined) return undefined;
  for (const entry of entries) {
    let end = matchPhrase(ctx, i, entry.phrase);
    if (end < 0) continue;
    let value = entry.value;
    const next = afterDe(ctx, skipBlank(ctx, end));
    const multiplier = next >= 0 ? scaleNouns.get(lex[next].norm) : undefined;
    if (multiplier !== undefined && value < multiplier) {
      value *= multiplier;
      end = next + 1;
    }
    found.push(candidate({
      start: lex[i].start,
      end: lex[end - 1].end,
      firstLex: i,
      endLex: end,
      value,
      approx: true,
      scale: multiplier ?? (value >= 1e6 ? value : 1),
      origin: 'vague',
    }));
    return end;
  }
  return undefined;
}

/**
 * Vague quantities (« des milliers », « quelques centaines », « une dizaine », « des dizaines
 * de milliers »): approx counts with the lower value the words imply.
 */
export const vagueQuantity = lexemeParser('vagueQuantity', readAt);

type VagueEntry = ReturnType<typeof figureLexicon>['vague'][number];
let byFirstWord: Map<string, VagueEntry[]> | undefined;

function vagueByFirstWord(): Map<string, VagueEntry[]> {
  if (byFirstWord) return byFirstWord;
  byFirstWord = new Map();
  for (const entry of figureLexicon().vague) {
    const list = byFirstWord.get(entry.phrase[0]) ?? [];
    list.push(entry);
    byFirstWord.set(entry.phrase[0], list);
  }
  return byFirstWord;
}

let seconds: Set<string> | undefined;

/** The second piece of every vague phrase (« dizaines », « centaines »...). */
function secondPieces(): Set<string> {
  seconds ??= new Set(figureLexicon().vague.map((entry) => entry.phrase[1]));
  return seconds;
}

function skipBlank(ctx: FigureContext, i: number): number {
  const l = ctx.lexemes[i];
  return l !== undefined && l.kind === 'space' ? i + 1 : i;
}
