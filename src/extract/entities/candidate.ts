import type { Span } from '../../document/span.js';
import type { SpanCover } from './span-cover.js';
import type { EntityKnowledge } from './knowledge.js';
import type { NameNumbers } from './name-numbers.js';
import type { DocumentTokens } from './scan-words.js';
import type { EntityLabel } from './types.js';

/** What an entity parser proposes: a run of tokens, maybe labelled, with how sure it is. */
export interface Candidate extends Span {
  /** Token range [first, last]. */
  readonly first: number;
  readonly last: number;
  label: EntityLabel | null;
  /** Strength of the evidence: gazetteer 10, text definition 6, cue 4-5, bare capitals 1. */
  weight: number;
  readonly source: string;
  /** Canonical name known for it (gazetteer entry, long form of an acronym), if any. */
  canonical?: string;
  /** With canonical: the key numbers of its tokens (DocumentTokens.keyId). */
  canonicalKeys?: readonly number[];
  /** For an acronym defined in the text: true (its long form is canonical). */
  expands?: boolean;
}

export interface EntityContext {
  readonly text: string;
  readonly tokens: DocumentTokens;
  /** TOKEN_* flags of each token (scan-words.ts): tokens.flags. */
  readonly flags: Uint16Array;
  readonly knowledge: EntityKnowledge;
  /** Numbers of the document's names, shared by the steps that compare names (emptied for each document). */
  readonly names: NameNumbers;
  /** The document's dates and amounts: no name lies inside one. */
  readonly quantities: SpanCover;
}

export function candidateOf(
  context: EntityContext,
  first: number,
  last: number,
  label: EntityLabel | null,
  weight: number,
  source: string,
): Candidate {
  // every field from the start: candidates then share one shape, and the refiners' reads stay fast
  return { start: context.tokens.starts[first], end: context.tokens.ends[last], first, last, label, weight, source, canonical: undefined, canonicalKeys: undefined, expands: undefined };
}

/** The key numbers of tokens [first, last] (DocumentTokens.keyId). */
export function rangeKeys(tokens: DocumentTokens, first: number, last: number): number[] {
  const keys: number[] = [];
  for (let i = first; i <= last; i++) keys.push(tokens.keyId(i));
  return keys;
}
