import type { EntityContext } from './candidate.js';
import { lowerUnit } from './fold.js';
import { TOKEN_AFTER_BREAK, TOKEN_CAPITALISED, TOKEN_WORD, type DocumentTokens } from './scan-words.js';

/** The least of a word left before an adjective's ending (« elle » is no adjective in -elle). */
const MIN_STEM = 3;

/** True when token `index` is a word on the line of the token before it. */
export function isPlainWord(context: EntityContext, index: number): boolean {
  return index >= 0 && index < context.tokens.length && (context.flags[index] & (TOKEN_WORD | TOKEN_AFTER_BREAK)) === TOKEN_WORD;
}

/** True when token `index` is a plain word without a capital. */
export function isLowerWord(context: EntityContext, index: number): boolean {
  return isPlainWord(context, index) && (context.flags[index] & TOKEN_CAPITALISED) === 0;
}

/** True when token `index` is a plain word with a capital. */
export function isCapitalisedWord(context: EntityContext, index: number): boolean {
  return isPlainWord(context, index) && (context.flags[index] & TOKEN_CAPITALISED) !== 0;
}

/**
 * True when token `index`, lower-cased, ends with `ending` (lower case): read from the text, since
 * a token's object and strings are made only for the few tokens that need them.
 */
export function endsWith(tokens: DocumentTokens, index: number, ending: string): boolean {
  const end = tokens.ends[index];
  if (end - tokens.starts[index] < ending.length) return false;
  for (let j = 1; j <= ending.length; j++) if (lowerUnit(tokens.text.charCodeAt(end - j)) !== ending.charCodeAt(ending.length - j)) return false;
  return true;
}

/** True when token `index` is an adjective that follows its noun (« nationale », « démocratique »). */
export function isPostAdjective(context: EntityContext, index: number): boolean {
  if (!isLowerWord(context, index)) return false;
  const { tokens, knowledge } = context;
  if (knowledge.stopwords.holds(tokens.lowerId(index))) return false;
  const length = tokens.lengthOf(index);
  return knowledge.adjectiveEndings.some((ending) => length >= ending.length + MIN_STEM && endsWith(tokens, index, ending));
}
