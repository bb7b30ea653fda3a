import { isHyphen } from './char-class.js';
import { cliticCompounds, foldWord, invertedClitics } from './lexicon.js';

/** Pronouns after which a euphonic « -t- » may stand: « a-t-il », « va-t-on ». */
const EUPHONIC_T_PRONOUNS = new Set(['il', 'elle', 'on', 'ils', 'elles']);

/**
 * Where the hyphenated word [start, end) splits, as UD French does for a verb followed by
 * inverted or imperative pronouns: « donne-t-il » -> [start, « -t-il »], « donne-le-moi » ->
 * [start, « -le », « -moi »]. Returns the start of each part after the first, in order; an
 * empty array when the word stays whole (« Saône-et-Loire », « Bar-le-Duc », « rendez-vous »).
 */
export function invertedCliticCuts(text: string, start: number, end: number): number[] {
  const cuts: number[] = [];
  let cut = end;
  for (;;) {
    let hyphen = cut - 1;
    while (hyphen > start && !isHyphen(text.charCodeAt(hyphen))) hyphen--;
    if (hyphen <= start) break;
    const pronoun = foldWord(text.slice(hyphen + 1, cut));
    if (!invertedClitics().has(pronoun)) break;
    const t = hyphen - 1;
    if (
      EUPHONIC_T_PRONOUNS.has(pronoun) &&
      t - 1 > start &&
      (text.charCodeAt(t) === 0x74 || text.charCodeAt(t) === 0x54) &&
      isHyphen(text.charCodeAt(t - 1))
    ) {
      hyphen = t - 1;
    }
    cuts.push(hyphen);
    cut = hyphen;
  }
  if (cuts.length === 0) return cuts;
  if (cliticCompounds().has(foldWord(text.slice(start, end)))) return [];
  return cuts.reverse();
}
