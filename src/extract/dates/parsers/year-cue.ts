import type { DateContext } from '../context.js';
import { KIND_NUMBER } from '../scan-tokens.js';
import { isMark, isMarkBefore, isWordBefore, pluralNounAfter } from '../token-match.js';

/** Cue words that belong to the period and stay in the span (« fin 2020 », « l'été 2019 »). */
const PERIOD_MODIFIERS = new Set(['debut', 'fin', 'mi', 'courant', 'ete', 'hiver', 'printemps', 'automne', 'annee', 'exercice']);

/** Cues that take « de » before the year or month: « à la fin de 2027 », « au cours de 2024 », « fin d'octobre ». */
const CUES_WITH_DE = new Set(['debut', 'fin', 'courant', 'cours']);

/**
 * The cue before a year or a month at i, if any: returns the index where the span starts (the cue
 * itself for a modifier such as « fin », the year for a preposition such as « en »), or -1.
 * « dès » is told from the article « des » by its accent in the original text.
 */
export function yearCueStart(context: DateContext, i: number): number {
  const { tokens, vocabulary, text } = context;
  const de = isWordBefore(tokens, i - 1, 'de') ? i - 1 : isMarkBefore(tokens, i - 1, "'") && isWordBefore(tokens, i - 2, 'd') ? i - 2 : -1;
  if (de > 0 && isWordBefore(tokens, de - 1, ...CUES_WITH_DE) && !countsAfterDe(context, de, i)) {
    return tokens.hasText(de - 1, 'cours') ? i : de - 1;
  }
  // « d'ici à 2030 », « d'ici au 1er janvier »: « à » after « d'ici » leads to the date, as « ici » alone does
  if (isWordBefore(tokens, i - 1, 'a', 'au') && isWordBefore(tokens, i - 2, 'ici') && isMarkBefore(tokens, i - 3, "'") && isWordBefore(tokens, i - 4, 'd')) return i;
  // « à partir de 2026 », « à partir d'avril »: the date it starts from
  if (de > 0 && isWordBefore(tokens, de - 1, 'partir') && isWordBefore(tokens, de - 2, 'a') && !countsAfterDe(context, de, i)) return i;
  let j = i - 1;
  if (isMark(tokens, j, '-') && tokens.get(j)!.gap === 'none' && tokens.get(j - 1)?.text === 'mi') j--;
  const cue = tokens.get(j);
  if (!cue || cue.kind !== 'word' || tokens.get(j + 1)!.gap === 'line' || !vocabulary.yearCues.has(cue.text)) return -1;
  if (cue.text === 'des' && text.slice(cue.start, cue.end).toLowerCase() !== 'dès') return -1;
  if (cue.text === 'ici' && !(isMarkBefore(tokens, j - 1, "'") && tokens.get(j - 2)?.text === 'd')) return -1;
  if (cue.text === 'an' && !(isMarkBefore(tokens, j - 1, "'") && tokens.get(j - 2)?.text === 'l')) return -1;
  return PERIOD_MODIFIERS.has(cue.text) ? j : i;
}

/**
 * « au cours de 1500 réunions », « le cours de 2000 actions »: after « de », a number followed by a
 * plural noun counts it. « cours » is a cue only in « au cours de ».
 */
function countsAfterDe(context: DateContext, de: number, i: number): boolean {
  const { tokens } = context;
  if (tokens.hasText(de - 1, 'cours') && !isWordBefore(tokens, de - 2, 'au')) return true;
  return tokens.kinds[i] === KIND_NUMBER && pluralNounAfter(tokens, i);
}
