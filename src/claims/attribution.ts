import { countBefore } from '../document/sorted-search.js';
import type { Entity } from '../extract/entities/types.js';
import type { Refiner } from '../extract/pipeline.js';
import type { ClaimContext } from './context.js';
import { antecedent, inSubjectPosition, onCreditLine } from './antecedent.js';
import { designatedKind, givesViews, kindOf } from './organisation-kind.js';
import { quoteAt, type Quote } from './quotes.js';
import type { ClaimDraft } from './types.js';
import { claimVocabulary } from './vocabulary.js';

/** How many tokens may separate a reporting verb from its speaker (« explique tout de même Andie Weissman »). */
const SPEAKER_WINDOW = 6;
/** How far a role noun may stand from the name it introduces (« le secrétaire général de la FRC Mathieu Fleury »). */
const ROLE_WINDOW = 12;
/** How far from a figure an incise (« …, explique X, … ») is looked for, in tokens. */
const INCISE_WINDOW = 60;
/** How far after a reporting verb what it reports may start (« assure de son côté avoir … »). */
const REPORT_WINDOW = 4;
/** Auxiliaries of a reporting verb in the passé composé, inverted in an incise (« a-t-il déclaré »). */
const AUXILIARIES = new Set(['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient']);
/** Adverbs that may stand between the comma of an incise and its verb (« …, a encore précisé X »). */
const INCISE_ADVERBS = new Set(['encore', 'aussi', 'également', 'ainsi', 'alors', 'déjà', 'enfin', 'pourtant', 'toutefois', 'cependant', 'néanmoins', 'hier', 'ailleurs']);
/** Nouns of the incises that may stand between a reporting verb and what it reports (« de son côté », « pour sa part », « au contraire »). */
export const INCISE_NOUNS = new Set(['côté', 'part', 'contraire']);
/** Marks that open an incise (« …, explique X », « … », détaille X », « (estime X) »). */
const INCISE_OPENERS = new Set([',', '»', '"', '”', '(', '—', '–']);
/** Words that start what a reporting verb reports (« estime que … », « explique : « … », « assure avoir … », « détaille comment … »). */
const REPORT_STARTS = new Set(['que', "qu'", ':', '«', '"', 'avoir', 'être', 'comment', 'pourquoi', 'combien']);

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

/** Whether a person's name starts at token k. */
function personStartsAt(context: ClaimContext, k: number): boolean {
  const token = context.tokens[k];
  return context.mentionsIn(token.start, token.end).some((mention) => mention.entity.label === 'PER');
}

/** Pronouns that stand after « selon » or « d'après » for whoever the text was about. */
const STRESSED_PRONOUNS = new Set(['elle', 'elles', 'lui', 'eux']);

/** The nearest person or organisation named as the subject of a clause before `offset`, credit lines aside. */
function lastActor(context: ClaimContext, offset: number): Entity | null {
  for (const mention of context.mentionsBefore(offset)) {
    const { label } = mention.entity;
    if ((label === 'PER' || label === 'ORG') && !onCreditLine(context, mention) && inSubjectPosition(context, mention)) return mention.entity;
  }
  return null;
}

/**
 * Who tokens from `i` on name as a speaker: a person or organisation (« Benoît
 * Berthelot », « Amazon »), a role (« le journaliste » → the journalist named before,
 * « un porte-parole d'Amazon » → Amazon), or an inverted pronoun (« -t-il »).
 */
function speakerFrom(context: ClaimContext, i: number, limit: number): Entity | null {
  const { wordClass, anaphora, sourceNouns } = claimVocabulary();
  const token = context.tokens[i];
  if (!token) return null;
  const first = context.word(i);
  // « -t-il », « -elle »; « -t-on » names nobody
  if (first.startsWith('-')) return first.endsWith('-on') ? null : lastPerson(context, token.start);
  // « selon elle », « d'après eux »: the person or organisation the text was about last
  if (STRESSED_PRONOUNS.has(first)) return lastActor(context, token.start);
  let end = i + SPEAKER_WINDOW;
  for (let j = i; j < Math.min(limit, end); j++) {
    const mention = speakerAt(context, j);
    if (mention) return mention;
    const w = context.word(j);
    // « selon une étude de la Fevad », « d'après les chiffres publiés par l'Arcep »: who issued it comes further on
    if (sourceNouns.has(w)) end = Math.max(end, j + ROLE_WINDOW);
    // « selon l'entreprise », « a indiqué le groupe »: the organisation named before; « le cabinet Kantar » names
    // it, and « l'association France-Palestine » one the entity step missed, which is no one named before
    // the name may stand in brackets or be a Markdown link: « le cabinet (Synergy Research) », « [Synergy Research](…) »
    const named = isOpeningBracket(context.word(j + 1)) ? j + 2 : j + 1;
    if (anaphora.get(w) === 'ORG' && j > i && wordClass.get(context.word(j - 1)) === 'determiner' && !speakerAt(context, named)) {
      return context.capitalised(named) ? null : antecedent(context, context.tokens[j].start, true, designatedKind(w));
    }
    if (anaphora.get(w) === 'PER') {
      // « le secrétaire général de la FRC Mathieu Fleury »: the name follows the role, perhaps in
      // apposition after a comma (« estime sa porte-parole, Alice Martin », « selon la commissaire
      // à la Concurrence, Teresa Ribera, »)
      for (let k = j + 1; k < Math.min(limit, j + ROLE_WINDOW); k++) {
        const named = context.mentionsIn(context.tokens[k].start, context.tokens[k].end)[0];
        if (named?.entity.label === 'PER') return named.entity;
        const apposition = context.word(k) === ',' && k + 1 < context.tokens.length && personStartsAt(context, k + 1);
        if (context.tokens[k].kind === 'punct' && context.word(k) !== '(' && context.word(k) !== ')' && !apposition) break;
      }
      // « un porte-parole d'Amazon », « un analyste de la banque Oddo BHF »: speaks for the organisation
      if (wordClass.get(context.word(j + 1)) === 'preposition') {
        let head = j + 2;
        while (wordClass.get(context.word(head)) === 'determiner') head++;
        if (anaphora.get(context.word(head)) === 'ORG') head++;
        const owner = speakerAt(context, head);
        if (owner?.label === 'ORG') return owner;
      }
      return lastPerson(context, context.tokens[j].start, w);
    }
    if (!(wordClass.get(w) === 'determiner' || context.tokens[j].kind === 'word' || isOpeningBracket(w))) break;
  }
  return null;
}

function isOpeningBracket(word: string): boolean {
  return word === '(' || word === '[';
}

/** The person or organisation whose mention starts at token i, if any. */
function speakerAt(context: ClaimContext, i: number): Entity | null {
  const token = context.tokens[i];
  if (!token) return null;
  const mention = context.mentionsIn(token.start, token.end)[0];
  return mention && (mention.entity.label === 'PER' || mention.entity.label === 'ORG') ? mention.entity : null;
}

/** « selon X », « d'après X » between token indices [from, to). */
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

/**
 * « Pour l'économiste Jean Martin, … », « Pour Greenpeace, … », « Pour l'ONG, … » opening
 * a sentence: whose view it is — a person, or an organisation that gives views rather
 * than figures of its own: « Pour Carrefour, le chiffre d'affaires a progressé » is about
 * Carrefour, not by it.
 */
function opinionOf(context: ClaimContext, first: number, last: number): Entity | null {
  if (context.word(first) !== 'pour') return null;
  const { wordClass, anaphora } = claimVocabulary();
  // « Pour l'économiste Jean Martin, »: determiners and a role only between « pour » and the name
  let i = first + 1;
  while (wordClass.get(context.word(i)) === 'determiner' || anaphora.get(context.word(i)) === 'PER') i++;
  const speaker = speakerAt(context, i) ?? viewGiverDesignated(context, i);
  if (!speaker || (speaker.label === 'ORG' && !givesViews(kindOf(context, speaker)))) return null;
  const mention = context.mentionsIn(context.tokens[i].start, context.tokens[i].end)[0];
  const end = mention && mention.entity === speaker ? context.tokenAt(mention.end) : i + 1;
  for (let k = end; k < Math.min(last, i + ROLE_WINDOW); k++) {
    if (context.word(k) === ',') return speaker;
    if (context.tokens[k].kind === 'punct' && context.word(k) !== '"' && context.word(k) !== '(' && context.word(k) !== ')') return null;
  }
  return null;
}

/** « Pour l'ONG, … »: the organisation a designation of a view-giving kind refers to. */
function viewGiverDesignated(context: ClaimContext, i: number): Entity | null {
  const kind = designatedKind(context.word(i));
  if (!givesViews(kind) || claimVocabulary().anaphora.get(context.word(i)) !== 'ORG' || context.word(i + 1) !== ',') return null;
  return antecedent(context, context.tokens[i].start, true, kind);
}

function insideEntity(context: ClaimContext, i: number): boolean {
  const token = context.tokens[i];
  return context.mentionsIn(Math.max(0, token.start - 200), token.start).some((mention) => mention.end > token.start);
}

/**
 * « …, détaille Benoît Berthelot. » / « … explique-t-il » / « …, a-t-il déclaré »: a
 * reporting verb in an incise, then its speaker. Only an incise: in « 7 Français sur 10
 * jugent les délais d'Amazon satisfaisants », Amazon says nothing.
 */
function verbThenSpeaker(context: ClaimContext, from: number, to: number): Entity | null {
  const { speechVerbs } = claimVocabulary();
  for (let i = from; i < to; i++) {
    const word = context.word(i);
    if (speechVerbs.has(word)) {
      if (!opensIncise(context, i)) continue;
      const speaker = speakerFrom(context, i + 1, to + SPEAKER_WINDOW);
      if (speaker) return speaker;
    } else if (AUXILIARIES.has(word) && context.word(i + 1).startsWith('-') && speechVerbs.has(context.word(i + 2)) && opensIncise(context, i)) {
      // « a-t-il déclaré »: the inverted pronoun stands between the auxiliary and the verb
      const speaker = speakerFrom(context, i + 1, to + SPEAKER_WINDOW);
      if (speaker) return speaker;
    }
  }
  return null;
}

/** Whether token i starts an incise: after its opening mark, with at most an auxiliary and adverbs between. */
function opensIncise(context: ClaimContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const word = context.word(k);
    if (INCISE_OPENERS.has(word)) return true;
    if (!(AUXILIARIES.has(word) || INCISE_ADVERBS.has(word) || word.endsWith('ment'))) return false;
  }
  return i === 0;
}

/**
 * Whether token i is the reporting verb of an incise with its speaker after it (« …, a
 * annoncé le groupe jeudi », « …, explique-t-il »), not a participle (« …, écrit en 1667 »).
 */
export function isInciseVerb(context: ClaimContext, i: number): boolean {
  const { speechVerbs, wordClass } = claimVocabulary();
  if (!speechVerbs.has(context.word(i)) || !opensIncise(context, i)) return false;
  const next = context.word(i + 1);
  // the speaker, or the day it was said before the speaker (« a annoncé mercredi Mark Zuckerberg »)
  if (wordClass.get(next) === 'determiner' || next.startsWith('-') || speakerAt(context, i + 1) !== null) return true;
  return i + 1 < context.tokens.length && context.inDate(context.tokens[i + 1].start);
}

/** Whether what a reporting verb at token i reports follows it: « que », a colon or a quote, or an infinitive, a few words on at most. */
function reportsAfter(context: ClaimContext, i: number): boolean {
  const { wordClass } = claimVocabulary();
  for (let k = i + 1; k <= i + REPORT_WINDOW && k < context.tokens.length; k++) {
    const word = context.word(k);
    if (REPORT_STARTS.has(word)) return true;
    // « Cdiscount affirme livrer … », « assure vouloir … »
    if (k === i + 1 && (word.endsWith('er') || word.endsWith('ir')) && word.length > 4 && !wordClass.has(word)) return true;
    // only an incise may stand between: « de son côté », « pour sa part », « mardi », « également »
    const inIncise = wordClass.has(word) || INCISE_ADVERBS.has(word) || INCISE_NOUNS.has(word) || word.endsWith('ment') || context.inDate(context.tokens[k].start);
    if (!inIncise || speakerAt(context, k)) return false;
  }
  return false;
}

/** A reporting verb (its token) and who it says speaks. */
interface Report {
  readonly verb: number;
  readonly speaker: Entity;
}

/**
 * « Benoît Berthelot estime que … » / « X explique : « … » / « Amazon assure avoir … »: the
 * speakers then their reporting verbs in tokens [from, to), in order.
 */
function speakersThenVerbs(context: ClaimContext, from: number, to: number): Report[] {
  const { speechVerbs } = claimVocabulary();
  const reports: Report[] = [];
  for (let i = from; i < to; i++) {
    if (!speechVerbs.has(context.word(i)) || !reportsAfter(context, i)) continue;
    const end = beforeRelativeClause(context, i, from);
    for (let j = end - 1; j >= Math.max(from, end - SPEAKER_WINDOW); j--) {
      const speaker = speakerFrom(context, j, end);
      if (speaker) {
        reports.push({ verb: i, speaker });
        break;
      }
    }
  }
  return reports;
}

/**
 * Who reports the figure at token `figure`: the speaker of the last reporting verb before it in
 * its sentence (« Les syndicats revendiquent 30 %, un chiffre contesté par la direction, qui évoque
 * « moins de 5 % » »), else of the sentence's first (« … 30 %, affirme X » is an incise, read apart).
 */
function reporterOf(context: ClaimContext, sentence: number, figure: number, beforeOnly = false): Entity | null {
  const [first, last] = context.sentenceTokens(sentence);
  const reports = context.memo('sentence-reports', sentence, () => speakersThenVerbs(context, first, last));
  const k = countBefore(reports.length, (n) => reports[n].verb < figure) - 1;
  if (k < 0 && beforeOnly) return null;
  return reports[Math.max(k, 0)]?.speaker ?? null;
}

/** Words that open a relative clause. */
const RELATIVE_OPENERS = new Set(['qui', 'dont', 'que', "qu'", 'où']);
/** How long a relative clause between a speaker and the verb may be, in tokens. */
const RELATIVE_WINDOW = 25;

/**
 * « Andy Jassy, qui a succédé à Jeff Bezos en 2021, a indiqué que … »: the comma that opens a
 * relative clause closed right before the reporting verb at token i (its auxiliary aside), so
 * that the speaker is looked for before it; i when there is none.
 */
function beforeRelativeClause(context: ClaimContext, i: number, from: number): number {
  let k = i - 1;
  while (k > from && AUXILIARIES.has(context.word(k))) k--;
  if (context.word(k) !== ',') return i;
  for (let j = k - 1; j >= Math.max(from, k - RELATIVE_WINDOW); j--) {
    if (context.tokens[j].kind === 'punct') return context.word(j) === ',' && RELATIVE_OPENERS.has(context.word(j + 1)) ? j : i;
  }
  return i;
}

function quoteSpeaker(context: ClaimContext, quote: Quote, figureStart: number): Entity | null {
  const open = context.tokenAt(quote.inner.start);
  const figure = context.tokenAt(figureStart);
  // an incise inside the quote, shortly before the figure: « Amazon, …, explique le journaliste. Des robots … »
  const incise = verbThenSpeaker(context, Math.max(open, figure - INCISE_WINDOW), figure);
  if (incise) return incise;
  return context.memo('quote-speaker', quote.span.start, () => {
    // after the closing mark: « … »_, détaille Benoît Berthelot.
    let after = context.tokenAt(quote.span.end);
    while (after < context.tokens.length && context.tokens[after].kind !== 'word' && after < context.tokenAt(quote.span.end) + 3) after++;
    const closing = verbThenSpeaker(context, after, Math.min(context.tokens.length, after + 2));
    if (closing) return closing;
    // before the opening: the sentence that introduces it (« Amazon a, selon Benoît Berthelot, mis en place … : "Quand … »,
    // « Pour l'économiste Gabriel Zucman, « … » »)
    const sentence = context.analysis.sentenceIndexAt(quote.span.start);
    const [first] = context.sentenceTokens(sentence);
    return accordingTo(context, first, open) ?? reporterOf(context, sentence, open + 1, true) ?? opinionOf(context, first, open);
  });
}

export function attributionOf(context: ClaimContext, draft: ClaimDraft): Entity | null {
  const quote = quoteAt(context.quotes, draft.figure.start);
  if (quote) return quoteSpeaker(context, quote, draft.figure.start);
  const [first, last] = context.sentenceTokens(draft.sentence);
  // what names a speaker for the whole sentence is read once per sentence
  const according = context.memo('sentence-source', draft.sentence, () => accordingTo(context, first, last));
  const forSentence = according ?? reporterOf(context, draft.sentence, context.tokenAt(draft.figure.start)) ?? context.memo('sentence-opinion', draft.sentence, () => opinionOf(context, first, last));
  if (forSentence) return forSentence;
  const after = context.tokenAt(draft.figure.end);
  return verbThenSpeaker(context, after, Math.min(last, after + INCISE_WINDOW)) ?? answererOf(context, draft.sentence) ?? opinionAuthor(context);
}

/** A line that opens on this in the head of a text says it is an opinion piece (« Tribune. », « Point de vue »). */
const OPINION_LINE = /^(?:tribune|opinion|point de vue|éditorial|editorial|chronique)\b/im;
/** A byline: « Par Claire Lambert, économiste ». */
const BYLINE = /^par\s/i;

/**
 * « Tribune … ¶ Par Claire Lambert, économiste … »: in an opinion piece, what no one else is
 * said to say is its author's, the person of the byline in its head.
 */
function opinionAuthor(context: ClaimContext): Entity | null {
  return context.memo('opinion-author', 0, () => {
    const head = context.text.slice(0, INTERVIEW_HEAD);
    if (!OPINION_LINE.test(head)) return null;
    for (const mention of context.mentionsBefore(head.length).reverse()) {
      if (mention.entity.label !== 'PER') continue;
      const [lineStart, lineEnd] = context.lineAround(mention.start);
      if (BYLINE.test(context.text.slice(lineStart, lineEnd))) return mention.entity;
    }
    return null;
  });
}

/** How many lines that are each one question make a text an interview (one when a line says so). */
const INTERVIEW_QUESTIONS = 2;
/** A line that opens on this says the text is an interview (« Entretien avec … », « INTERVIEW. »). */
const INTERVIEW_LINE = /^(?:entretien|interview)\b/im;
/** How far into the text that line may stand: the head of the article. */
const INTERVIEW_HEAD = 600;

function announcesInterview(text: string): boolean {
  return INTERVIEW_LINE.test(text.slice(0, INTERVIEW_HEAD));
}

/** An interview's questions (the sentences that are each a whole line ending with « ? ») and the person it is with. */
interface Interview {
  readonly questions: readonly number[];
  readonly interviewee: Entity | null;
}

/** The document read as an interview, once: null when fewer than INTERVIEW_QUESTIONS lines are questions. */
function interviewOf(context: ClaimContext): Interview | null {
  return context.memo('interview', 0, () => {
    const questions: number[] = [];
    context.sentences.forEach((sentence, k) => {
      if (context.text.charAt(sentence.end - 1) !== '?') return;
      const [lineStart, lineEnd] = context.lineAround(sentence.start);
      const line = context.text.slice(lineStart, lineEnd);
      if (line.trim() === context.text.slice(sentence.start, sentence.end).trim()) questions.push(k);
    });
    if (questions.length < (announcesInterview(context.text) ? 1 : INTERVIEW_QUESTIONS)) return null;
    // the person the interview is with: the first one the text names before its first question
    const firstQuestion = context.sentences[questions[0]].start;
    const named = context.mentionsBefore(firstQuestion).filter((mention) => mention.entity.label === 'PER');
    return { questions, interviewee: named.length > 0 ? named[named.length - 1].entity : null };
  });
}

/**
 * « Combien de produits sont détruits ? ¶ Nous estimons qu'Amazon a détruit 3,2 millions de
 * produits »: in an interview, what follows a question is the answer of the person the
 * interview is with; the questions themselves are the interviewer's.
 */
function answererOf(context: ClaimContext, sentence: number): Entity | null {
  const interview = interviewOf(context);
  if (interview === null) return null;
  const { questions } = interview;
  const asked = countBefore(questions.length, (k) => questions[k] <= sentence) - 1;
  return asked >= 0 && questions[asked] !== sentence ? interview.interviewee : null;
}

export const resolveAttribution: Refiner<ClaimContext, ClaimDraft> = {
  name: 'resolveAttribution',
  refine: (drafts, context) => {
    // pushed, not mapped: see extractClaims
    const resolved: ClaimDraft[] = [];
    for (const draft of drafts) resolved.push({ ...draft, attribution: attributionOf(context, draft)?.canonical ?? null });
    return resolved;
  },
};
