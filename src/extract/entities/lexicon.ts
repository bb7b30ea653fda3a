import { FOLD_TABLE_SIZE, KEY_UNITS, LOWER_UNITS, keyUnit, lowerUnit } from './fold.js';
import { WordShapes } from './word-shapes.js';

/** Numbers from here on are free for a document's own words (own-words.ts). */
export const OWN_WORD_BASE = 1 << 24;

/**
 * The words the entity steps know (gazetteer names, cue phrases, word lists), numbered, each
 * with a bit per word list that holds it. A token is looked up from its code units, folded on
 * the fly: no string is made, and one look-up answers every list at once.
 */
export class Lexicon {
  /** The code units of every word, one after the other. */
  private units = new Uint16Array(1 << 15);
  private unitCount = 0;
  private wordStarts = new Int32Array(1 << 10);
  private wordLengths = new Int32Array(1 << 10);
  /** Word lists (WordList bits) that hold each word (read-only outside: addToList). */
  lists = new Uint32Array(1 << 10);
  /** Open addressing by hash: a word's number + 1, 0 for an empty slot. */
  private slots = new Int32Array(1 << 11);
  private listCount = 0;
  /** How many words: word numbers are 0 to size - 1. */
  size = 0;
  /** Hash of the folded units of the last find (documents number their other words by it). */
  lastHash = 0;

  /** The number of a word (taken as written: already folded), added if new. */
  intern(word: string): number {
    const found = this.idOf(word);
    if (found >= 0) return found;
    let hash = 0;
    for (let i = 0; i < word.length; i++) hash = addUnit(hash, word.charCodeAt(i));
    if (this.size * 2 >= this.slots.length) this.rehash();
    const id = this.size++;
    if (id === OWN_WORD_BASE) throw new Error('Lexicon: too many words');
    if (id === this.wordStarts.length) this.growWords();
    while (this.unitCount + word.length > this.units.length) this.units = grown(this.units);
    this.wordStarts[id] = this.unitCount;
    this.wordLengths[id] = word.length;
    for (let i = 0; i < word.length; i++) this.units[this.unitCount++] = word.charCodeAt(i);
    let slot = mix(hash) & (this.slots.length - 1);
    while (this.slots[slot] !== 0) slot = (slot + 1) & (this.slots.length - 1);
    this.slots[slot] = id + 1;
    return id;
  }

  /** The number of a word taken as written, or -1. */
  idOf(word: string): number {
    let hash = 0;
    for (let i = 0; i < word.length; i++) hash = addUnit(hash, word.charCodeAt(i));
    return this.probe(hash, word, 0, word.length, false, true);
  }

  /** The number of text[start, end) folded to its key form (key) or lower-case form, or -1. */
  find(text: string, start: number, end: number, key: boolean): number {
    let hash = 0;
    for (let i = start; i < end; i++) hash = addUnit(hash, foldUnit(text.charCodeAt(i), key));
    this.lastHash = hash;
    return this.probe(hash, text, start, end, key, false);
  }

  /** Puts word number `id` in the word list of bit `bit`. */
  addToList(id: number, bit: number): void {
    this.lists[id] |= bit;
  }

  /** A bit of its own for a new word list. */
  newList(): number {
    if (this.listCount === 32) throw new Error('Lexicon: more than 32 word lists');
    return 1 << this.listCount++;
  }

  private probe(hash: number, text: string, start: number, end: number, key: boolean, asWritten: boolean): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry === 0) return -1;
      const id = entry - 1;
      if (this.wordLengths[id] !== length) continue;
      const at = this.wordStarts[id];
      let j = 0;
      while (j < length) {
        const code = text.charCodeAt(start + j);
        if (this.units[at + j] !== (asWritten ? code : foldUnit(code, key))) break;
        j++;
      }
      if (j === length) return id;
    }
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.size; id++) {
      let hash = 0;
      for (let j = 0; j < this.wordLengths[id]; j++) hash = addUnit(hash, this.units[this.wordStarts[id] + j]);
      let slot = mix(hash) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }

  private growWords(): void {
    this.wordStarts = grown(this.wordStarts);
    this.wordLengths = grown(this.wordLengths);
    this.lists = grown(this.lists);
  }
}

function grown<T extends Uint16Array | Int32Array | Uint32Array>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** One code unit of a token folded to its key or lower-case form (fold.ts). */
export function foldUnit(code: number, key: boolean): number {
  if (code < FOLD_TABLE_SIZE) return key ? KEY_UNITS[code] : LOWER_UNITS[code];
  return key ? keyUnit(code) : lowerUnit(code);
}

/** The running hash of a word's folded units. */
export function addUnit(hash: number, unit: number): number {
  return (Math.imul(hash, 31) + unit) | 0;
}

/** Spreads a hash's bits over the low ones, which pick the slot. */
export function mix(hash: number): number {
  return (hash ^ (hash >>> 15) ^ (hash >>> 7)) >>> 0;
}

/** The words of the entity knowledge and of the steps' own word lists: one for the process. */
export const lexicon = new Lexicon();

/**
 * A list of words compared with one folded form of tokens (key: lower-case without accents;
 * else lower-case), answered by one bit of the lexicon's entry for a token.
 */
export class WordList {
  readonly bit = lexicon.newList();
  /** Lengths and first units of the words: most tokens fail this test without a look-up. */
  readonly shapes: WordShapes;

  constructor(
    words: Iterable<string>,
    readonly key: boolean,
  ) {
    const all = [...words];
    for (const word of all) lexicon.addToList(lexicon.intern(word), this.bit);
    this.shapes = new WordShapes(all);
  }

  /** True when the word (in this list's folded form) is in the list. */
  has(word: string): boolean {
    return this.holds(lexicon.idOf(word));
  }

  /** True when the lexicon word numbered `id` (-1 or a document's own number: none) is in the list. */
  holds(id: number): boolean {
    return id >= 0 && id < lexicon.size && (lexicon.lists[id] & this.bit) !== 0;
  }
}
