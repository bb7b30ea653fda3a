import { readDataLines } from '../data/load.js';
import { foldWord } from '../tokenize/lexicon.js';

let openers: ReadonlySet<string> | undefined;
let titleIntroducers: ReadonlySet<string> | undefined;

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
