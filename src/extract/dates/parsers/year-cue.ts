import type { DateContext } from '../context.js';
import { isMark, isMarkBefore } from '../token-match.js';

/** Cue words that belong to the period and stay in the span (« fin 2020 », « l'été 2019 »). */
const PERIOD_MODIFIERS = new Set(['debut', 'fin', 'mi', 'courant', 'ete', 'hiver', 'printemps', 'automne', 'annee', 'exercice']);

/**
 * The cue before a year or a month at i, if any: returns the index where the span starts (the cue
 * itself for a modifier such as « fin », the year for a preposition such as « en »), or -1.
 * « dès » is told from the article « des » by its accent in the original text.
 */
export function yearCueStart(context: DateContext, i: number): number {
  const { tokens, vocabulary, text } = context;
  let j = i - 1;
  if (isMark(tokens, j, '-') && tokens.get(j)!.gap === 'none' && tokens.get(j - 1)?.text === 'mi') j--;
  const cue = tokens.get(j);
  if (!cue || cue.kind !== 'word' || tokens.get(j + 1)!.gap === 'line' || !vocabulary.yearCues.has(cue.text)) return -1;
  if (cue.text === 'des' && text.slice(cue.start, cue.end).toLowerCase() !== 'dès') return -1;
  if (cue.text === 'ici' && !(isMarkBefore(tokens, j - 1, "'") && tokens.get(j - 2)?.text === 'd')) return -1;
  if (cue.text === 'an' && !(isMarkBefore(tokens, j - 1, "'") && tokens.get(j - 2)?.text === 'l')) return -1;
  return PERIOD_MODIFIERS.has(cue.text) ? j : i;
}
