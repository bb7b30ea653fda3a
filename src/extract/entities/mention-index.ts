import type { Span } from '../../document/span.js';
import type { Entity } from './types.js';

/** One mention with the index of its entity in the array it was built from. */
export interface IndexedMention extends Span {
  readonly entity: number;
}

/**
 * All mentions of a document's entities sorted by start, for the questions the claims step
 * asks: which entity is named at this offset, and which was named last before it.
 */
export class MentionIndex {
  readonly mentions: readonly IndexedMention[];

  constructor(readonly entities: readonly Entity[]) {
    const mentions: IndexedMention[] = [];
    entities.forEach((entity, index) => {
      for (const mention of entity.mentions) mentions.push({ start: mention.start, end: mention.end, entity: index });
    });
    this.mentions = mentions.sort((a, b) => a.start - b.start);
  }

  /** Index of the last mention starting at or before offset, or -1. */
  private lastStartingBy(offset: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.mentions[mid].start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** The mention whose span contains offset, if any. */
  covering(offset: number): IndexedMention | undefined {
    const i = this.lastStartingBy(offset);
    const mention = this.mentions[i];
    return mention && offset < mention.end ? mention : undefined;
  }

  /** The last mention ending at or before offset, not before `from` (e.g. the sentence start). */
  preceding(offset: number, from = 0): IndexedMention | undefined {
    for (let i = this.lastStartingBy(offset); i >= 0; i--) {
      const mention = this.mentions[i];
      if (mention.start < from) return undefined;
      if (mention.end <= offset) return mention;
    }
    return undefined;
  }

  /** Mentions that lie inside a span (a sentence), in order. */
  within(span: Span): IndexedMention[] {
    const found: IndexedMention[] = [];
    for (let i = Math.max(0, this.lastStartingBy(span.start - 1) + 1); i < this.mentions.length; i++) {
      const mention = this.mentions[i];
      if (mention.start >= span.end) break;
      if (mention.end <= span.end) found.push(mention);
    }
    return found;
  }
}
