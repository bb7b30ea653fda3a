import type { Refiner } from '../../pipeline.js';
import type { Candidate, EntityContext } from '../candidate.js';
import { scratchBytes, scratchInts } from '../scratch-arrays.js';

const coverBytes = scratchBytes();

function sortedByStart(candidates: readonly Candidate[]): boolean {
  for (let i = 1; i < candidates.length; i++) if (candidates[i - 1].start > candidates[i].start) return false;
  return true;
}

/** Kept candidates by their first token (reused; emptied after each use). */
const keptByFirst: (Candidate | undefined)[] = [];
/** A bit per token: a kept candidate starts there. */
const firstBits = scratchInts();

/**
 * Candidates that share no token, by start: placed at their first token, and read back in token
 * order from a bit per token, 32 tokens a step: linear, and cheaper than a sort.
 */
function byStart(kept: readonly Candidate[], tokenCount: number): Candidate[] {
  while (keptByFirst.length < tokenCount) keptByFirst.push(undefined);
  const bits = firstBits.filled((tokenCount >> 5) + 1, 0);
  for (const candidate of kept) {
    keptByFirst[candidate.first] = candidate;
    bits[candidate.first >> 5] |= 1 << (candidate.first & 31);
  }
  const ordered: Candidate[] = [];
  for (let word = 0; word <= tokenCount >> 5; word++) {
    for (let rest = bits[word]; rest !== 0; rest &= rest - 1) {
      const first = (word << 5) + 31 - Math.clz32(rest & -rest);
      ordered.push(keptByFirst[first]!);
      keptByFirst[first] = undefined;
    }
  }
  return ordered;
}

/**
 * Keeps, among overlapping candidates, the best supported one (weight), then the longer,
 * then the earlier; returns them sorted by start. Token occupancy makes it linear.
 */
export const resolveOverlaps: Refiner<EntityContext, Candidate> = {
  name: 'resolveOverlaps',
  refine(candidates, context) {
    // how many candidates cover each token (saturating): a candidate alone on its tokens is
    // kept whatever the order, so only the contested few need sorting by strength
    const cover = coverBytes.filled(context.tokens.length, 0);
    for (const candidate of candidates) {
      for (let i = candidate.first; i <= candidate.last; i++) if (cover[i] < 255) cover[i]++;
    }
    const kept: Candidate[] = [];
    const contested: Candidate[] = [];
    for (const candidate of candidates) {
      let alone = true;
      for (let i = candidate.first; i <= candidate.last && alone; i++) alone = cover[i] === 1;
      (alone ? kept : contested).push(candidate);
    }
    if (contested.length > 0) {
      // the stable sort keeps the contested candidates in the order the whole list would give them
      contested.sort((a, b) => b.weight - a.weight || b.last - b.first - (a.last - a.first) || a.first - b.first);
      const taken = cover.fill(0, 0, context.tokens.length);
      for (const candidate of contested) {
        let free = true;
        for (let i = candidate.first; i <= candidate.last && free; i++) free = taken[i] === 0;
        if (!free) continue;
        for (let i = candidate.first; i <= candidate.last; i++) taken[i] = 1;
        kept.push(candidate);
      }
    }
    // kept candidates are disjoint: their starts differ, and this order is the only one
    return sortedByStart(kept) ? kept : byStart(kept, context.tokens.length);
  },
};
