import { readDataLines } from '../data/load.js';

/**
 * The tokeniser's word lists (src/data/tokenize/*.txt), each read once on first use.
 * Entries are lower case with straight apostrophes and U+002D hyphens; callers fold the text
 * the same way (`foldWord`) before looking up.
 */
let elisionPrefixSet: ReadonlySet<string> | undefined;
let elisionExceptionList: readonly string[] | undefined;
let invertedCliticSet: ReadonlySet<string> | undefined;
let cliticCompoundSet: ReadonlySet<string> | undefined;

/** Elidable words, without the apostrophe: l, d, qu, jusqu, ... */
export function elisionPrefixes(): ReadonlySet<string> {
  elisionPrefixSet ??= new Set(readDataLines('tokenize/elisions.txt').map(foldWord));
  return elisionPrefixSet;
}

/** Words with an elided start that stay one token: quelqu'un, l'on, c'est-à-dire, ... */
export function elisionExceptions(): readonly string[] {
  elisionExceptionList ??= readDataLines('tokenize/elision-exceptions.txt').map(foldWord);
  return elisionExceptionList;
}

/** Pronouns that an inversion or an imperative attaches with a hyphen: il, elle, nous, y, ... */
export function invertedClitics(): ReadonlySet<string> {
  invertedCliticSet ??= new Set(readDataLines('tokenize/inverted-clitics.txt').map(foldWord));
  return invertedCliticSet;
}

/** Lexicalised compounds that end like an inverted pronoun: rendez-vous, ... */
export function cliticCompounds(): ReadonlySet<string> {
  cliticCompoundSet ??= new Set(readDataLines('tokenize/clitic-compounds.txt').map(foldWord));
  return cliticCompoundSet;
}

/** Lower case, typographic apostrophes and Unicode hyphens made ASCII (same length). */
export function foldWord(word: string): string {
  let folded = word.toLowerCase();
  if (folded.length !== word.length) folded = word; // a rare case mapping that changes length
  let out = '';
  let last = 0;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    const ascii = c === 0x2019 || c === 0x2bc ? "'" : c === 0x2010 || c === 0x2011 ? '-' : '';
    if (ascii !== '') {
      out += folded.slice(last, i) + ascii;
      last = i + 1;
    }
  }
  return last === 0 ? folded : out + folded.slice(last);
}
