import { GAP_LINE, KIND_MARK, KIND_WORD, type DateToken, type DateTokens } from './scan-tokens.js';

/**
 * Small readers over the token array shared by the parsers. A date never spans a line break,
 * so `follows` refuses a token that starts a new line.
 */
export function follows(tokens: DateTokens, i: number): DateToken | undefined {
  const token = tokens.get(i);
  return token && (token.gap !== 'line' || i === tokens.from) ? token : undefined;
}

/** The token at i when it is glued to the previous one (no space). */
export function glued(tokens: DateTokens, i: number): DateToken | undefined {
  const token = tokens.get(i);
  return token && token.gap === 'none' ? token : undefined;
}

export function isWord(tokens: DateTokens, i: number, ...words: string[]): boolean {
  return isWordOf(tokens, i, words);
}

/** isWord for a list of words kept in a constant. */
export function isWordOf(tokens: DateTokens, i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens.is(i, KIND_WORD, words[k])) return true;
  return false;
}

/**
 * isWord for a token before the one being read (a determiner, a preposition): a line break
 * before it is outside the date and does not matter; one after it would split the date.
 */
export function isWordBefore(tokens: DateTokens, i: number, ...words: string[]): boolean {
  if (i < 0 || i + 1 >= tokens.length || tokens.kinds[i] !== KIND_WORD || tokens.gaps[i + 1] === GAP_LINE) return false;
  for (let k = 0; k < words.length; k++) if (tokens.hasText(i, words[k])) return true;
  return false;
}

/** isMark for a token before the one being read, as isWordBefore. */
export function isMarkBefore(tokens: DateTokens, i: number, marks: string): boolean {
  if (i < 0 || i + 1 >= tokens.length || tokens.kinds[i] !== KIND_MARK || tokens.gaps[i + 1] === GAP_LINE) return false;
  for (let k = 0; k < marks.length; k++) if (tokens.hasText(i, marks[k])) return true;
  return false;
}

/** True when the token at i is one of the single characters of `marks`. */
export function isMark(tokens: DateTokens, i: number, marks: string): boolean {
  const mark = tokens.markAt(i);
  for (let k = 0; k < marks.length; k++) if (marks.charCodeAt(k) === mark) return true;
  return false;
}

/**
 * Index after an elided article or preposition written with an apostrophe (« l' », « d' », « qu' »),
 * or i itself. `word` is the letter(s) before the apostrophe.
 */
export function afterElision(tokens: DateTokens, i: number, word: string): number {
  if (isWord(tokens, i, word) && isMark(tokens, i + 1, "'") && tokens.get(i + 1)!.gap === 'none') return i + 2;
  return -1;
}

/** True when the token ends a clause: nothing after it, a line break, or sentence punctuation. */
export function endsClause(tokens: DateTokens, i: number): boolean {
  const next = tokens.get(i + 1);
  return next === undefined || next.gap === 'line' || (next.kind === 'mark' && '.!?;:,)»"'.includes(next.text));
}

/** A number token read as an integer (null when not a number token). */
export function numberAt(tokens: DateTokens, i: number): number | null {
  const token = tokens.get(i);
  return token && token.kind === 'number' && (token.gap !== 'line' || i === tokens.from) ? Number.parseInt(token.text, 10) : null;
}

/**
 * True when the number at i continues a decimal or grouped number on its left
 * (« 6 107,31 août » — the 31 is a fraction, not a day) or a dotted/slashed code.
 */
export function continuesNumber(tokens: DateTokens, i: number): boolean {
  const before = tokens.get(i - 1);
  if (!before || tokens.get(i)!.gap !== 'none') return false;
  if (before.kind === 'number' || before.kind === 'word') return true;
  return before.kind === 'mark' && ',./-:'.includes(before.text) && tokens.get(i - 2)?.kind === 'number' && before.gap === 'none';
}

/** True when a number at i is glued on its right to more digits or a unit mark (« 4/22% », « 2019,5 », « 12:30 »). */
export function continuesRight(tokens: DateTokens, i: number): boolean {
  const next = glued(tokens, i + 1);
  if (!next) return false;
  if (next.kind === 'number' || next.kind === 'word') return true;
  if (next.text === '%' || next.text === '€' || next.text === '$') return true;
  return ',./:-h'.includes(next.text) && glued(tokens, i + 2)?.kind === 'number';
}

/** Words in -s that are no plural noun (a closed class: prepositions and adverbs). */
const NOT_PLURAL_NOUNS = new Set(['les', 'des', 'ses', 'mes', 'tes', 'ces', 'dans', 'sous', 'plus', 'moins', 'depuis', 'apres', 'alors', 'puis', 'tous', 'tres', 'jamais', 'toujours', 'pres']);

/** The word after the number at i is a plural noun, which the number counts (« 1500 suppressions »). */
export function pluralNounAfter(tokens: DateTokens, i: number): boolean {
  const next = follows(tokens, i + 1);
  return next !== undefined && next.kind === 'word' && (next.text.endsWith('s') || next.text.endsWith('x')) && !NOT_PLURAL_NOUNS.has(next.text);
}
