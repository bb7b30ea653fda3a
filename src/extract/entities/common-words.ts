import type { EntityContext } from './candidate.js';
import { isFrenchWord } from './knowledge.js';
import { lexicon } from './lexicon.js';

/** s and x: the endings of French plurals (« intempéries », « bureaux »). */
const PLURAL_S = 0x73;
const PLURAL_X = 0x78;

/**
 * True when token `index` is a French common word, or the plural in -s or -x of one
 * (« INTEMPÉRIES », « Salariés »): the dictionary holds stems, the forms list frequent forms only.
 */
export function isFrenchWordAt(context: EntityContext, index: number): boolean {
  const { tokens, knowledge, text } = context;
  if (isFrenchWord(knowledge, tokens.keyId(index))) return true;
  const start = tokens.starts[index];
  const end = tokens.ends[index];
  const last = text.charCodeAt(end - 1) | 0x20;
  if (end - start < 4 || (last !== PLURAL_S && last !== PLURAL_X)) return false;
  const singular = lexicon.find(text, start, end - 1, true);
  return singular >= 0 && isFrenchWord(knowledge, singular);
}

/** True when token `index` is a French common word or a function word (a capital at a sentence start says nothing of it). */
export function isCommonWord(context: EntityContext, index: number): boolean {
  return context.knowledge.stopwords.holds(context.tokens.lowerId(index)) || isFrenchWordAt(context, index);
}
