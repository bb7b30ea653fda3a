import { isLowerAt, isUpperAt } from '../tokenize/char-class.js';
import { foldWord } from '../tokenize/lexicon.js';
import type { Token } from '../tokenize/token.js';
import { commonWords, namePreceders, nameIntroducers, sentenceOpeners } from './segment-lexicon.js';

/**
 * Whether a sentence starts at `tokens[i]`, a capitalised common word (« Références », « Durée »,
 * « Troubles ») right after a lower-case content word, a closing bracket, a semicolon or a year:
 * « ... du présent résumé Voie intraveineuse », « ... (0-3 ans) Effets sur ... ». French gives a
 * capital inside a sentence only to names, and a frequent word that is not a name takes one there
 * only as the first word of a name introduced by the word before (« la société Total », « le
 * président Pierre ... », « ministère de la Culture »): those preceding words are listed. This
 * finds headings and list items whose line break was lost. The caller asks only outside brackets
 * and quotations; grammatical words are left to `startsWithCapitalisedOpener`.
 */
export function startsWithCapitalisedCommonWord(text: string, tokens: readonly Token[], i: number): boolean {
  const current = tokens[i];
  const before = tokens[i - 1];
  if (current === undefined || before === undefined || current.kind !== 'word') return false;
  if (!isTitleCase(text, current)) return false;
  const word = foldWord(text.slice(current.start, current.end));
  if (!commonWords().has(word) || sentenceOpeners().has(word)) return false;
  // « ... 22 juin 2002 Épilogue »: a year ends a date, and a date often ends a line.
  if (before.kind === 'number') return before.end - before.start === 4 && isYear(text, before);
  if (before.kind === 'punct') {
    const c = text.charCodeAt(before.start);
    return before.end - before.start === 1 && (c === 0x29 || c === 0x3b);
  }
  if (before.kind !== 'word' || !isLowerAt(text, before.start)) return false;
  if (before.end - before.start < 3 || text.charCodeAt(before.end - 1) === 0x27) return false;
  const previous = foldWord(text.slice(before.start, before.end));
  if (previous.endsWith('ième') || previous.endsWith('ièmes')) return false;
  return !(namePreceders().has(previous) || nameIntroducers().has(previous) || sentenceOpeners().has(previous));
}

/** A capital then only lower-case letters or hyphens (not « iPhone », « McDonald », « SNCF »). */
function isTitleCase(text: string, token: Token): boolean {
  if (token.end - token.start < 3 || !isUpperAt(text, token.start)) return false;
  for (let k = token.start + 1; k < token.end; k++) if (isUpperAt(text, k)) return false;
  return true;
}

function isYear(text: string, token: Token): boolean {
  const first = text.charCodeAt(token.start);
  const second = text.charCodeAt(token.start + 1);
  return (first === 0x31 && second === 0x39) || (first === 0x32 && second === 0x30);
}
