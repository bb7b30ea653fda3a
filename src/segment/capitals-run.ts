import { isLowerAt, isUpperAt } from '../tokenize/char-class.js';
import type { Token } from '../tokenize/token.js';

/**
 * Whether a sentence starts at `tokens[i]` at the edge of a heading set in capitals whose line
 * breaks were lost: a word in ordinary case right after two words in capitals (« MODE ET VOIE(S)
 * D'ADMINISTRATION Tenir hors de ... »), or a run of two words in capitals right after a lower-case
 * word (« ... à votre pharmacien QUELLES SONT LES INFORMATIONS »). A single word in capitals is an
 * acronym that sits inside sentences (« la SNCF », « l'AFP Photo »), so two are needed, with at
 * least eight letters between them, which also leaves out pairs of acronyms (« UE UNC »).
 */
export function startsAtCapitalsEdge(text: string, tokens: readonly Token[], i: number): boolean {
  const current = tokens[i];
  const before = tokens[i - 1];
  if (current === undefined || before === undefined || current.kind !== 'word') return false;
  if (isCapitals(text, current)) {
    const after = tokens[i + 1];
    if (after === undefined || !isCapitals(text, after)) return false;
    if (current.end - current.start + (after.end - after.start) < 8) return false;
    return before.kind === 'word' && before.end - before.start >= 3 && isLowerAt(text, before.start);
  }
  if (current.end - current.start < 3 || !isUpperAt(text, current.start) || !isLowerAt(text, current.start + 1)) return false;
  const earlier = tokens[i - 2];
  if (earlier === undefined || !isCapitals(text, before) || !isCapitals(text, earlier)) return false;
  return before.end - before.start + (earlier.end - earlier.start) >= 8;
}

/** A word with no lower-case letter and two capitals or an elision (« DATE », « D' », « ADMINISTRATION »). */
function isCapitals(text: string, token: Token): boolean {
  if (token.kind !== 'word' || token.end - token.start < 2) return false;
  let upper = 0;
  for (let k = token.start; k < token.end; k++) {
    if (isLowerAt(text, k)) return false;
    if (isUpperAt(text, k)) upper++;
  }
  return upper >= 2 || (upper === 1 && token.end - token.start === 2 && text.charCodeAt(token.end - 1) === 0x27);
}
