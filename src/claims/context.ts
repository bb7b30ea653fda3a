import type { AnalyzedDocument } from '../analysis.js';
import type { Span } from '../document/span.js';
import type { DateMention } from '../extract/dates/types.js';
import type { Entity } from '../extract/entities/types.js';
import type { Token } from '../tokenize/token.js';
import { findQuotes, type Quote } from './quotes.js';

/** One mention of an entity, flattened so mentions can be searched by offset. */
export interface EntityMention extends Span {
  readonly entity: Entity;
}

/**
 * What the claim steps read about a document, derived once: token ranges per sentence,
 * quotes, entity mentions in text order, and which sentences are headings.
 */
export class ClaimContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Span[];
  readonly dates: readonly DateMention[];
  readonly quotes: readonly Quote[];
  readonly mentions: readonly EntityMention[];
  /** For sentence i: tokens [firstToken[i], firstToken[i + 1]). */
  private readonly firstToken: number[];
  /** Folded token texts, filled on first use (see word). */
  private readonly folded: (string | undefined)[] = [];

  constructor(readonly analysis: AnalyzedDocument) {
    this.text = analysis.text;
    this.tokens = analysis.tokens;
    this.sentences = analysis.sentences;
    this.dates = analysis.dates;
    this.quotes = findQuotes(this.text);
    this.mentions = analysis.entities
      .flatMap((entity) => entity.mentions.map((mention) => ({ start: mention.start, end: mention.end, entity })))
      .sort((a, b) => a.start - b.start);
    this.firstToken = [];
    let t = 0;
    for (const sentence of this.sentences) {
      while (t < this.tokens.length && this.tokens[t].start < sentence.start) t++;
      this.firstToken.push(t);
    }
    this.firstToken.push(this.tokens.length);
  }

  /** Token i's text as phrases are written in data files: lower-case, ’ as '. Computed once per token. */
  readonly word = (i: number): string => {
    if (i < 0 || i >= this.tokens.length) return '';
    let folded = this.folded[i];
    if (folded === undefined) {
      const token = this.tokens[i];
      folded = this.text.slice(token.start, token.end).toLowerCase().replace(/’/g, "'");
      this.folded[i] = folded;
    }
    return folded;
  };

  /** Token index range [first, last) of sentence i. */
  sentenceTokens(sentence: number): [number, number] {
    const first = this.firstToken[sentence];
    let last = this.firstToken[sentence + 1];
    const end = this.sentences[sentence].end;
    while (last > first && this.tokens[last - 1].start >= end) last--;
    return [first, last];
  }

  /** Index of the first token starting at or after `offset`. */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.tokens[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Entity mentions that start in [from, to). */
  mentionsIn(from: number, to: number): EntityMention[] {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.mentions[mid].start < from) lo = mid + 1;
      else hi = mid;
    }
    const found: EntityMention[] = [];
    for (let i = lo; i < this.mentions.length && this.mentions[i].start < to; i++) found.push(this.mentions[i]);
    return found;
  }

  /**
   * A heading: a sentence alone on its line, without final punctuation, short — a
   * section title (« Amazon leader mondial du cloud ») rather than prose.
   */
  isHeading(sentence: number): boolean {
    const span = this.sentences[sentence];
    const before = this.text.lastIndexOf('\n', span.start - 1);
    const lineStart = before + 1;
    const after = this.text.indexOf('\n', span.end);
    const lineEnd = after === -1 ? this.text.length : after;
    if (this.text.slice(lineStart, span.start).trim() !== '' || this.text.slice(span.end, lineEnd).trim() !== '') return false;
    const last = this.text[span.end - 1];
    if (last === '.' || last === '!' || last === '?' || last === '…' || last === ':' || last === ';' || last === ',') return false;
    const [first, end] = this.sentenceTokens(sentence);
    return end - first <= 12;
  }
}
