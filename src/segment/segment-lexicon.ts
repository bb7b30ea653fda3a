import { readDataLines } from '../data/load.js';
import { foldWord } from '../tokenize/lexicon.js';

let openers: ReadonlySet<string> | undefined;
let titleIntroducers: ReadonlySet<string> | undefined;
let preceders: ReadonlySet<string> | undefined;
let common: ReadonlySet<string> | undefined;

/** Grammatical words that, capitalised, mark a new sentence (src/data/tokenize/sentence-openers.txt). */
export function sentenceOpeners(): ReadonlySet<string> {
  openers ??= new Set(readDataLines('tokenize/sentence-openers.txt').map(foldWord));
  return openers;
}

/** Words after which a capitalised grammatical word begins a name (« le quotidien Le Monde »). */
export function nameIntroducers(): ReadonlySet<string> {
  titleIntroducers ??= new Set(readDataLines('tokenize/title-introducers.txt').map(foldWord));
  return titleIntroducers;
}

/** Words after which a capitalised common word is (part of) a name (src/data/tokenize/name-preceders.txt). */
export function namePreceders(): ReadonlySet<string> {
  preceders ??= new Set(readDataLines('tokenize/name-preceders.txt').map(foldWord));
  return preceders;
}

/** Frequent French words that are not names (src/data/tokenize/common-words.txt), lower case. */
export function commonWords(): ReadonlySet<string> {
  common ??= new Set(readDataLines('tokenize/common-words.txt'));
  return common;
}
