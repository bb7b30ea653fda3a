import type { AnalyzedDocument } from '../analysis.js';
import type { Span } from '../document/span.js';
import type { DateMention } from '../extract/dates/types.js';
import type { Entity } from '../extract/entities/types.js';
import type { Token } from '../tokenize/token.js';
import { countBefore } from '../document/sorted-search.js';
import { findQuotes, type Quote } from './quotes.js';
import { claimVocabulary, type OrganisationKind } from './vocabulary.js';

/** One mention of an entity, flattened so mentions can be searched by offset. */
export interface EntityMention extends Span {
  readonly entity: Entity;
}

/** How many mentions back an anaphor or a topic is looked for: a bound, so each figure costs constant work. */
export const MENTION_LOOKBACK = 200;

/**
 * What the claim steps read about a document, derived once: token ranges per sentence,
 * quotes, entity mentions in text order, line and paragraph starts, headings, dates per
 * sentence. Every step reads these instead of scanning the text again for each figure,
 * so claims cost time linear in the document.
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
  /** Folded token texts, filled on first use (see word); sized up front so writes out of order stay fast. */
  private readonly folded: (string | undefined)[];
  /** Offsets where lines and paragraphs start, ascending. */
  private readonly lineStarts: number[] = [0];
  private readonly paragraphStarts: number[] = [0];
  private kinds: Map<Entity, OrganisationKind | null> | undefined;
  /** Results computed once per sentence, quote or line: by table (what is computed), then by key (what for). */
  private readonly memos = new Map<string, Map<number, unknown>>();
  /** For sentence i: the nearest heading before it, -1 if none, UNKNOWN until looked for. */
  private headingBefore: number[] | undefined;
  private datesBySentence: (DateMention[] | undefined)[] | undefined;

  constructor(readonly analysis: AnalyzedDocument) {
    this.text = analysis.text;
    this.tokens = analysis.tokens;
    this.folded = new Array<string | undefined>(this.tokens.length);
    this.sentences = analysis.sentences;
    this.dates = analysis.dates;
    this.quotes = findQuotes(this.text);
    // plain loops: flatMap over nested maps costs twice as much here, for the same stable order
    const mentions: EntityMention[] = [];
    for (const entity of analysis.entities) for (const mention of entity.mentions) mentions.push({ start: mention.start, end: mention.end, entity });
    this.mentions = mentions.sort((a, b) => a.start - b.start);
    this.firstToken = [];
    let t = 0;
    for (const sentence of this.sentences) {
      while (t < this.tokens.length && this.tokens[t].start < sentence.start) t++;
      this.firstToken.push(t);
    }
    this.firstToken.push(this.tokens.length);
    for (let at = this.text.indexOf('\n'); at !== -1; at = this.text.indexOf('\n', at + 1)) {
      this.lineStarts.push(at + 1);
      // a blank line (spaces allowed) starts a paragraph after it
      let next = at + 1;
      while (next < this.text.length && (this.text[next] === ' ' || this.text[next] === '\t' || this.text[next] === '\r')) next++;
      if (this.text[next] === '\n' && this.paragraphStarts[this.paragraphStarts.length - 1] <= at) this.paragraphStarts.push(next + 1);
    }
  }

  /** The kind of organisation of each entity asked about (organisation-kind.ts), once per document. */
  get organisationKinds(): Map<Entity, OrganisationKind | null> {
    this.kinds ??= new Map();
    return this.kinds;
  }

  /** Whether `memo` has computed `key` of `table` already. */
  hasMemo(table: string, key: number): boolean {
    return this.memoTable(table).has(key);
  }

  /**
   * A value computed once for `key` (a sentence, a quote's offset, a line's) in `table` (what
   * is computed). Keys are numbers: a string key built and hashed per call cost more than
   * many of the lookups it saved.
   */
  memo<T>(table: string, key: number, compute: () => T): T {
    const values = this.memoTable(table);
    let value = values.get(key) as T | undefined;
    if (value === undefined && !values.has(key)) {
      value = compute();
      values.set(key, value);
    }
    return value as T;
  }

  private memoTable(table: string): Map<number, unknown> {
    let values = this.memos.get(table);
    if (!values) this.memos.set(table, (values = new Map()));
    return values;
  }

  /** The line holding `offset`, as [start, end) without its newline. */
  lineAround(offset: number): [number, number] {
    const k = lastAtOrBefore(this.lineStarts, offset);
    const start = this.lineStarts[k];
    const end = k + 1 < this.lineStarts.length ? this.lineStarts[k + 1] - 1 : this.text.length;
    return [start, end];
  }

  /** Where the paragraph that starts at `start` ends (the next paragraph's start, or the text's end). */
  paragraphEnd(start: number): number {
    const k = lastAtOrBefore(this.paragraphStarts, start);
    return k + 1 < this.paragraphStarts.length ? this.paragraphStarts[k + 1] : this.text.length;
  }

  /** Where the paragraph holding `offset` starts. */
  paragraphStart(offset: number): number {
    return this.paragraphStarts[lastAtOrBefore(this.paragraphStarts, offset)];
  }

  /** Up to MENTION_LOOKBACK mentions that start before `offset` and at or after `from`, nearest first. */
  mentionsBefore(offset: number, from = 0): EntityMention[] {
    const lo = countBefore(this.mentions.length, (k) => this.mentions[k].start < offset);
    const found: EntityMention[] = [];
    for (let k = lo - 1; k >= 0 && found.length < MENTION_LOOKBACK && this.mentions[k].start >= from; k--) found.push(this.mentions[k]);
    return found;
  }

  /** The dates of a sentence, those without a value too (« l'an dernier » in a document with no date): they hold their place. */
  datesOf(sentence: number): readonly DateMention[] {
    // found for the sentences asked about only (those with figures): by binary search over
    // the dates, each owned by the last sentence starting at or before it
    this.datesBySentence ??= new Array<DateMention[] | undefined>(this.sentences.length);
    let found = this.datesBySentence[sentence];
    if (found === undefined) {
      const { dates, sentences } = this;
      const from = sentence === 0 ? 0 : countBefore(dates.length, (k) => dates[k].start < sentences[sentence].start);
      const to = sentence + 1 < sentences.length ? countBefore(dates.length, (k) => dates[k].start < sentences[sentence + 1].start) : dates.length;
      found = [];
      for (let k = from; k < to; k++) found.push(dates[k]);
      this.datesBySentence[sentence] = found;
    }
    return found;
  }

  /** Whether a figure of the document starts in [from, to). */
  figuresIn(from: number, to: number): boolean {
    const figures = this.analysis.figures;
    const k = countBefore(figures.length, (n) => figures[n].start < from);
    return k < figures.length && figures[k].start < to;
  }

  /** Whether `offset` lies inside a date (« fin 2021 », « le 14 avril »). */
  inDate(offset: number): boolean {
    const k = countBefore(this.dates.length, (n) => this.dates[n].start <= offset) - 1;
    return k >= 0 && offset < this.dates[k].end;
  }

  /** The nearest heading before `sentence`, or -1. */
  headingAbove(sentence: number): number {
    // found by walking back only as far as the nearest heading or answer known, and kept for
    // every sentence passed: no sentence is read twice, and those after the last figure never
    const before = (this.headingBefore ??= new Array<number>(this.sentences.length + 1).fill(UNKNOWN));
    let s = sentence;
    while (s > 0 && before[s] === UNKNOWN && !this.isHeading(s - 1)) s--;
    const found = before[s] !== UNKNOWN ? before[s] : s === 0 ? -1 : s - 1;
    for (let k = s; k <= sentence; k++) before[k] = found;
    return found;
  }

  /** Token i's text as phrases are written in data files: lower-case, ’ as '. Computed once per token. */
  readonly word = (i: number): string => {
    if (i < 0 || i >= this.tokens.length) return '';
    let folded = this.folded[i];
    if (folded === undefined) {
      const token = this.tokens[i];
      folded = foldedSlice(this.text, token.start, token.end);
      this.folded[i] = folded;
    }
    return folded;
  };

  /** Whether token i starts with a capital letter (a name, perhaps one the entity step missed). */
  capitalised(i: number): boolean {
    const token = this.tokens[i];
    if (!token) return false;
    // read from the character code in Latin-1, where toLowerCase is known, as it is slow on two-byte text
    const c = this.text.charCodeAt(token.start);
    if (c < 0x80) return c >= 0x41 && c <= 0x5a;
    if (c <= 0xff) return c >= 0xc0 && c <= 0xde && c !== 0xd7;
    const first = this.text[token.start];
    return first !== first.toLowerCase();
  }

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
    return countBefore(this.tokens.length, (k) => this.tokens[k].start < offset);
  }

  /** Whether an entity mention covers `offset` (mentions are sorted and do not overlap). */
  inMention(offset: number): boolean {
    const k = countBefore(this.mentions.length, (m) => this.mentions[m].start <= offset) - 1;
    return k >= 0 && this.mentions[k].end > offset;
  }

  /** Entity mentions that start in [from, to). */
  mentionsIn(from: number, to: number): EntityMention[] {
    const lo = countBefore(this.mentions.length, (k) => this.mentions[k].start < from);
    const found: EntityMention[] = [];
    for (let i = lo; i < this.mentions.length && this.mentions[i].start < to; i++) found.push(this.mentions[i]);
    return found;
  }

  /**
   * A heading: a sentence alone on its line, without final punctuation, short — a
   * section title (« Amazon leader mondial du cloud ») rather than prose.
   */
  isHeading(sentence: number): boolean {
    const [first, end] = this.sentenceTokens(sentence);
    if (end - first > 12) return false;
    const span = this.sentences[sentence];
    const [lineStart] = this.lineAround(span.start);
    const [, lineEnd] = this.lineAround(Math.max(span.start, span.end - 1));
    // alone on its line: only blanks around it (a long run of them is no heading either)
    if (span.start - lineStart > 64 || lineEnd - span.end > 64) return false;
    if (!isBlank(this.text, lineStart, span.start) || !isBlank(this.text, span.end, lineEnd)) return false;
    const last = this.text[span.end - 1];
    if (last === '.' || last === '!' || last === '?' || last === '…' || last === ':' || last === ';' || last === ',') return false;
    // a byline (« Publié par l'Observatoire des multinationales, le 3 juin 2024 ») heads no section
    return claimVocabulary().bylineCues.matchAt(this.word, first, end) === null;
  }
}

/** A heading not looked for yet (see headingAbove). */
const UNKNOWN = -2;

/** Index of the last value <= `offset` in an ascending array starting with 0. */
function lastAtOrBefore(values: readonly number[], offset: number): number {
  return Math.max(0, countBefore(values.length, (k) => values[k] <= offset) - 1);
}

/**
 * text.slice(start, end) lower-cased, ’ as '. Most words are written in lower case already,
 * and toLowerCase is slow on the two-byte strings French text makes (a ’ or an œ is enough):
 * it runs only on words with a letter it may change, an upper-case one of ASCII or Latin-1
 * or any beyond Latin-1 (’ among them).
 */
function foldedSlice(text: string, start: number, end: number): string {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde) || c > 0xff) {
      const folded = text.slice(start, end).toLowerCase();
      return folded.includes('’') ? folded.replace(/’/g, "'") : folded;
    }
  }
  return text.slice(start, end);
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0) return false;
  }
  return true;
}
