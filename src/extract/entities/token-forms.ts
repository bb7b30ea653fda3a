import { keyText, lowerText } from './fold.js';

/** A token's text and its folded forms: one object shared by the tokens written the same way. */
export interface TokenForms {
  readonly text: string;
  /** Lower-cased, accents kept, ’ as '. */
  readonly lower: string;
  /** Lower-cased without accents. */
  readonly key: string;
}

interface CachedForms extends TokenForms {
  readonly hash: number;
}

// a direct-mapped cache: bounded, and a new word only evicts the word of its slot; small enough
// to stay in the processor's cache (a document uses a few hundred distinct words)
const SLOTS = 1 << 14;
/** The length from which V8 makes a slice a view on its parent string rather than a copy. */
const SLICE_MIN = 13;
const slots: (CachedForms | undefined)[] = new Array<CachedForms | undefined>(SLOTS).fill(undefined);

/**
 * The forms of text[start, end), from a cache of words seen lately. Words repeat within and
 * across documents (de, la, Amazon): most tokens then make no new string, and the maps that
 * later look their forms up find the strings' hashes already computed. `lowerSame` and
 * `keySame` say that the lower-case and key forms equal the text (the scanner knows).
 */
export function tokenForms(text: string, start: number, end: number, lowerSame: boolean, keySame: boolean): TokenForms {
  let hash = 0;
  for (let j = start; j < end; j++) hash = (Math.imul(hash, 31) + text.charCodeAt(j)) | 0;
  const slot = (hash ^ (hash >>> 15)) & (SLOTS - 1);
  const cached = slots[slot];
  if (cached !== undefined && cached.hash === hash && cached.text.length === end - start) {
    const cachedText = cached.text;
    let j = 0;
    while (j < cachedText.length && cachedText.charCodeAt(j) === text.charCodeAt(start + j)) j++;
    if (j === cachedText.length) return cached;
  }
  const surface = text.slice(start, end);
  // folding maps each code unit alone: folding the word equals slicing the folded text
  const lower = lowerSame ? surface : lowerText(surface);
  const forms: CachedForms = { text: surface, lower, key: keySame ? lower : keyText(surface), hash };
  // V8 cuts 13 code units or more as a view on the whole text: cached, such a word would keep
  // its document alive for as long as it stays in its slot (memory grew with the corpus)
  if (end - start < SLICE_MIN) slots[slot] = forms;
  return forms;
}
