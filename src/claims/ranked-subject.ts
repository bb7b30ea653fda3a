import { countBefore } from '../document/sorted-search.js';
import type { Entity } from '../extract/entities/types.js';
import { isSubjectCandidate } from './antecedent.js';
import type { ClaimContext } from './context.js';
import { claimVocabulary } from './vocabulary.js';

/**
 * The name a rank stands in apposition to (« Cdiscount, deuxième avec 7 % », « et Leclerc,
 * troisième »): the figure is that rank, or comes with it after « avec ».
 */
export function rankedInApposition(context: ClaimContext, figureToken: number): Entity | null {
  const rankAt = (i: number) => {
    const { figures } = context.analysis;
    const n = countBefore(figures.length, (m) => figures[m].start < context.tokens[i].end) - 1;
    return n >= 0 && figures[n].kind === 'rank' && figures[n].end >= context.tokens[i].end ? figures[n] : null;
  };
  let rank = rankAt(figureToken);
  // the figure that comes with the rank: « deuxième avec 7 % »
  if (rank === null && context.word(figureToken - 1) === 'avec' && figureToken >= 2) rank = rankAt(figureToken - 2);
  if (rank === null) return null;
  const k = context.tokenAt(rank.start) - 1;
  if (k < 1 || context.word(k) !== ',') return null;
  const named = context.tokens[k - 1];
  return context.mentionsIn(named.start, named.end).find((mention) => mention.end === named.end && isSubjectCandidate(mention))?.entity ?? null;
}

/** Words between a ranked name and its rank (« classe AWS au premier rang », « place Amazon en tête », « à la deuxième place »). */
const RANK_PREPOSITIONS = new Set(['au', 'en', 'à', 'la']);

/** The name a ranking verb's object gives before the rank at token `rankToken` (« Gartner classe AWS au premier rang »). */
export function rankedObject(context: ClaimContext, rankToken: number): Entity | null {
  let k = rankToken - 1;
  while (k > 0 && RANK_PREPOSITIONS.has(context.word(k)) && rankToken - k <= 2) k--;
  if (k === rankToken - 1) return null;
  const named = context.tokens[k];
  const mention = context.mentionsIn(named.start, named.end).find((candidate) => candidate.end === named.end && isSubjectCandidate(candidate));
  if (!mention) return null;
  return claimVocabulary().rankingVerbs.has(context.word(context.tokenAt(mention.start) - 1)) ? mention.entity : null;
}
