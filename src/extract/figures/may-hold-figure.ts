import { figureLexicon } from './lexicon.js';
import { classOf, DIGIT, LETTER, OTHER } from './lexemes.js';

/**
 * A quick test that lets a line with no figure go unread: every parser starts from digits, a
 * symbol outside ASCII (« ½ », « € », « ° »), or one of a few words (number words, ordinals,
 * unit and vague-quantity nouns, « moitié », « premier »...). A lone « un »/« une » makes a
 * figure only with one of those nouns after it, or after « négatif ». Words are compared by a hash of their folded
 * letters: a collision only makes a line be read for nothing.
 */
const stopWords = new Set(['pour', 'de', 'd', 'du', 'des', 'par', 'a', 'au', 'l', 'le', 'la', 'les', 'en', 'et', 'un', 'une', 's']);

let triggers: Set<number> | undefined;

function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

function buildTriggers(): Set<number> {
  const lexicon = figureLexicon();
  const words = new Set<string>();
  for (const word of lexicon.numberWords.keys()) words.add(word);
  for (const forms of lexicon.unitsByFirst.values()) {
    for (const form of forms) if (!form.afterDigitsOnly) for (const piece of form.pieces) words.add(piece);
  }
  for (const { phrase } of lexicon.vague) for (const piece of phrase.slice(1)) words.add(piece);
  for (const word of ['premier', 'premiere', 'premiers', 'premieres', 'numero', 'moitie', 'demi', 'demie', 'tiers', 'quart', 'quarts', 'douzaine', 'douzaines', 'negatif', 'negative']) words.add(word);
  const set = new Set<number>();
  for (const word of words) if (!stopWords.has(word) && /^[a-z]+$/.test(word)) set.add(hashOf(word));
  return set;
}

/** True when folded[start, end) holds something a figure parser starts from. */
export function mayHoldFigure(folded: string, start: number, end: number): boolean {
  triggers ??= buildTriggers();
  let i = start;
  while (i < end) {
    const code = folded.charCodeAt(i);
    const cls = classOf(code);
    if (cls === DIGIT) return true;
    if (cls === LETTER) {
      let h = 0;
      const first = i;
      while (i < end) {
        const c = folded.charCodeAt(i);
        if (classOf(c) !== LETTER) break;
        h = (Math.imul(h, 31) + c) | 0;
        i++;
      }
      if (triggers.has(h)) return true;
      // ordinals, plural ones and misspelt ones too (« cinquièmes », « dizième »)
      const length = i - first;
      if (length >= 5 && folded.startsWith('ieme', i - 4)) return true;
      if (length >= 6 && folded.startsWith('iemes', i - 5)) return true;
      continue;
    }
    if (cls === OTHER && code >= 0x80) return true;
    i++;
  }
  return false;
}
