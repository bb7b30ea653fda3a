import type { ClaimContext } from './context.js';
import { claimVocabulary } from './vocabulary.js';

/** How many words a label may hold: a noun phrase (« Chiffre d'affaires d'AWS au T4 »), not a clause. */
const LABEL_TOKENS = 8;
/** How many tokens may stand between the colon and the figure: markup and a bound (« : **24,2 milliards », « : près de 6 000 »). */
const LEAD_TOKENS = 4;
/** Words that may stand between a label's colon and its figure. */
const LEAD_WORDS = new Set(['plus', 'moins', 'de', "d'", 'près', 'environ', 'quelque', 'presque', 'quasiment', 'autour']);
/** Marks that open a list item or a line (« - », « * », « • »), skipped before a label. */
const ITEM_MARKS = new Set(['-', '–', '—', '*', '•', '·', '>']);

/**
 * The label the figure at token `figureToken` stands right after, as the token range
 * [start, colon): « Chiffre d'affaires d'AWS : 24,2 milliards de dollars », « - croissance
 * annuelle : +13 % ». A key-figures line names what the figure measures, and whose, before
 * its colon. Null when the figure does not open what follows a colon, or what precedes it
 * is too long to be a label.
 */
export function labelBefore(context: ClaimContext, figureToken: number, sentence: number): [number, number] | null {
  let colon = figureToken - 1;
  // most figures follow a word: no label
  if (colon < 0 || !(context.word(colon) === ':' || isLead(context, colon))) return null;
  const [first] = context.sentenceTokens(sentence);
  while (colon >= first && figureToken - colon <= LEAD_TOKENS && isLead(context, colon)) colon--;
  if (colon < first || context.word(colon) !== ':') return null;
  const { wordClass } = claimVocabulary();
  let start = colon;
  while (start > first && wordClass.get(context.word(start - 1)) !== 'boundary' && !ITEM_MARKS.has(context.word(start - 1))) {
    if (colon - start >= LABEL_TOKENS) return null;
    start--;
  }
  return start < colon ? [start, colon] : null;
}

/** Markup (« ** »), a sign or a bound between a colon and its figure. */
function isLead(context: ClaimContext, i: number): boolean {
  const token = context.tokens[i];
  const word = context.word(i);
  return token.kind === 'symbol' || LEAD_WORDS.has(word) || word === '_' || word === '(';
}
