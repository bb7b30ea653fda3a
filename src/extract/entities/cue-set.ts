import type { CuePhrase } from './knowledge.js';
import type { DocumentTokens } from './scan-words.js';
import { WordShapes } from './word-shapes.js';

/**
 * Word sequences looked up next to a name in constant time: indexed by the word that
 * touches the name (the last word of a « before » cue, the first of an « after » cue).
 */
export class CueSet {
  private readonly byEdge = new Map<string, CuePhrase[]>();
  private readonly edges: WordShapes;

  constructor(
    phrases: readonly CuePhrase[],
    private readonly side: 'before' | 'after',
  ) {
    for (const words of phrases) {
      const edge = side === 'before' ? words[words.length - 1] : words[0];
      const list = this.byEdge.get(edge) ?? [];
      list.push(words);
      this.byEdge.set(edge, list);
    }
    this.edges = new WordShapes(this.byEdge.keys());
  }

  /** True when a cue ends right before token `index` (before) or starts at it (after). */
  matchesAt(tokens: DocumentTokens, index: number): boolean {
    const edgeIndex = this.side === 'before' ? index - 1 : index;
    if (edgeIndex < 0 || edgeIndex >= tokens.length) return false;
    if (!this.edges.mayContainWord(tokens.lengthOf(edgeIndex), tokens.lowerFirstUnit(edgeIndex))) return false;
    const candidates = this.byEdge.get(tokens.token(edgeIndex).lower);
    if (!candidates) return false;
    for (const words of candidates) {
      const first = this.side === 'before' ? index - words.length : index;
      if (first < 0 || first + words.length > tokens.length) continue;
      let same = true;
      for (let k = 0; k < words.length && same; k++) same = tokens.token(first + k).lower === words[k];
      if (same) return true;
    }
    return false;
  }
}

const cueSets = new WeakMap<readonly CuePhrase[], CueSet>();

/** The CueSet of a list of phrases, built once. */
export function cueSet(phrases: readonly CuePhrase[], side: 'before' | 'after'): CueSet {
  let set = cueSets.get(phrases);
  if (!set) {
    set = new CueSet(phrases, side);
    cueSets.set(phrases, set);
  }
  return set;
}
