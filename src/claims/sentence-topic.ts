import type { Entity } from '../extract/entities/types.js';
import { isSubjectCandidate } from './antecedent.js';
import type { ClaimContext } from './context.js';
import { givesViews, kindOf } from './organisation-kind.js';
import { claimVocabulary } from './vocabulary.js';

/** Prepositions that open a sentence about an organisation (« Pour Carrefour, … », « Chez Amazon, … »). */
const TOPIC_OPENERS = new Set(['pour', 'chez']);

/**
 * The organisation a sentence announces as its topic before it starts: « Amazon : la CNIL
 * inflige… » (a headline's name before its colon), « Pour Carrefour, le chiffre d'affaires
 * a progressé… », « Chez Amazon, les salariés… ». Not « Pour Greenpeace, … »: an
 * organisation that gives views says the sentence rather than being its topic.
 */
export function sentenceTopic(context: ClaimContext, sentence: number): Entity | null {
  const [first, last] = context.sentenceTokens(sentence);
  if (first >= last) return null;
  let i = first;
  const opener = context.word(i);
  if (TOPIC_OPENERS.has(opener)) {
    i++;
    while (claimVocabulary().wordClass.get(context.word(i)) === 'determiner') i++;
  }
  const token = context.tokens[i];
  // a name starts with a capital: most sentences are ruled out without a search
  if (!token || !context.capitalised(i)) return null;
  const topic = context.mentionsIn(token.start, token.end).find(isSubjectCandidate);
  if (!topic) return null;
  const after = context.word(context.tokenAt(topic.end));
  if (!(i === first ? after === ':' : after === ',')) return null;
  return opener === 'pour' && givesViews(kindOf(context, topic.entity)) ? null : topic.entity;
}
