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
 * acts — the agent after « par » — owns it, whatever names the clause began with. `start`
 * is the token after the figure.
 */
export function passiveAgent(context: ClaimContext, start: number, sentenceEnd: number): Entity | null {
  const { tokens, text } = context;
  const end = Math.min(sentenceEnd, start + PASSIVE_WINDOW);
  // the « par » first, from the text alone: most figures have none after them in their clause
  let par = start;
  while (par < end && tokens[par].kind !== 'punct' && tokens[par].kind !== 'number' && !(tokens[par].end - tokens[par].start === 3 && text.startsWith('par', tokens[par].start))) par++;
  if (par >= end || tokens[par].kind !== 'word' || PASSIVE_AUXILIARIES.has(context.word(par - 1))) return null;
  for (let i = start; i < par; i++) {
    const word = context.word(i);
    if (word === 'que' || word === "qu'") return null;
    if (PASSIVE_AUXILIARIES.has(word)) return organisationNamedAt(context, par + 1);
  }
  return null;
}
