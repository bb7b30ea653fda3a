import { FOLD_TABLE_SIZE, KEY_UNITS, LOWER_UNITS, keyUnit, lowerUnit } from './fold.js';
import { shapeOf, WordShapes } from './word-shapes.js';

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
  private wordHashes = new Int32Array(1 << 10);
  /** Word lists that hold each word: a bit per list, lists 0 to 31 in the first array, 32 to 63 in the second. */
  private listBits = [new Uint32Array(1 << 10), new Uint32Array(1 << 10)];
  /**
   * Open addressing by hash, two entries a slot: the word's hash, and its number + 1 (0 for an
   * empty slot). A look-up reads one slot's two entries side by side, and a word's own data only
   * when the hashes are equal.
   */
  private slots = new Int32Array(2 << 11);
  private listCount = 0;
  /** How many words: word numbers are 0 to size - 1. */
  size = 0;
  /**
   * The folded units of the word last looked up (its first lastLength units) and their hash:
   * a document numbers its other words from them (own-words.ts).
   */
  lastUnits = new Uint16Array(64);
  lastLength = 0;
  lastHash = 0;

  /** The number of a word (taken as written: already folded), added if new. */
  intern(word: string): number {
    const found = this.idOf(word);
    return found >= 0 ? found : this.addLastLookUp();
  }

  /**
   * The number of text[start, end) folded to its key form (key) or lower-case form, added if new:
   * a long word list is read without a string per word.
   */
  internFolded(text: string, start: number, end: number, key: boolean): number {
    const found = this.find(text, start, end, key);
    return found >= 0 ? found : this.addLastLookUp();
  }

  /** Adds the word last looked up and not found (lastUnits, lastLength, lastHash); returns its number. */
  private addLastLookUp(): number {
    if (this.size * 4 >= this.slots.length) this.rehash();
    const id = this.size++;
    if (id === OWN_WORD_BASE) throw new Error('Lexicon: too many words');
    if (id === this.wordStarts.length) this.growWords();
    const length = this.lastLength;
    while (this.unitCount + length > this.units.length) this.units = grown(this.units);
    this.wordStarts[id] = this.unitCount;
    this.wordLengths[id] = length;
    this.wordHashes[id] = this.lastHash;
    for (let i = 0; i < length; i++) this.units[this.unitCount++] = this.lastUnits[i];
    this.place(id, this.slots);
    return id;
  }

  /** The number of a word taken as written, or -1. */
  private idOf(word: string): number {
    const units = this.unitsFor(word.length);
    let hash = 0;
    for (let j = 0; j < word.length; j++) hash = addUnit(hash, (units[j] = word.charCodeAt(j)));
    this.lastHash = hash;
    return this.probe();
  }

  /** The number of text[start, end) folded to its key form (key) or lower-case form, or -1. */
  find(text: string, start: number, end: number, key: boolean): number {
    const length = end - start;
    const units = this.unitsFor(length);
    const table = key ? KEY_UNITS : LOWER_UNITS;
    let hash = 0;
    for (let j = 0; j < length; j++) {
      const code = text.charCodeAt(start + j);
      const unit = code < FOLD_TABLE_SIZE ? table[code] : key ? keyUnit(code) : lowerUnit(code);
      units[j] = unit;
      hash = addUnit(hash, unit);
    }
    this.lastHash = hash;
    return this.probe();
  }

  /** The length of word number `id`. */
  lengthOf(id: number): number {
    return this.wordLengths[id];
  }

  /** The first code unit of word number `id`. */
  firstUnitOf(id: number): number {
    return this.units[this.wordStarts[id]];
  }

  /** The last code unit of word number `id`. */
  lastUnitOf(id: number): number {
    return this.units[this.wordStarts[id] + this.wordLengths[id] - 1];
  }

  /** Puts word number `id` in word list `list` (newList). */
  addToList(id: number, list: number): void {
    this.listBits[list >> 5][id] |= 1 << (list & 31);
  }

  /** True when word list `list` holds word number `id` (a number of the lexicon). */
  inList(id: number, list: number): boolean {
    return (this.listBits[list >> 5][id] & (1 << (list & 31))) !== 0;
  }

  /** The number of a new word list. */
  newList(): number {
    if (this.listCount === 32 * this.listBits.length) throw new Error(`Lexicon: more than ${32 * this.listBits.length} word lists`);
    return this.listCount++;
  }

  /** lastUnits, with room for `length` units. */
  private unitsFor(length: number): Uint16Array {
    if (this.lastUnits.length < length) this.lastUnits = new Uint16Array(length * 2);
    this.lastLength = length;
    return this.lastUnits;
  }

  /** The number of the word in lastUnits, or -1. */
  private probe(): number {
    const { lastUnits, lastLength, lastHash, slots, units } = this;
    const mask = (slots.length >> 1) - 1;
    for (let slot = mix(lastHash) & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot + 1];
      if (entry === 0) return -1;
      if (slots[2 * slot] !== lastHash) continue;
      const id = entry - 1;
      if (this.wordLengths[id] !== lastLength) continue;
      const at = this.wordStarts[id];
      let j = 0;
      while (j < lastLength && units[at + j] === lastUnits[j]) j++;
      if (j === lastLength) return id;
    }
  }

  private place(id: number, slots: Int32Array): void {
    const mask = (slots.length >> 1) - 1;
    let slot = mix(this.wordHashes[id]) & mask;
    while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = this.wordHashes[id];
    slots[2 * slot + 1] = id + 1;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    for (let id = 0; id < this.size; id++) this.place(id, slots);
    this.slots = slots;
  }

  private growWords(): void {
    this.wordStarts = grown(this.wordStarts);
    this.wordLengths = grown(this.wordLengths);
    this.wordHashes = grown(this.wordHashes);
    this.listBits = this.listBits.map(grown);
  }
}

function grown<T extends Uint16Array | Int32Array | Uint32Array>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** The running hash of a word's folded units. */
function addUnit(hash: number, unit: number): number {
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
  readonly list: number;
  /** Shapes of the words (word-shapes.ts): most tokens fail this test without a look-up. */
  readonly shapes: WordShapes;

  /** `within` numbers the words: the tokens' lexicon, or a vocabulary of its own (knowledge.ts). */
  constructor(
    words: Iterable<string>,
    readonly key: boolean,
    readonly within: Lexicon = lexicon,
  ) {
    this.list = within.newList();
    const all = [...words];
    for (const word of all) within.addToList(within.intern(word), this.list);
    this.shapes = new WordShapes(all);
  }

  /**
   * The words of a list file's text (one a line; blank lines and lines starting with # skipped),
   * compared by key: interned from the text itself, the list's strings are never made. With
   * `written`, each word is also put in that list, compared by lower-case form, in the same pass.
   */
  static ofLines(text: string, within: Lexicon, written?: WordList): WordList {
    const list = new WordList([], true, within);
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      let last = end;
      if (last > start && text.charCodeAt(last - 1) === 13) last--;
      if (last > start && text.charCodeAt(start) !== 35) {
        const shape = shapeOf(last - start, text.charCodeAt(start), text.charCodeAt(last - 1));
        const keyId = within.internFolded(text, start, last, true);
        within.addToList(keyId, list.list);
        list.shapes.add(shape);
        if (written) {
          // most words have no accent: their lower-case form is their key
          let plain = true;
          for (let i = start; i < last && plain; i++) plain = text.charCodeAt(i) < 0x80;
          within.addToList(plain ? keyId : within.internFolded(text, start, last, false), written.list);
          written.shapes.add(shape);
        }
      }
      start = end + 1;
    }
    return list;
  }

  /** True when the word numbered `id` by `within` (-1 or a document's own number: none) is in the list. */
  holds(id: number): boolean {
    return id >= 0 && id < this.within.size && this.within.inList(id, this.list);
  }
}
