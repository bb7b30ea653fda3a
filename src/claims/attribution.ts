import type { Entity } from '../extract/entities/types.js';
import type { Refiner } from '../extract/pipeline.js';
import type { ClaimContext } from './context.js';
import { antecedent } from './subject.js';
import { quoteAt, type Quote } from './quotes.js';
import type { ClaimDraft } from './types.js';
import { claimVocabulary } from './vocabulary.js';

/** How many tokens may separate a reporting verb from its speaker (« explique tout de même Andie Weissman »). */
const SPEAKER_WINDOW = 6;
/** How far a role noun may stand from the name it introduces (« le secrétaire général de la FRC Mathieu Fleury »). */
const ROLE_WINDOW = 12;
/** How far from a figure an incise (« …, explique X, … ») is looked for, in tokens. */
const INCISE_WINDOW = 60;

/** The last person named before `offset` (what « il » or « le journaliste » refers to). */
function lastPerson(context: ClaimContext, offset: number, role?: string): Entity | null {
  // nearest first, within MENTION_LOOKBACK mentions
  const people = context.mentionsBefore(offset).filter((mention) => mention.entity.label === 'PER');
  if (role) {
    // a person introduced with this role: « le journaliste Benoît Berthelot », « X, porte-parole de Y »
    for (const mention of people) {
      const at = context.tokenAt(mention.start);
      for (let j = Math.max(0, at - 3); j <= at + 3 && j < context.tokens.length; j++) if (j !== at && context.word(j) === role) return mention.entity;
    }
  }
  return people[0]?.entity ?? null;
}

/**
 * Who tokens from `i` on name as a speaker: a person or organisation (« Benoît
 * Berthelot », « Amazon »), a role (« le journaliste » → the journalist named before,
 * « un porte-parole d'Amazon » → Amazon), or an inverted pronoun (« -t-il »).
 */
function speakerFrom(context: ClaimContext, i: number, limit: number): Entity | null {
  const { wordClass, anaphora } = claimVocabulary();
  const token = context.tokens[i];
  if (!token) return null;
  const first = context.word(i);
  if (first.startsWith('-')) return lastPerson(context, token.start);
  for (let j = i; j < Math.min(limit, i + SPEAKER_WINDOW); j++) {
    const mention = context.mentionsIn(context.tokens[j].start, context.tokens[j].end)[0];
    if (mention && (mention.entity.label === 'PER' || mention.entity.label === 'ORG')) return mention.entity;
    const w = context.word(j);
    // « selon l'entreprise », « a indiqué le groupe »: the organisation named before
    if (anaphora.get(w) === 'ORG' && j > i && wordClass.get(context.word(j - 1)) === 'determiner') return antecedent(context, context.tokens[j].start, true);
    if (anaphora.get(w) === 'PER') {
      // « le secrétaire général de la FRC Mathieu Fleury »: the name follows the role
      for (let k = j + 1; k < Math.min(limit, j + ROLE_WINDOW); k++) {
        const named = context.mentionsIn(context.tokens[k].start, context.tokens[k].end)[0];
        if (named?.entity.label === 'PER') return named.entity;
        if (context.tokens[k].kind === 'punct' && context.word(k) !== '(' && context.word(k) !== ')') break;
      }
      // « un porte-parole d'Amazon »: speaks for the organisation
      if (wordClass.get(context.word(j + 1)) === 'preposition') {
        const owner = context.mentionsIn(context.tokens[j + 1].end, context.tokens[j + 1].end + 40)[0];
        if (owner?.entity.label === 'ORG' && context.tokenAt(owner.start) <= j + 3) return owner.entity;
      }
      return lastPerson(context, context.tokens[j].start, w);
    }
    if (!(wordClass.get(w) === 'determiner' || context.tokens[j].kind === 'word')) break;
  }
  return null;
}

/** « selon X », « d'après X », « pour X, » between token indices [from, to). */
function accordingTo(context: ClaimContext, from: number, to: number): Entity | null {
  for (let i = from; i < to; i++) {
    const w = context.word(i);
    const isCue = w === 'selon' || (w === "d'" && context.word(i + 1) === 'après');
    if (!isCue) continue;
    if (insideEntity(context, i)) continue; // « Le monde selon Amazon » is a title
    const speaker = speakerFrom(context, w === 'selon' ? i + 1 : i + 2, to);
    if (speaker) return speaker;
  }
  return null;
}

function insideEntity(context: ClaimContext, i: number): boolean {
  const token = context.tokens[i];
  return context.mentionsIn(Math.max(0, token.start - 200), token.start).some((mention) => mention.end > token.start);
}

/** « …, détaille Benoît Berthelot. » / « … explique-t-il »: a reporting verb then its speaker. */
function verbThenSpeaker(context: ClaimContext, from: number, to: number): Entity | null {
  const { speechVerbs } = claimVocabulary();
  for (let i = from; i < to; i++) {
    if (!speechVerbs.has(context.word(i))) continue;
    const speaker = speakerFrom(context, i + 1, to + SPEAKER_WINDOW);
    if (speaker) return speaker;
  }
  return null;
}

/** « Benoît Berthelot estime que … » / « X explique : « … »: a speaker then a reporting verb. */
function speakerThenVerb(context: ClaimContext, from: number, to: number): Entity | null {
  const { speechVerbs } = claimVocabulary();
  for (let i = from; i < to; i++) {
    if (!speechVerbs.has(context.word(i))) continue;
    const next = context.word(i + 1);
    if (next !== 'que' && next !== "qu'" && next !== ':' && next !== '«' && next !== '"') continue;
    for (let j = i - 1; j >= Math.max(from, i - SPEAKER_WINDOW); j--) {
      const speaker = speakerFrom(context, j, i);
      if (speaker) return speaker;
    }
  }
  return null;
}

function quoteSpeaker(context: ClaimContext, quote: Quote, figureStart: number): Entity | null {
  const open = context.tokenAt(quote.inner.start);
  const figure = context.tokenAt(figureStart);
  // an incise inside the quote, shortly before the figure: « Amazon, …, explique le journaliste. Des robots … »
  const incise = verbThenSpeaker(context, Math.max(open, figure - INCISE_WINDOW), figure);
  if (incise) return incise;
  return context.memo(`quote-speaker:${quote.span.start}`, () => {
    // after the closing mark: « … »_, détaille Benoît Berthelot.
    let after = context.tokenAt(quote.span.end);
    while (after < context.tokens.length && context.tokens[after].kind !== 'word' && after < context.tokenAt(quote.span.end) + 3) after++;
    const closing = verbThenSpeaker(context, after, Math.min(context.tokens.length, after + 2));
    if (closing) return closing;
    // before the opening: the sentence that introduces it (« Amazon a, selon Benoît Berthelot, mis en place … : "Quand … »)
    const sentence = context.analysis.sentenceIndexAt(quote.span.start);
    const [first] = context.sentenceTokens(sentence);
    return accordingTo(context, first, open) ?? speakerThenVerb(context, first, open + 1);
  });
}

export function attributionOf(context: ClaimContext, draft: ClaimDraft): Entity | null {
  const quote = quoteAt(context.quotes, draft.figure.start);
  if (quote) return quoteSpeaker(context, quote, draft.figure.start);
  const [first, last] = context.sentenceTokens(draft.sentence);
  // what names a speaker for the whole sentence is read once per sentence
  const forSentence = context.memo(`sentence-speaker:${draft.sentence}`, () => accordingTo(context, first, last) ?? speakerThenVerb(context, first, last));
  if (forSentence) return forSentence;
  const after = context.tokenAt(draft.figure.end);
  return verbThenSpeaker(context, after, Math.min(last, after + INCISE_WINDOW));
}

export const resolveAttribution: Refiner<ClaimContext, ClaimDraft> = {
  name: 'resolveAttribution',
  refine: (drafts, context) => drafts.map((draft) => ({ ...draft, attribution: attributionOf(context, draft)?.canonical ?? null })),
};
