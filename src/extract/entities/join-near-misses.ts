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

/** Near misses: an unknown name joins a close spelling of another name of the document. */
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
  // keys as code units and their classes, made for the names that have a partner of about their
  // length; strings only for the exact measure
  const keys: number[][] = [];
  const classes: number[] = [];
  const keyOf = (n: number): number[] => {
    if (keys[n] === undefined) classes[n] = unitClasses((keys[n] = tokens.keyUnits(writers[n].first, writers[n].last)));
    return keys[n];
  };
  for (let n = 0; n < distinct.length; n++) {
    const id = distinct[n];
    if (known[id]) continue;
    for (let m = 0; m < distinct.length; m++) {
      const otherId = distinct[m];
      if (otherId === id || Math.abs(keyLengths[m] - keyLengths[n]) > 2 || groups.find(otherId) === groups.find(id)) continue;
      const key = keyOf(n);
      const other = keyOf(m);
      if (!couldBeNearMissByClasses(key.length, classes[n], other.length, classes[m], NEAR_MISS_THRESHOLD)) continue;
      if (couldBeNearMiss(key, other, NEAR_MISS_THRESHOLD) && JaroWinklerDistance(stringOfUnits(key), stringOfUnits(other), {}) >= NEAR_MISS_THRESHOLD) {
        groups.union(id, otherId);
        break;
      }
    }
  }
}
