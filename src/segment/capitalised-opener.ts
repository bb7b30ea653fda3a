import { isLowerAt, isUpperAt } from '../tokenize/char-class.js';
import { foldWord } from '../tokenize/lexicon.js';
import type { Token } from '../tokenize/token.js';
import { nameIntroducers, sentenceOpeners } from './segment-lexicon.js';

/**
 * Whether a sentence starts at `tokens[i]` although nothing before it ends one: a capitalised
 * grammatical word (« Des », « Il », « Pour ») after a word, a closing bracket or a semicolon
 * (« ... maladie de Paget Des perfusions ... », « ... 12h30) Par ailleurs ... »). Inside a
 * sentence such words take a capital only as the start of a name, so the word after must not
 * be capitalised (« Marine Le Pen ») and the word before must not introduce a name (« selon
 * Le Monde », « le quotidien Le Parisien »), except an acronym after an elided one (« L'ACT »). This recovers headlines, bylines and list items
 * whose line breaks were lost. The caller asks only outside brackets and quotations.
 */
export function startsWithCapitalisedOpener(text: string, tokens: readonly Token[], i: number): boolean {
  const current = tokens[i];
  const before = tokens[i - 1];
  if (current === undefined || before === undefined || current.kind !== 'word') return false;
  if (!isUpperAt(text, current.start)) return false;
  // All-capital words belong to headings written in capitals (« DATE DE PEREMPTION »).
  if (current.end - current.start > 1 && isUpperAt(text, current.start + 1)) return false;
  const word = foldWord(text.slice(current.start, current.end));
  if (!sentenceOpeners().has(word)) return false;
  const after = tokens[i + 1];
  // « L'ACT doit ... »: an elided opener before an acronym is no name (unlike « L'Oréal »),
  // unless the word before is in capitals too (« DE L'AMM », a heading).
  const beforeAcronym = word.endsWith("'") && isAcronym(text, after ?? current) && !isAcronym(text, before);
  if (after !== undefined && after.kind === 'word' && isUpperAt(text, after.start) && !beforeAcronym) {
    return false;
  }
  return mayPrecedeNewSentence(text, before);
}

function mayPrecedeNewSentence(text: string, before: Token): boolean {
  if (before.kind === 'punct') {
    const c = text.charCodeAt(before.start);
    return before.end - before.start === 1 && (c === 0x29 || c === 0x3b || c === 0xbb || c === 0x3a);
  }
  // « • 2 Vous ... »: a short number before is a list label, not the end of a line.
  if (before.kind === 'number' && before.end - before.start < 4) return false;
  if (before.kind !== 'word' && before.kind !== 'number') return false;
  if (before.kind === 'word' && text.charCodeAt(before.end - 1) === 0x27) return false;
  const word = foldWord(text.slice(before.start, before.end));
  if (sentenceOpeners().has(word) || nameIntroducers().has(word)) return false;
  // A capitalised opener after a lower-case grammatical-looking short word is more often a title.
  return !(isLowerAt(text, before.start) && before.end - before.start <= 2);
}

/** Two to six capitals (« ACT », « ONU »); a longer word in capitals belongs to a heading. */
function isAcronym(text: string, token: Token): boolean {
  if (token.end - token.start < 2 || token.end - token.start > 6) return false;
  for (let k = token.start; k < token.end; k++) if (!isUpperAt(text, k)) return false;
  return true;
}
