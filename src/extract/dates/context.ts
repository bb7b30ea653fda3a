import type { IsoDate } from '../../document/iso-date.js';
import type { DatePrecision } from './types.js';
import type { DateMention } from './types.js';
import { toReference, type Reference } from './reference.js';
import { scanTokens, type DateTokens } from './scan-tokens.js';
import type { TokenTriggers } from './triggers.js';
import { dateVocabulary, type DateVocabulary } from './vocabulary.js';

/** What every date parser reads: the text, its tokens (with their folded text) and the document date. */
export interface DateContext {
  readonly text: string;
  readonly tokens: DateTokens;
  /** what each token can start: parsers visit only the tokens that can start their pattern */
  readonly triggers: TokenTriggers;
  readonly reference: Reference | null;
  readonly vocabulary: DateVocabulary;
}

/** The context's token arrays are reused by the next call: use one context at a time. */
export function createDateContext(text: string, reference: IsoDate | null): DateContext {
  const vocabulary = dateVocabulary();
  const { tokens, triggers } = scanTokens(text, vocabulary);
  return { text, tokens, triggers, reference: toReference(reference), vocabulary };
}

/** How a parser's reading resolves: the ISO prefix (or null), its precision, and whether the document date was needed. */
export interface Resolution {
  readonly value: string | null;
  readonly precision: DatePrecision;
  readonly relative: boolean;
}

/** A mention covering tokens.get(first) .. tokens.get(last) (inclusive). */
export function mentionOf(context: DateContext, first: number, last: number, resolution: Resolution): DateMention {
  return {
    start: context.tokens.get(first)!.start,
    end: context.tokens.get(last)!.end,
    value: resolution.value,
    precision: resolution.precision,
    relative: resolution.relative,
  };
}
