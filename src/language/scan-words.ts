import { isApostrophe, isLetter } from './letter-class.js';

/**
 * The words of a lower-cased text as eld's model was built on them: runs of letters, with the
 * apostrophes that stand before a letter kept inside (l'an, qu'il, d’autres); everything else
 * (digits, punctuation, spaces) separates. One linear pass, one string per word.
 */
export function scanWords(lower: string): string[] {
  const words: string[] = [];
  const length = lower.length;
  let index = 0;
  while (index < length) {
    const start = index;
    let end = apostrophesBeforeLetter(lower, index);
    if (end === index) {
      if (!isLetter(lower.charCodeAt(index))) {
        index++;
        continue;
      }
      end = index + 1;
    }
    for (;;) {
      if (end < length && isLetter(lower.charCodeAt(end))) {
        end++;
        continue;
      }
      const next = apostrophesBeforeLetter(lower, end);
      if (next === end) break;
      end = next;
    }
    words.push(lower.slice(start, end));
    index = end;
  }
  return words;
}

/** The end of a run of apostrophes at `index` when a letter follows it, else `index`. */
function apostrophesBeforeLetter(text: string, index: number): number {
  let next = index;
  while (next < text.length && isApostrophe(text.charCodeAt(next))) next++;
  return next > index && next < text.length && isLetter(text.charCodeAt(next)) ? next : index;
}
