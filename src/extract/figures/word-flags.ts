import { wordHash } from './unit-table.js';
import { figureLexicon } from './lexicon.js';
import { WordHashTable } from './word-hash-table.js';

/**
 * What a word can start, known from the hash of its folded form by one look-up: parsers skip
 * every other word without reading it (most words of a text start no figure). A hash collision
 * only sends a parser to read a word it then rejects, as every parser checks the word itself.
 */
export const NUMBER_WORD = 1; // a number word, cardinal or ordinal (plural ordinals too: « cinquièmes »)
export const VAGUE_START = 2; // first word of a vague quantity (« des », « quelques », « une »)
export const RANK_WORD = 4; // « numéro », « n » (of « n° »), « premier » and its forms
export const HALF_WORD = 8; // « moitié »
export const NON_FIGURE_WORD = 16; // starts a non-figure span: URL scheme, « www », weekday
export const SHARE_WORD = 32; // a share noun (« tiers », « quart », « demi »): « un bon quart de million »

let table: WordHashTable | undefined;

function build(): WordHashTable {
  const lexicon = figureLexicon();
  const flags = new WordHashTable();
  const add = (word: string, flag: number): void => flags.set(wordHash(word), flag, true);
  for (const [word, entry] of lexicon.numberWords) {
    add(word, NUMBER_WORD);
    if (entry.ordinal && word.endsWith('ieme')) add(`${word}s`, NUMBER_WORD);
  }
  for (const word of lexicon.shareWords.keys()) add(word, SHARE_WORD);
  for (const { phrase } of lexicon.vague) add(phrase[0], VAGUE_START);
  for (const word of ['numero', 'n', 'premier', 'premiere', 'premiers', 'premieres']) add(word, RANK_WORD);
  add('moitie', HALF_WORD);
  for (const word of ['http', 'https', 'ftp', 'www']) add(word, NON_FIGURE_WORD);
  for (const word of lexicon.weekdays) add(word, NON_FIGURE_WORD);
  return flags;
}

/** The flags of a folded word, by its wordHash (0 for most words). */
export function wordFlags(hash: number): number {
  table ??= build();
  return table.get(hash);
}
