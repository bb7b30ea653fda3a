import type { Entity } from '../extract/entities/types.js';
import { organisationNamedAt } from './antecedent.js';
import type { ClaimContext } from './context.js';

/** Forms of « être », the auxiliary of the passive (« ont été jetés », « sont livrés »). */
export const PASSIVE_AUXILIARIES = new Set(['été', 'est', 'sont', 'était', 'étaient', 'sera', 'seront', 'serait', 'seraient', 'fut', 'furent', 'soit', 'soient', 'être']);
/** How far after a figure the « par » of its passive may stand (« de produits neufs avaient été jetés par »). */
const PASSIVE_WINDOW = 10;

/**
 * « 3,2 millions de produits avaient été jetés par Amazon », « 3 000 colis sont traités
 * chaque jour par DHL »: when the figure's noun phrase is the subject of a passive, whoever
 * acts — the agent after « par » — owns it, whatever names the clause began with.
 */
export function passiveAgent(context: ClaimContext, figureEnd: number, sentenceEnd: number): Entity | null {
  let auxiliary = false;
  const start = context.tokenAt(figureEnd);
  const end = Math.min(sentenceEnd, start + PASSIVE_WINDOW);
  // most figures have no « par » after them: one search of the window's text rules them out
  if (end <= start || !context.text.slice(figureEnd, context.tokens[end - 1].end).includes('par')) return null;
  for (let i = start; i < end; i++) {
    const token = context.tokens[i];
    const word = context.word(i);
    if (token.kind === 'punct' || token.kind === 'number' || word === 'que' || word === "qu'") return null;
    if (PASSIVE_AUXILIARIES.has(word)) auxiliary = true;
    else if (word === 'par' && auxiliary && !PASSIVE_AUXILIARIES.has(context.word(i - 1))) {
      return organisationNamedAt(context, i + 1);
    }
  }
  return null;
}
