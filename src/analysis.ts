import { extractClaims } from './claims/extract-claims.js';
import type { Claim } from './claims/types.js';
import { CodePointIndex } from './document/code-points.js';
import type { Document } from './document/document.js';
import { parseIsoDate, type IsoDate } from './document/iso-date.js';
import { countBefore } from './document/sorted-search.js';
import type { Span } from './document/span.js';
import { extractDates } from './extract/dates/index.js';
import type { DateMention } from './extract/dates/types.js';
import { extractEntities } from './extract/entities/index.js';
import type { Entity } from './extract/entities/types.js';
import { extractFigures } from './extract/figures/index.js';
import type { Figure } from './extract/figures/types.js';
import { detectLanguage, documentPrior } from './language/index.js';
import type { LanguageGuess } from './language/types.js';
import { splitSentences } from './segment/index.js';
import { tokenize } from './tokenize/index.js';
import type { Token } from './tokenize/token.js';

/**
 * A document and what has been found in it. Each layer is computed on first use and
 * kept, so a command pays only for the layers it prints.
 */
export class AnalyzedDocument {
  private cache = new Map<string, unknown>();

  constructor(readonly document: Document) {}

  private memo<T>(key: string, compute: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, compute());
    return this.cache.get(key) as T;
  }

  get text(): string {
    return this.document.text;
  }

  get codePoints(): CodePointIndex {
    return this.memo('codePoints', () => new CodePointIndex(this.document.text));
  }

  get tokens(): Token[] {
    return this.memo('tokens', () => tokenize(this.document.text));
  }

  get sentences(): Span[] {
    return this.memo('sentences', () => splitSentences(this.document.text, this.tokens));
  }

  get language(): LanguageGuess {
    return this.memo('language', () => detectLanguage(this.document.text));
  }

  /**
   * The language of a piece of this document's text (a sentence, for `lang --by sentence`),
   * leaning towards the document's own language when the piece says little.
   */
  languageOf(text: string): LanguageGuess {
    return detectLanguage(text, { prior: documentPrior(this.language.lang) });
  }

  get referenceDate(): IsoDate | null {
    return this.document.date === null ? null : parseIsoDate(this.document.date);
  }

  get dates(): DateMention[] {
    return this.memo('dates', () => extractDates(this.document.text, this.referenceDate));
  }

  /** Quantities, less any inside a date (« 14 avril 2021 » holds no count of 14). */
  get figures(): Figure[] {
    return this.memo('figures', () => withoutSpansInside(extractFigures(this.document.text), this.dates));
  }

  /** Named entities, less any inside a date or an amount (« T4 » in « au T4 2023 »). */
  get entities(): Entity[] {
    return this.memo('entities', () => extractEntities(this.document.text, this.sentences, [...this.dates, ...this.figures]));
  }

  get claims(): Claim[] {
    return this.memo('claims', () => extractClaims(this));
  }

  /** Index of the sentence holding `offset` (the last sentence starting at or before it). */
  sentenceIndexAt(offset: number): number {
    const sentences = this.sentences;
    return Math.max(0, countBefore(sentences.length, (k) => sentences[k].start <= offset) - 1);
  }
}

/** Drops every span that overlaps one of `blockers` (both sorted by start); linear. */
function withoutSpansInside<S extends Span>(spans: readonly S[], blockers: readonly Span[]): S[] {
  const kept: S[] = [];
  let b = 0;
  for (const span of spans) {
    while (b < blockers.length && blockers[b].end <= span.start) b++;
    let overlapping = false;
    for (let k = b; k < blockers.length && blockers[k].start < span.end; k++) {
      if (blockers[k].end > span.start) {
        overlapping = true;
        break;
      }
    }
    if (!overlapping) kept.push(span);
  }
  return kept;
}
