import type { CuePhrase } from './knowledge.js';
import { lexicon } from './lexicon.js';
import { TOKEN_CAPITALISED, TOKEN_SENTENCE_INITIAL, type DocumentTokens } from './scan-words.js';
import { shapeOf, WordShapes } from './word-shapes.js';

/** A capitalised word opening a sentence: a cue there belongs to a new sentence, not to the name before. */
const OPENS_SENTENCE = TOKEN_SENTENCE_INITIAL | TOKEN_CAPITALISED;

/**
 * Word sequences looked up next to a name in constant time: indexed by the word that
 * touches the name (the last word of a « before » cue, the first of an « after » cue), whose
 * lexicon entry carries a bit of this set.
 */
export class CueSet {
  private readonly byEdge = new Map<number, CuePhrase[]>();
  private readonly edgeList = lexicon.newList();
  /** Shapes of the edge words (word-shapes.ts): most words fail this test without a look-up. */
  private readonly edgeShapes = new WordShapes([]);

  constructor(
    phrases: readonly CuePhrase[],
    private readonly side: 'before' | 'after',
  ) {
    for (const words of phrases) {
      const edge = side === 'before' ? words[words.length - 1] : words[0];
      const list = this.byEdge.get(edge) ?? [];
      list.push(words);
      this.byEdge.set(edge, list);
      lexicon.addToList(edge, this.edgeList);
      this.edgeShapes.add(shapeOf(lexicon.lengthOf(edge), lexicon.firstUnitOf(edge), lexicon.lastUnitOf(edge)));
    }
  }

  /** True when a cue ends right before token `index` (before) or starts at it (after). */
  matchesAt(tokens: DocumentTokens, index: number): boolean {
    const edgeIndex = this.side === 'before' ? index - 1 : index;
    if (edgeIndex < 0 || edgeIndex >= tokens.length) return false;
    // « … inquiète en Aragon ¶ Le groupe prévoit … »: the title's last name is no group
    if (this.side === 'after' && (tokens.flags[index] & OPENS_SENTENCE) === OPENS_SENTENCE) return false;
    if (!tokens.mayBeIn(this.edgeShapes, edgeIndex)) return false;
    const edge = tokens.lowerId(edgeIndex);
    if (edge < 0 || !lexicon.inList(edge, this.edgeList)) return false;
    for (const words of this.byEdge.get(edge)!) {
      const first = this.side === 'before' ? index - words.length : index;
      if (first < 0 || first + words.length > tokens.length) continue;
      let same = true;
      for (let k = 0; k < words.length && same; k++) same = tokens.lowerId(first + k) === words[k];
      if (same) return true;
    }
    return false;
  }
}
