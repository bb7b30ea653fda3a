import { isNameWithN } from '../../tokenize/scan-word.js';
import { foldChange, KEY_CHANGES, keyUnit, LOWER_CHANGES, lowerUnit } from './fold.js';
import { lexicon } from './lexicon.js';
import { isOpenerUnit } from './openers.js';
import { OwnWords } from './own-words.js';
import { shapeOf, type WordShapes } from './word-shapes.js';
import { tokenForms, type TokenForms } from './token-forms.js';

/** A word or a punctuation mark; words keep their case flags for name detection. */
export interface WordToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-cased, accents kept, ’ as '. */
  readonly lower: string;
  /** Lower-cased without accents: the key of gazetteer look-ups. */
  readonly key: string;
  readonly isWord: boolean;
  /** Starts with an upper-case letter. */
  readonly capitalised: boolean;
  /** Two or more letters, all upper-case. */
  readonly allCaps: boolean;
  /** No white space between this token and the previous one. */
  readonly joined: boolean;
  /** First word of a sentence, a line or a quotation: its capital says nothing. */
  readonly sentenceInitial: boolean;
  /** A line break lies between this token and the previous one. */
  readonly afterBreak: boolean;
  /** First code unit of `lower` and of `key` (all three forms have the same length), read without making the strings. */
  readonly lowerFirstUnit: number;
  readonly keyFirstUnit: number;
}

/**
 * Bits of a token's entry in a document's flag array: the passes over every token read these
 * bytes, packed together, and touch a token's object only when its flags make it a candidate.
 */
export const TOKEN_WORD = 1;
export const TOKEN_CAPITALISED = 2;
export const TOKEN_ALL_CAPS = 4;
export const TOKEN_JOINED = 8;
export const TOKEN_AFTER_BREAK = 16;
/** Its lower-case form differs from it (a capital somewhere). */
export const TOKEN_HAS_UPPER = 32;
export const TOKEN_DIGIT_START = 64;
/** A mark of OPENERS (openers.ts): quotes, brackets, dashes, sentence ends. */
export const TOKEN_OPENER = 128;

/** The key form differs from the lower-case one (its strings are made on first use). */
const KEY_DIFFERS = 256;
/** First word of a sentence, a line or a quotation (the scan and markSentenceStarts set it). */
export const TOKEN_SENTENCE_INITIAL = 512;
/** A code unit of it changes when upper-cased (a lower-case letter). */
export const TOKEN_HAS_LOWER = 1024;

/**
 * The tokens of one document in typed arrays (offsets and TOKEN_* flags), with token objects
 * made only for the tokens a parser or refiner asks for: most tokens are looked at through
 * their flags alone, so a document makes objects for a fraction of its tokens. The arrays may
 * be reused by the next scan into the same TokenBuffers: a DocumentTokens is valid until then.
 */
export class DocumentTokens {
  /** Token objects made so far (the array itself only once one is asked for). */
  private objects: (Word | undefined)[] | undefined = undefined;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** TOKEN_* flags of each token. */
  readonly flags: Uint16Array;
  /** The shape of each token (word-shapes.ts). */
  readonly shapes: Uint16Array;
  /** keyId and lowerId of each token once asked, NOT_LOOKED_UP before. */
  private readonly keyIds: Int32Array;
  private readonly lowerIds: Int32Array;
  private readonly ownWords: OwnWords;

  /**
   * Indices of the notable tokens, in order (the first notableCount entries): words with a capital
   * or a leading digit, and opening marks. Names, acronyms and titles start there: the parsers read
   * this list instead of every token.
   */
  readonly notables: Int32Array;

  constructor(
    readonly text: string,
    readonly length: number,
    buffers: TokenBuffers,
    readonly notableCount: number,
  ) {
    ({ starts: this.starts, ends: this.ends, flags: this.flags, shapes: this.shapes, notables: this.notables, keyIds: this.keyIds, lowerIds: this.lowerIds, ownWords: this.ownWords } = buffers);
    this.keyIds.fill(NOT_LOOKED_UP, 0, length);
    this.lowerIds.fill(NOT_LOOKED_UP, 0, length);
    this.ownWords.reset(length);
  }

  /**
   * The number of token `index`'s key: its lexicon number (lexicon.ts) when the lexicon holds it,
   * else a number of this document's own (own-words.ts). Equal numbers, equal keys.
   */
  keyId(index: number): number {
    let id = this.keyIds[index];
    if (id === NOT_LOOKED_UP) {
      id = lexicon.find(this.text, this.starts[index], this.ends[index], true);
      if (id < 0) id = this.ownWords.numberOfLastLookUp();
      this.keyIds[index] = id;
    }
    return id;
  }

  /** The lexicon number of token `index`'s lower-case form, or -1 when the lexicon does not hold it. */
  lowerId(index: number): number {
    // without a letter whose key differs, the lower-case form is the key
    if ((this.flags[index] & KEY_DIFFERS) === 0) {
      const id = this.keyId(index);
      return id < lexicon.size ? id : -1;
    }
    let id = this.lowerIds[index];
    if (id === NOT_LOOKED_UP) this.lowerIds[index] = id = lexicon.find(this.text, this.starts[index], this.ends[index], false);
    return id;
  }

  /** The code units of the keys of tokens [first, last] joined by spaces (the joined form of a name's key numbers). */
  keyUnits(first: number, last: number): number[] {
    const units: number[] = [];
    for (let i = first; i <= last; i++) {
      if (i > first) units.push(32);
      for (let j = this.starts[i]; j < this.ends[i]; j++) units.push(keyUnit(this.text.charCodeAt(j)));
    }
    return units;
  }

  /** Token `index`, or undefined (typed as a token, like an array's element) when out of range. */
  token(index: number): WordToken {
    if (!(index >= 0 && index < this.length)) return undefined as unknown as WordToken;
    const objects = (this.objects ??= new Array<Word | undefined>(this.length));
    let object = objects[index];
    if (object === undefined) objects[index] = object = new Word(this, index);
    return object;
  }

  /** The length of token `index` (all its forms have it), read without making the token. */
  lengthOf(index: number): number {
    return this.ends[index] - this.starts[index];
  }

  /** The first code unit of token `index`'s key, read without making the token. */
  keyFirstUnit(index: number): number {
    return keyUnit(this.text.charCodeAt(this.starts[index]));
  }

  /** False only when token `index` (its key or lower-case form) is none of the words of `shapes`. */
  mayBeIn(shapes: WordShapes, index: number): boolean {
    return shapes.mayHave(this.shapes[index]);
  }

  /** True when token `index` exists and is the one code unit `unit` (a mark), read without making the token. */
  isUnit(index: number, unit: number): boolean {
    return index >= 0 && index < this.length && this.ends[index] - this.starts[index] === 1 && this.text.charCodeAt(this.starts[index]) === unit;
  }

  /** Every token as an object, in order. */
  toArray(): WordToken[] {
    const all: WordToken[] = [];
    for (let i = 0; i < this.length; i++) all.push(this.token(i));
    return all;
  }
}

/**
 * A token of a DocumentTokens. Its offsets and flags are copied when it is made (only the
 * sentence-start flag changes after the scan, and is read from the document's array), so that
 * the passes read fields, not arrays through the document.
 */
class Word implements WordToken {
  private cachedForms: TokenForms | undefined = undefined;
  readonly start: number;
  readonly end: number;
  private readonly flags: number;
  constructor(
    private readonly tokens: DocumentTokens,
    private readonly index: number,
  ) {
    this.start = tokens.starts[index];
    this.end = tokens.ends[index];
    this.flags = tokens.flags[index];
  }
  private get forms(): TokenForms {
    return (this.cachedForms ??= tokenForms(this.tokens.text, this.start, this.end, (this.flags & TOKEN_HAS_UPPER) === 0, (this.flags & KEY_DIFFERS) === 0));
  }
  get text(): string {
    return this.forms.text;
  }
  get lower(): string {
    return this.forms.lower;
  }
  get key(): string {
    return this.forms.key;
  }
  get lowerFirstUnit(): number {
    return lowerUnit(this.tokens.text.charCodeAt(this.start));
  }
  get keyFirstUnit(): number {
    return keyUnit(this.tokens.text.charCodeAt(this.start));
  }
  get isWord(): boolean {
    return (this.flags & TOKEN_WORD) !== 0;
  }
  get capitalised(): boolean {
    return (this.flags & TOKEN_CAPITALISED) !== 0;
  }
  get allCaps(): boolean {
    return (this.flags & TOKEN_ALL_CAPS) !== 0;
  }
  get joined(): boolean {
    return (this.flags & TOKEN_JOINED) !== 0;
  }
  get afterBreak(): boolean {
    return (this.flags & TOKEN_AFTER_BREAK) !== 0;
  }
  get sentenceInitial(): boolean {
    return (this.tokens.flags[this.index] & TOKEN_SENTENCE_INITIAL) !== 0;
  }
}

/** A token's keyId or lowerId not asked for yet. */
const NOT_LOOKED_UP = -2;

/** Arrays a scan writes into, grown as needed and reused from document to document. */
export class TokenBuffers {
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  flags = new Uint16Array(1024);
  shapes = new Uint16Array(1024);
  notables = new Int32Array(1024);
  keyIds = new Int32Array(1024);
  lowerIds = new Int32Array(1024);
  readonly ownWords = new OwnWords();

  /** Room for `length` tokens (the scan writes every entry it uses). */
  reserve(length: number): void {
    if (this.starts.length < length) {
      const size = Math.max(length, this.starts.length * 2);
      this.starts = new Int32Array(size);
      this.ends = new Int32Array(size);
      this.flags = new Uint16Array(size);
      this.shapes = new Uint16Array(size);
      this.notables = new Int32Array(size);
      this.keyIds = new Int32Array(size);
      this.lowerIds = new Int32Array(size);
    }
  }
}

/** Elided words that stand alone before an apostrophe (l'Europe, jusqu'à), by length. */
const ELISIONS_BY_LENGTH: readonly (readonly string[])[] = (() => {
  const byLength: string[][] = [];
  for (const elision of ['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']) (byLength[elision.length] ??= []).push(elision);
  return Array.from(byLength, (list) => list ?? []);
})();

/** True when the key of text[start, end) is an elided word: compared unit by unit, no string made. */
function isElision(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length >= ELISIONS_BY_LENGTH.length) return false;
  for (const elision of ELISIONS_BY_LENGTH[length]) {
    let j = 0;
    while (j < length && keyUnit(text.charCodeAt(start + j)) === elision.charCodeAt(j)) j++;
    if (j === length) return true;
  }
  return false;
}
const letterOrDigit = /[\p{L}\p{M}\p{N}]/u;

// What one code unit is, in bits, so that the scanner reads one table entry per unit. The bits
// a token's flags take from its units have the values of those flags: TOKEN_WORD (a letter,
// mark or digit; the halves of a surrogate pair are not), TOKEN_CAPITALISED (an upper-case
// letter), TOKEN_DIGIT_START (0-9), TOKEN_OPENER, TOKEN_HAS_UPPER (its lower-case form differs),
// KEY_DIFFERS (its key differs from its lower-case form), TOKEN_HAS_LOWER (a lower-case letter).
/** Bits a token takes from its first unit. */
const FIRST_UNIT_FLAGS = TOKEN_WORD | TOKEN_CAPITALISED | TOKEN_DIGIT_START | TOKEN_OPENER;
/** Bits a token takes from any of its units. */
const ANY_UNIT_FLAGS = TOKEN_HAS_UPPER | KEY_DIFFERS | TOKEN_HAS_LOWER;
/** An apostrophe (', ’, ʼ). */
const APOSTROPHE_UNIT = 1 << 12;
/** White space between tokens. */
const SPACE_UNIT = 1 << 13;
/** A line break (white space too). */
const BREAK_UNIT = 1 << 14;
/** The entry has been filled. */
const KNOWN = 1 << 15;
const UNIT_CLASS = new Uint16Array(0x10000);

/** The class bits of a code unit, filled on first sight. */
function unitClass(code: number): number {
  const known = UNIT_CLASS[code];
  return known !== 0 ? known : classify(code);
}

/** Fills the class bits of a code unit (kept out of unitClass, which the scan's loop takes in whole). */
function classify(code: number): number {
  const char = String.fromCharCode(code);
  const fold = foldChange(code);
  let bits = KNOWN;
  const asciiWord = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code < 0x80 ? asciiWord : letterOrDigit.test(char)) bits |= TOKEN_WORD;
  if ((fold & LOWER_CHANGES) !== 0) bits |= TOKEN_HAS_UPPER | ((bits & TOKEN_WORD) !== 0 ? TOKEN_CAPITALISED : 0);
  if ((fold & KEY_CHANGES) !== 0) bits |= KEY_DIFFERS;
  if (char !== char.toUpperCase()) bits |= TOKEN_HAS_LOWER;
  if (code >= 48 && code <= 57) bits |= TOKEN_DIGIT_START;
  if (isOpenerUnit(code)) bits |= TOKEN_OPENER;
  if (isApostrophe(code)) bits |= APOSTROPHE_UNIT;
  if (isSpace(code)) bits |= SPACE_UNIT;
  if (code === 10 || code === 13) bits |= BREAK_UNIT;
  UNIT_CLASS[code] = bits;
  return bits;
}

function isWordUnit(code: number): boolean {
  return (unitClass(code) & TOKEN_WORD) !== 0;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

/**
 * Splits a text into words and single punctuation marks in one pass. An elision keeps its
 * apostrophe (« l' », « d' »); other apostrophes stay inside the word (aujourd'hui); hyphens
 * and dots are tokens of their own so that « Stellantis-Amazon » yields both names.
 */
export function scanWords(text: string): WordToken[] {
  return scanDocument(text, new TokenBuffers()).toArray();
}

/** scanWords into typed arrays: the tokens of a document, written into `buffers`. */
export function scanDocument(text: string, buffers: TokenBuffers): DocumentTokens {
  // no more tokens than code units
  buffers.reserve(text.length);
  const { starts, ends, flags, shapes, notables } = buffers;
  let notableCount = 0;
  let count = 0;
  const n = text.length;
  let i = 0;
  /** TOKEN_JOINED until white space, and TOKEN_AFTER_BREAK after a line break, for the next token. */
  let spacing = TOKEN_AFTER_BREAK;
  /** TOKEN_SENTENCE_INITIAL while the next word opens the text or a line or follows an opening mark. */
  let opening = TOKEN_SENTENCE_INITIAL;
  while (i < n) {
    const code = text.charCodeAt(i);
    const firstClass = unitClass(code);
    if ((firstClass & SPACE_UNIT) !== 0) {
      spacing |= (firstClass & BREAK_UNIT) !== 0 ? TOKEN_AFTER_BREAK : 0;
      spacing &= ~TOKEN_JOINED;
      i++;
      continue;
    }
    const start = i;
    // the classes of every unit of the token, gathered while scanning it
    let changes = firstClass;
    if ((firstClass & TOKEN_WORD) === 0) {
      // a surrogate pair (emoji) is one token
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
        changes |= unitClass(text.charCodeAt(i + 1)) & ~TOKEN_HAS_LOWER;
        i += 2;
      } else i++;
    } else {
      i++;
      while (i < n) {
        const unit = text.charCodeAt(i);
        // most units of a French text: an ASCII lower-case letter changes nothing but TOKEN_HAS_LOWER
        if (unit >= 0x61 && unit <= 0x7a) {
          changes |= TOKEN_HAS_LOWER;
          i++;
          continue;
        }
        const bits = unitClass(unit);
        if ((bits & TOKEN_WORD) !== 0) {
          changes |= bits;
          i++;
          continue;
        }
        // a domain keeps its period (« Stand.earth », « Booking.com »), as the tokeniser keeps « amazon.fr »
        if (unit === 0x2e && i + 2 < n && text.charCodeAt(i + 1) >= 0x61 && text.charCodeAt(i + 1) <= 0x7a && text.charCodeAt(i + 2) >= 0x61 && text.charCodeAt(i + 2) <= 0x7a) {
          changes |= TOKEN_HAS_LOWER;
          i++;
          continue;
        }
        if ((bits & APOSTROPHE_UNIT) !== 0) {
          // inside a word (aujourd'hui), or the end of an elision (l'Europe), which keeps it
          const elision = isElision(text, start, i) && !isNameWithN(text, start, i);
          const inside = i + 1 < n && isWordUnit(text.charCodeAt(i + 1)) && !elision;
          if (inside || elision) {
            changes |= bits;
            i++;
            if (inside) continue;
          }
        }
        break;
      }
    }
    let tokenFlags = (firstClass & FIRST_UNIT_FLAGS) | (changes & ANY_UNIT_FLAGS) | spacing;
    // two or more letters, none lower-case
    if ((tokenFlags & (TOKEN_CAPITALISED | TOKEN_HAS_LOWER)) === TOKEN_CAPITALISED && i - start >= 2) tokenFlags |= TOKEN_ALL_CAPS;
    // a word's capital says nothing at the start of a line or after an opening mark (a dash inside
    // a word, Stellantis-Amazon, opens nothing); markSentenceStarts adds the starts of sentences
    if ((tokenFlags & TOKEN_AFTER_BREAK) !== 0) opening = TOKEN_SENTENCE_INITIAL;
    let notable: number;
    if ((tokenFlags & TOKEN_WORD) !== 0) {
      tokenFlags |= opening;
      opening = 0;
      notable = tokenFlags & (TOKEN_HAS_UPPER | TOKEN_DIGIT_START);
    } else {
      if ((tokenFlags & TOKEN_OPENER) !== 0 && !((tokenFlags & TOKEN_JOINED) !== 0 && code === 0x2d)) opening = TOKEN_SENTENCE_INITIAL;
      notable = tokenFlags & TOKEN_OPENER;
    }
    flags[count] = tokenFlags;
    starts[count] = start;
    ends[count] = i;
    shapes[count] = shapeOf(i - start, code, text.charCodeAt(i - 1));
    // written every time, counted only for a notable token: no branch to mispredict
    notables[notableCount] = count;
    notableCount += notable !== 0 ? 1 : 0;
    count++;
    spacing = TOKEN_JOINED;
    // the one space after most words, without a turn of the loop
    if (i < n && text.charCodeAt(i) === 32) {
      spacing = 0;
      i++;
    }
  }
  return new DocumentTokens(text, count, buffers, notableCount);
}
