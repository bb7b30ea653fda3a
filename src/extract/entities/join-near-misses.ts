import { JaroWinklerDistance } from 'natural/lib/natural/distance/index.js';
import type { Candidate } from './candidate.js';
import { couldBeNearMiss, couldBeNearMissByClasses, unitClasses } from './could-be-near-miss.js';
import { stringOfUnits } from './fold.js';
import type { NameGroups } from './name-groups.js';
import type { DocumentTokens } from './scan-words.js';

/**
 * Jaro–Winkler similarity above which an unknown name is taken for a misspelling of a
 * name of the same document (« Wal Street Journal » -> Wall Street Journal). Measured by
 * scripts/eval/ner.ts on one-letter slips of gazetteer names against pairs of distinct names.
 */
export const NEAR_MISS_THRESHOLD = 0.94;
/** Shorter names differ by one letter too often (Opel / Apple): no near-miss under this. */
export const NEAR_MISS_MIN_LENGTH = 8;

/** The length of a candidate's key: its tokens' keys joined by spaces. */
function keyLength(tokens: DocumentTokens, candidate: Candidate): number {
  let length = candidate.last - candidate.first;
  for (let i = candidate.first; i <= candidate.last; i++) length += tokens.lengthOf(i);
  return length;
}

/**
 * How many names a name is compared with at most in each of its two buckets (names that share
 * its first three units, names that share its last three): keeps the step linear in the names.
 */
const BUCKET_LIMIT = 64;
/** Units of a name's start and of its end that a one-letter slip in a long name leaves one of intact. */
const BUCKET_UNITS = 3;

/** The first or last BUCKET_UNITS units of a key as one number (16 bits each: exact in a double). */
function unitsKey(units: readonly number[], from: number): number {
  let key = 0;
  for (let k = from; k < from + BUCKET_UNITS; k++) key = key * 0x10000 + units[k];
  return key;
}

/** The names of two ascending lists of indices, merged in ascending order, each list cut at BUCKET_LIMIT. */
function* mergedBuckets(a: readonly number[], b: readonly number[]): Generator<number> {
  const aEnd = Math.min(a.length, BUCKET_LIMIT);
  const bEnd = Math.min(b.length, BUCKET_LIMIT);
  let i = 0;
  let j = 0;
  while (i < aEnd || j < bEnd) {
    if (j >= bEnd || (i < aEnd && a[i] < b[j])) yield a[i++];
    else if (i >= aEnd || b[j] < a[i]) yield b[j++];
    else {
      yield a[i++];
      j++;
    }
  }
}

/**
 * Near misses: an unknown name joins a close spelling of another name of the document. A
 * one-letter slip in a name of NEAR_MISS_MIN_LENGTH units or more leaves its first three or its
 * last three units intact, so each name is compared only with the names that share one of them.
 */
export function joinNearMisses(tokens: DocumentTokens, candidates: readonly Candidate[], surfaceIds: readonly number[], groups: NameGroups): void {
  // names long enough, each once, in order of first appearance, with their key's length and a candidate that writes them
  const distinct: number[] = [];
  const keyLengths: number[] = [];
  const writers: Candidate[] = [];
  const known: boolean[] = [];
  const listed: boolean[] = [];
  candidates.forEach((candidate, i) => {
    const id = surfaceIds[i];
    if (candidate.source === 'gazetteer') known[id] = true;
    if (listed[id]) return;
    listed[id] = true;
    const length = keyLength(tokens, candidate);
    if (length < NEAR_MISS_MIN_LENGTH) return;
    distinct.push(id);
    keyLengths.push(length);
    writers.push(candidate);
  });
  // a near miss takes two names
  if (distinct.length < 2) return;
  // keys as code units and their classes; strings only for the exact measure (pushed, not mapped:
  // map's result is a packed array before this function is optimised and a holey one after, and
  // each new kind of array deoptimises it)
  const keys: number[][] = [];
  const classes: number[] = [];
  for (const writer of writers) {
    const key = tokens.keyUnits(writer.first, writer.last);
    keys.push(key);
    classes.push(unitClasses(key));
  }
  const byStart = new Map<number, number[]>();
  const byEnd = new Map<number, number[]>();
  keys.forEach((key, n) => {
    for (const [buckets, bucketKey] of [[byStart, unitsKey(key, 0)], [byEnd, unitsKey(key, key.length - BUCKET_UNITS)]] as const) {
      const bucket = buckets.get(bucketKey);
      if (bucket === undefined) buckets.set(bucketKey, [n]);
      else bucket.push(n);
    }
  });
  for (let n = 0; n < distinct.length; n++) {
    const id = distinct[n];
    if (known[id]) continue;
    const key = keys[n];
    for (const m of mergedBuckets(byStart.get(unitsKey(key, 0))!, byEnd.get(unitsKey(key, key.length - BUCKET_UNITS))!)) {
      const otherId = distinct[m];
      if (otherId === id || Math.abs(keyLengths[m] - keyLengths[n]) > 2 || groups.find(otherId) === groups.find(id)) continue;
      const other = keys[m];
      if (!couldBeNearMissByClasses(key.length, classes[n], other.length, classes[m], NEAR_MISS_THRESHOLD)) continue;
      if (couldBeNearMiss(key, other, NEAR_MISS_THRESHOLD) && JaroWinklerDistance(stringOfUnits(key), stringOfUnits(other), {}) >= NEAR_MISS_THRESHOLD) {
        groups.union(id, otherId);
        break;
      }
    }
  }
}
