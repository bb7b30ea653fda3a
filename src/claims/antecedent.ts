import type { Entity } from '../extract/entities/types.js';
import type { ClaimContext, EntityMention } from './context.js';
import { designatedKind, fitsDesignation, kindOf } from './organisation-kind.js';
import { claimVocabulary, type OrganisationKind } from './vocabulary.js';

// Who a mention is in its clause, and what a designation refers back to: read by the subject and attribution steps.

const SUBJECT_LABELS = new Set(['ORG', 'PRODUCT']);

/** An organisation or a product: what a claim may be about. */
export const isSubjectCandidate = (mention: EntityMention): boolean => SUBJECT_LABELS.has(mention.entity.label);

/**
 * Whether a mention stands as the subject of its clause rather than as a complement:
 * looking back over determiners and designations (« le titre Stellantis », « la société
 * X »), the word before is not a preposition (« par Amazon », « d'Amazon ») nor a
 * reporting verb (« a rapporté le New York Times »). A name in brackets stands where
 * what it glosses stands (« l'enquête de « Capital » (M6) » is a complement).
 */
export function inSubjectPosition(context: ClaimContext, mention: EntityMention): boolean {
  const { wordClass, anaphora, speechVerbs } = claimVocabulary();
  let i = context.tokenAt(mention.start) - 1;
  if (i >= 0 && context.text.charCodeAt(context.tokens[i].start) === OPENING_BRACKET) i = glossedStart(context, i) - 1;
  // « le titre », « la société » …: a few words at most stand between a preposition and the name;
  // the sentence's start is a subject's place (the title above may end on any word)
  const [sentenceFirst] = context.sentenceTokens(context.analysis.sentenceIndexAt(mention.start));
  const stop = Math.max(0, i - 6);
  while (i >= stop) {
    if (i < sentenceFirst) return true;
    const word = context.word(i);
    const cls = wordClass.get(word);
    if (cls === 'determiner' || cls === 'subsidiary' || anaphora.get(word) === 'ORG') i--;
    else if (isContentWord(context, i) && designationBefore(context, i, sentenceFirst) >= 0) i = designationBefore(context, i, sentenceFirst) - 1;
    // « …, a rapporté le New York Times »: the speaker of an incise is not what the clause is about;
    // a name right after a noun or an adjective is in apposition (« son assistant vocal Alexa »)
    else return cls !== 'preposition' && !speechVerbs.has(word) && !isContentWord(context, i);
  }
  return true;
}

/** How many words may describe an organisation between its designation and its name (« le géant américain du commerce en ligne Amazon »). */
const DESCRIPTION_WORDS = 8;
/** Words that join the words of such a description. */
const DESCRIPTION_JOINERS = new Set(['de', 'du', 'des', "d'", 'en']);

/**
 * The token of the designation of an organisation that the words back from token i describe
 * (« le géant américain du commerce en ligne » before « Amazon »): lower-case content words
 * and « de », « en » between; -1 when there is none.
 */
function designationBefore(context: ClaimContext, i: number, sentenceFirst: number): number {
  const { anaphora } = claimVocabulary();
  for (let j = i; j >= Math.max(sentenceFirst, i - DESCRIPTION_WORDS); j--) {
    const word = context.word(j);
    if (anaphora.get(word) === 'ORG') return j;
    if (!isContentWord(context, j) && !DESCRIPTION_JOINERS.has(word)) return -1;
  }
  return -1;
}

/**
 * A lower-case word that is neither a function word nor one after which a clause may start
 * (« et », « mais », « puis », « hier »…): a noun or an adjective, before which a name stands in
 * apposition rather than as a subject.
 */
function isContentWord(context: ClaimContext, i: number): boolean {
  const token = context.tokens[i];
  if (token.kind !== 'word' || context.capitalised(i)) return false;
  const word = context.word(i);
  const { wordClass, clauseOpeners } = claimVocabulary();
  return !wordClass.has(word) && !clauseOpeners.has(word);
}

const OPENING_BRACKET = 0x28;
/** How many words a bracketed gloss may follow (« la Commission luxembourgeoise (CNPD) »). */
const GLOSSED_WORDS = 4;
const QUOTE_MARKS = new Set(['«', '»', '"', '“', '”']);

/** The first token of the words a bracket that opens at token `open` glosses: content words and quote marks, back to a function word. */
function glossedStart(context: ClaimContext, open: number): number {
  const { wordClass } = claimVocabulary();
  let k = open;
  while (k > 0 && open - k < GLOSSED_WORDS) {
    const word = context.word(k - 1);
    if (!(QUOTE_MARKS.has(word) || (context.tokens[k - 1].kind === 'word' && !wordClass.has(word)))) break;
    k--;
  }
  return k;
}

/**
 * The organisation an anaphor (« la firme », « le groupe », « il ») refers to, outside
 * credit lines (« ©AFP - DENIS CHARLET » names no actor) and lists, and of a kind its
 * designation fits (« le groupe » is no regulator, « l'ONG » no company; a law is no one).
 * An anaphor that is the subject of its clause (« Le groupe prévoit… ») continues the
 * topic: the last organisation that was itself the subject of a clause. One inside a
 * complement (« des 14 marques du groupe ») names the organisation last mentioned.
 */
export function antecedent(context: ClaimContext, before: number, anaphorIsSubject: boolean, wanted: OrganisationKind | null = null): Entity | null {
  const headOffice = companyOfTown(context, context.tokenAt(before));
  if (headOffice !== undefined) return headOffice;
  let nearest: Entity | null = null;
  let source: Entity | null = null;
  let paragraph = context.paragraphStart(before);
  // nearest first, within MENTION_LOOKBACK mentions; the cheap tests first, as most mentions fail one
  for (const mention of context.mentionsBefore(before)) {
    if (mention.entity.label !== 'ORG' || onCreditLine(context, mention) || inEnumeration(context, mention)) continue;
    if (!fitsDesignation(kindOf(context, mention.entity), wanted)) continue;
    // « selon le cabinet Synergy Research »: who is quoted is rarely whom the text goes on about
    if (isCitedSource(context, mention)) {
      source ??= mention.entity;
      continue;
    }
    // nothing fits in the anaphor's paragraph: « l'entreprise » opening a new one is the
    // document's topic more often than the last organisation of the paragraph before
    if (mention.start < paragraph && nearest === null) {
      const topic = documentTopic(context, paragraph, wanted);
      if (topic) return topic;
      paragraph = -1;
    }
    if (!anaphorIsSubject) return mention.entity;
    nearest ??= mention.entity;
    if (inSubjectPosition(context, mention) && !isWholeSentence(context, mention) && !afterRelativePronoun(context, mention)) return mention.entity;
  }
  return nearest ?? source;
}

/** How many of the organisations named last make the document's topic so far. */
const TOPIC_WINDOW = 100;

/**
 * The organisation named most often among the last TOPIC_WINDOW mentions before `offset` (the
 * later one on a tie), of a kind that fits `wanted`: credit lines, lists and cited sources left out.
 */
function documentTopic(context: ClaimContext, offset: number, wanted: OrganisationKind | null): Entity | null {
  return context.memo(`document-topic:${wanted}`, offset, () => {
    const counts = new Map<Entity, number>();
    let best: Entity | null = null;
    let bestCount = 0;
    const mentions = context.mentionsBefore(offset);
    // oldest first, so that a later organisation named as often wins the tie
    for (let k = Math.min(mentions.length, TOPIC_WINDOW) - 1; k >= 0; k--) {
      const mention = mentions[k];
      if (mention.entity.label !== 'ORG' || onCreditLine(context, mention) || inEnumeration(context, mention) || isCitedSource(context, mention)) continue;
      if (!fitsDesignation(kindOf(context, mention.entity), wanted)) continue;
      const count = (counts.get(mention.entity) ?? 0) + 1;
      counts.set(mention.entity, count);
      if (count >= bestCount) {
        best = mention.entity;
        bestCount = count;
      }
    }
    return best;
  });
}

/** How many words may stand between « selon » and the source it names (« selon une étude du cabinet X »). */
const SOURCE_WINDOW = 8;
/** « de » and its contracted and elided forms. */
export const OF = new Set(['de', 'du', 'des', "d'"]);

/**
 * A mention cited as the source of what is said: after « selon » or « d'après », with only
 * determiners, designations, source nouns and « de » between (« selon le cabinet Synergy
 * Research », « d'après une étude de la Fevad »), or in a « source : » label.
 */
export function isCitedSource(context: ClaimContext, mention: EntityMention): boolean {
  const { wordClass, anaphora, sourceNouns } = claimVocabulary();
  let i = context.tokenAt(mention.start) - 1;
  for (const stop = Math.max(0, i - SOURCE_WINDOW); i >= stop; i--) {
    const word = context.word(i);
    if (isAccordingTo(context, i)) return true;
    if (!(wordClass.get(word) === 'determiner' || anaphora.get(word) === 'ORG' || sourceNouns.has(word) || OF.has(word))) return inSourceLabel(context, mention);
  }
  return inSourceLabel(context, mention);
}

/** Whether token i is « selon » or the « après » of « d'après », which name a source after them. */
export function isAccordingTo(context: ClaimContext, i: number): boolean {
  const word = context.word(i);
  return word === 'selon' || (word === 'après' && context.word(i - 1) === "d'");
}

/** What separates the sources of a list (« source : Capital / M6 »). */
const SOURCE_SEPARATORS = new Set(['/', ',', 'et']);

/** A mention in a « source : » label, alone or among other sources (« (source : Capital / M6) »): it names where a figure comes from. */
export function inSourceLabel(context: ClaimContext, mention: EntityMention): boolean {
  let i = context.tokenAt(mention.start) - 1;
  for (const stop = Math.max(0, i - SOURCE_WINDOW); i >= stop; i--) {
    const word = context.word(i);
    if (word === ':') return context.word(i - 1) === 'source' || context.word(i - 1) === 'sources';
    if (!(context.capitalised(i) || context.inMention(context.tokens[i].start) || SOURCE_SEPARATORS.has(word))) return false;
  }
  return false;
}

const RELATIVE_PRONOUNS = new Set(['dont', 'où', 'que', "qu'"]);

/** A mention right after a relative pronoun (« dont Amazon détient … »): the subject of a relative clause, not of the sentence. */
export function afterRelativePronoun(context: ClaimContext, mention: EntityMention): boolean {
  const { wordClass } = claimVocabulary();
  let i = context.tokenAt(mention.start) - 1;
  while (i >= 0 && wordClass.get(context.word(i)) === 'determiner') i--;
  return RELATIVE_PRONOUNS.has(context.word(i));
}

/** A mention that is all its sentence says (« INVENTAIRE. », a kicker): it names no clause's subject. */
export function isWholeSentence(context: ClaimContext, mention: EntityMention): boolean {
  // most mentions have words after them in their sentence
  const next = context.tokenAt(mention.end);
  if (next < context.tokens.length && context.tokens[next].kind !== 'punct') return false;
  const [first, last] = context.sentenceTokens(context.analysis.sentenceIndexAt(mention.start));
  let end = last;
  while (end > first && context.tokens[end - 1].kind === 'punct') end--;
  return context.tokens[first]?.start === mention.start && context.tokens[end - 1]?.end === mention.end;
}

/**
 * A mention in a photo credit, after « © » or « Photo : » on its line (« Un entrepôt Amazon, en
 * 2023. Photo : AFP »), or the agency of a dateline (« PARIS, 3 novembre (Reuters) - … »): it
 * names who reports, not an actor.
 */
export function onCreditLine(context: ClaimContext, mention: EntityMention): boolean {
  const [lineStart, lineEnd] = context.lineAround(mention.start);
  const credit = context.memo('credit', lineStart, () => {
    const line = context.text.slice(lineStart, lineEnd);
    const marks = [line.indexOf('©'), line.search(/\b(crédits? photo|photo ?:)/i)].filter((at) => at !== -1);
    const dateline = DATELINE.exec(line.slice(0, DATELINE_CHARS));
    const agency = dateline === null ? null : { start: lineStart + dateline[0].lastIndexOf('('), end: lineStart + dateline[0].lastIndexOf(')') };
    return { creditAt: marks.length === 0 ? -1 : lineStart + Math.min(...marks), agency };
  });
  if (credit.agency !== null && mention.start > credit.agency.start && mention.start < credit.agency.end) return true;
  return credit.creditAt !== -1 && mention.start >= credit.creditAt;
}

/**
 * A dateline opening a line: a town in capitals, perhaps a date, the agency in brackets and a
 * dash (« PARIS, 3 novembre (Reuters) - », « SEATTLE (AFP) — »). Bounded repeats: linear.
 */
const DATELINE = /^\s{0,4}\p{Lu}[\p{Lu} '’-]{1,40}(?:,[^()\n]{1,40})? ?\([^()\n]{1,40}\) ?[-–—]/u;
const DATELINE_CHARS = 160;

/** What joins the items of a list (« Apple, Microsoft et Nvidia »). */
const LIST_JOINERS = new Set([',', 'et', 'ou']);

/**
 * A mention among others of its kind in a comma list (« Renault, SNCF, Netflix… »): an
 * example, not the topic. « En France, Amazon … » is no list: the neighbours differ in kind.
 */
export function inEnumeration(context: ClaimContext, mention: EntityMention): boolean {
  const i = context.tokenAt(mention.start);
  const j = context.tokenAt(mention.end);
  const sameKindAt = (k: number): boolean =>
    k >= 0 && k < context.tokens.length && context.mentionsIn(context.tokens[k].start, context.tokens[k].end).some((other) => other.entity.label === mention.entity.label);
  return (LIST_JOINERS.has(context.word(i - 1)) && sameKindAt(i - 2)) || (LIST_JOINERS.has(context.word(j)) && sameKindAt(j + 1));
}

/** The organisation or product whose mention starts at token i. */
function subjectCandidateAt(context: ClaimContext, i: number): Entity | null {
  const token = context.tokens[i];
  return token ? (context.mentionsIn(token.start, token.end).find(isSubjectCandidate)?.entity ?? null) : null;
}

/**
 * The organisation a noun phrase from token i names: a name after its determiners (« par
 * Amazon », « à la CNIL »), the name after a designation (« le groupe Free »), or what a
 * designation alone refers back to (« par le groupe »).
 */
export function organisationNamedAt(context: ClaimContext, i: number): Entity | null {
  const { wordClass, anaphora } = claimVocabulary();
  let head = i;
  // a name may start with its article (« La Poste »)
  let named = subjectCandidateAt(context, head);
  while (!named && wordClass.get(context.word(head)) === 'determiner') named = subjectCandidateAt(context, ++head);
  if (named) return named;
  const designation = context.word(head);
  if (anaphora.get(designation) !== 'ORG') return null;
  return subjectCandidateAt(context, head + 1) ?? antecedent(context, context.tokens[head].start, false, designatedKind(designation));
}

/** Words a town's name may have (« Mountain View », « Menlo Park »). */
const LONGEST_TOWN = 2;

/**
 * The company a designation at token i names by the town of its head office (« le géant de
 * Seattle », « la firme de Cupertino »): the first company based there that the document
 * names; null when it names none of them (no other organisation may stand in); undefined
 * when the designation names no such town.
 */
export function companyOfTown(context: ClaimContext, i: number): Entity | null | undefined {
  const { designationKinds, headquarters } = claimVocabulary();
  if (designationKinds.get(context.word(i)) !== 'company' || context.word(i + 1) !== 'de' || !context.capitalised(i + 2)) return undefined;
  for (let length = LONGEST_TOWN; length >= 1; length--) {
    const last = context.tokens[i + 1 + length];
    const companies = last === undefined ? undefined : headquarters.get(context.text.slice(context.tokens[i + 2].start, last.end));
    if (companies === undefined) continue;
    for (const company of companies) {
      const entity = context.analysis.entities.find((e) => e.label === 'ORG' && (e.canonical === company || e.aliases.includes(company)));
      if (entity) return entity;
    }
    return null;
  }
  return undefined;
}
