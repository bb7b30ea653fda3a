import { KeyNumberMap } from './key-number-map.js';
import type { DocumentTokens } from './scan-words.js';

/**
 * Numbers for names by their keys, as sequences of key numbers (DocumentTokens.keyId,
 * GazetteerEntry.canonicalKeys): two names get the same number when their keys are the same,
 * which their keys joined by spaces would say, without joining them. Numbers count from 0 in
 * order of first look-up; clear() starts again for the next document.
 */
export class NameNumbers {
  /** Names of one word, by its key number. */
  private readonly ofWord = new KeyNumberMap<number>();
  /** Names of two words or more, by the key number of their first word: the numbers of those names. */
  private readonly ofFirstWord = new KeyNumberMap<number[]>();
  /** Names of no word (a canonical name without a token). */
  private readonly empty: number[] = [];
  /** The key numbers of each name of ofFirstWord, by name number. */
  private readonly keysOf: (readonly number[] | undefined)[] = [];
  /** How many numbers are given. */
  size = 0;

  clear(): void {
    this.ofWord.clear();
    this.ofFirstWord.clear();
    this.empty.length = 0;
    this.keysOf.length = 0;
    this.size = 0;
  }

  /** The number of the name made of tokens [first, last]. */
  ofRange(tokens: DocumentTokens, first: number, last: number): number {
    if (first === last) return this.ofSingle(tokens.keyId(first));
    const known = this.ofFirstWord.get(tokens.keyId(first));
    if (known) {
      for (const number of known) if (sameKeys(this.keysOf[number]!, tokens, first, last)) return number;
    }
    const keys: number[] = [];
    for (let i = first; i <= last; i++) keys.push(tokens.keyId(i));
    return this.add(keys);
  }

  /** The number of the name whose tokens have these key numbers. */
  ofKeys(keys: readonly number[]): number {
    if (keys.length === 1) return this.ofSingle(keys[0]);
    const known = keys.length === 0 ? this.empty : this.ofFirstWord.get(keys[0]);
    if (known) {
      for (const number of known) {
        const other = this.keysOf[number]!;
        if (other.length === keys.length && other.every((key, k) => key === keys[k])) return number;
      }
    }
    return this.add(keys);
  }

  private ofSingle(key: number): number {
    let number = this.ofWord.get(key);
    if (number === undefined) {
      this.ofWord.set(key, (number = this.size++));
      this.keysOf.push(undefined);
    }
    return number;
  }

  private add(keys: readonly number[]): number {
    const number = this.size++;
    this.keysOf.push(keys);
    if (keys.length === 0) this.empty.push(number);
    else {
      const known = this.ofFirstWord.get(keys[0]);
      if (known) known.push(number);
      else this.ofFirstWord.set(keys[0], [number]);
    }
    return number;
  }
}

function sameKeys(keys: readonly number[], tokens: DocumentTokens, first: number, last: number): boolean {
  if (keys.length !== last - first + 1) return false;
  for (let k = 0; k < keys.length; k++) if (keys[k] !== tokens.keyId(first + k)) return false;
  return true;
}
