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
  /**
   * Names of two words or more, by a hash of their key numbers (keysHash): the numbers of those
   * names. Not by their first word: a document may name hundreds of « Velmora X » apart.
   */
  private readonly ofHash = new KeyNumberMap<number[]>();
  /** Names of no word (a canonical name without a token). */
  private readonly empty: number[] = [];
  /** The key numbers of each name of ofHash, by name number. */
  private readonly keysOf: (readonly number[] | undefined)[] = [];
  /** How many numbers are given. */
  size = 0;

  clear(): void {
    this.ofWord.clear();
    this.ofHash.clear();
    this.empty.length = 0;
    this.keysOf.length = 0;
    this.size = 0;
  }

  /** The number of the name made of tokens [first, last]. */
  ofRange(tokens: DocumentTokens, first: number, last: number): number {
    if (first === last) return this.ofSingle(tokens.keyId(first));
    let hash = HASH_SEED;
    for (let i = first; i <= last; i++) hash = mixKey(hash, tokens.keyId(i));
    const known = this.ofHash.get(hash);
    if (known) {
      for (const number of known) if (sameKeys(this.keysOf[number]!, tokens, first, last)) return number;
    }
    const keys: number[] = [];
    for (let i = first; i <= last; i++) keys.push(tokens.keyId(i));
    return this.add(keys, hash);
  }

  /** The number of the name whose tokens have these key numbers. */
  ofKeys(keys: readonly number[]): number {
    if (keys.length === 1) return this.ofSingle(keys[0]);
    const hash = keysHash(keys);
    const known = keys.length === 0 ? this.empty : this.ofHash.get(hash);
    if (known) {
      for (const number of known) {
        const other = this.keysOf[number]!;
        if (other.length === keys.length && other.every((key, k) => key === keys[k])) return number;
      }
    }
    return this.add(keys, hash);
  }

  private ofSingle(key: number): number {
    let number = this.ofWord.get(key);
    if (number === undefined) {
      this.ofWord.set(key, (number = this.size++));
      this.keysOf.push(undefined);
    }
    return number;
  }

  private add(keys: readonly number[], hash: number): number {
    const number = this.size++;
    this.keysOf.push(keys);
    if (keys.length === 0) this.empty.push(number);
    else {
      const known = this.ofHash.get(hash);
      if (known) known.push(number);
      else this.ofHash.set(hash, [number]);
    }
    return number;
  }
}

/** A hash of a name's key numbers, never KeyNumberMap's free-slot mark (-1): names that share it are told apart by their keys. */
const HASH_SEED = 0x2545f491;

function mixKey(hash: number, key: number): number {
  return (Math.imul(hash ^ key, 0x9e3779b1) >>> 1) | 0;
}

function keysHash(keys: readonly number[]): number {
  let hash = HASH_SEED;
  for (const key of keys) hash = mixKey(hash, key);
  return hash;
}

function sameKeys(keys: readonly number[], tokens: DocumentTokens, first: number, last: number): boolean {
  if (keys.length !== last - first + 1) return false;
  for (let k = 0; k < keys.length; k++) if (keys[k] !== tokens.keyId(first + k)) return false;
  return true;
}
