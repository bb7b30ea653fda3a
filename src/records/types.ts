import type { Modality } from '../claims/types.js';
import type { DatePrecision } from '../extract/dates/types.js';
import type { EntityLabel } from '../extract/entities/types.js';
import type { FigureKind } from '../extract/figures/types.js';
import type { TokenKind } from '../tokenize/token.js';

/** The records of CONTRACT.md. Offsets are code points; `text` is exactly that slice. */

export interface TokenRecord {
  type: 'token';
  doc: string;
  i: number;
  sentence: number;
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
}

export interface SentenceRecord {
  type: 'sentence';
  doc: string;
  i: number;
  start: number;
  end: number;
  text: string;
}

export interface LangRecord {
  type: 'lang';
  doc: string;
  /** With `--by sentence`: the sentence's index and span. */
  sentence?: number;
  start?: number;
  end?: number;
  text?: string;
  lang: string;
  confidence: number;
}

export interface DocumentRecord {
  type: 'document';
  doc: string;
  title: string | null;
  source: string | null;
  url: string | null;
  date: string | null;
  lang: string;
  chars: number;
  sentences: number;
  tokens: number;
}

export interface FigureRecord {
  type: 'figure';
  doc: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  kind: FigureKind;
  value: number;
  unit: string | null;
  approx: boolean;
  per?: string;
}

export interface DateRecord {
  type: 'date';
  doc: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  value: string | null;
  precision: DatePrecision;
  relative: boolean;
}

export interface MentionRecord {
  start: number;
  end: number;
  text: string;
  sentence: number;
}

export interface EntityRecord {
  type: 'entity';
  doc: string;
  canonical: string;
  label: EntityLabel;
  aliases: string[];
  count: number;
  mentions: MentionRecord[];
}

export interface ClaimRecord extends Omit<FigureRecord, 'type'> {
  type: 'claim';
  subject: string | null;
  metric: string | null;
  time: string | null;
  attribution: string | null;
  modality: Modality;
  sentenceText: string;
}
