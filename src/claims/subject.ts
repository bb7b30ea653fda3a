import { countBefore } from '../document/sorted-search.js';
import type { Entity } from '../extract/entities/types.js';
import type { Refiner } from '../extract/pipeline.js';
import type { ClaimContext, EntityMention } from './context.js';
import { afterRelativePronoun, antecedent, isAccordingTo, companyOfTown, inEnumeration, inSourceLabel, OF, inSubjectPosition, isSubjectCandidate, isWholeSentence, onCreditLine, organisationNamedAt } from './antecedent.js';
import { INCISE_NOUNS } from './attribution.js';
import { labelBefore } from './label.js';
import { listIntroTopic } from './list-intro.js';
import { metricPhraseAt } from './metric.js';
import { designatedKind, fitsDesignation, givesViews, kindOf } from './organisation-kind.js';
import { passiveAgent } from './passive-agent.js';
import { rankedInApposition, rankedObject } from './ranked-subject.js';
import { sanctionOf } from './sanctioned.js';
import { sentenceTopic } from './sentence-topic.js';
import { isEarlierState } from './time.js';
import type { ClaimDraft } from './types.js';
import { claimVocabulary, type OrganisationKind } from './vocabulary.js';

/** What a metric may belong to when named as its complement (« le PIB de la France »). */
const OWNER_LABELS = new Set(['ORG', 'PRODUCT', 'LOC']);
/** Prepositions that name whose figure it is, right after it (« contre 20 % pour Microsoft », « 30 % chez Orange »). */
const OWNER_AFTER = new Set(['pour', 'chez']);
const POSSESSIVES = new Set(['sa', 'son', 'ses', 'leur', 'leurs']);
/** Prepositions that open a place, a time, a purpose, a partner or an agent, not the owner of the figure's noun phrase (« dans la plupart des pays de l'Union », « sur la période », « attendus par les analystes »). */
const ADJUNCT_PREPOSITIONS = new Set(['dans', 'sur', 'pour', 'vers', 'entre', 'selon', 'après', 'auprès', 'avec', 'face', 'devant', 'derrière', 'parmi', 'sans', 'sous', 'à', 'au', 'aux', 'par']);
/** How far after the figure its noun phrase's complement may lie (« 6 millions de clients des 14 marques du groupe »). */
const COMPLEMENT_WINDOW = 10;
/** Quote marks that open a name (« le magazine « Capital » »). */
const OPENING_QUOTES = new Set(['«', '"', '“']);
/** How far back a figure's clause may reach, in tokens. */
const CLAUSE_WINDOW = 60;

/** « sa division Amazon Web Services », « sa filiale X »: the part of the organisation that acts. */
function introducedAsDivision(context: ClaimContext, mention: EntityMention): boolean {
  const i = context.tokenAt(mention.start);
  return claimVocabulary().wordClass.get(context.word(i - 1)) === 'subsidiary' && POSSESSIVES.has(context.word(i - 2));
}

/**
 * Start offset of the clause holding token i: after the last « ; », « : » or dash of its
 * sentence, a « , mais » or « , tandis que » that opens a clause of its own, or the « que »
 * of reported speech (« L'ONG estime que les émissions … »: the speaker is not the subject
 * of what is said), and at most CLAUSE_WINDOW tokens back (a clause longer than that is a
 * list or a run-on, where nearer words are what matter).
 */
function clauseStart(context: ClaimContext, sentence: number, i: number): number {
  const [first] = context.sentenceTokens(sentence);
  const { wordClass } = claimVocabulary();
  const stop = Math.max(first, i - CLAUSE_WINDOW);
  for (let k = i - 1; k >= stop; k--) {
    const word = context.word(k);
    if (wordClass.get(word) === 'boundary') return context.tokens[k].end;
    if ((word === 'que' || word === "qu'") && k > first && reportsBefore(context, k, first)) return context.tokens[k].end;
    // « OVHcloud est un excellent acteur, mais le marché croît de 20 % », « …, tandis que Google … »
    if (word === 'mais' && context.word(k - 1) === ',') return context.tokens[k].end;
    if ((word === 'que' || word === "qu'") && CONTRASTS.has(context.word(k - 1)) && context.word(k - 2) === ',') return context.tokens[k].end;
  }
  return stop === first ? context.sentences[sentence].start : context.tokens[stop].start;
}

/** Words before « que » that open a contrasting clause after a comma (« , tandis que », « , alors que »). */
const CONTRASTS = new Set(['tandis', 'alors']);

/** Whether the figure at token i comes first after a reported « que », past function words (« que près de 30 % »). */
function opensReport(context: ClaimContext, sentence: number, i: number): boolean {
  const [first] = context.sentenceTokens(sentence);
  const { wordClass } = claimVocabulary();
  let k = i - 1;
  while (k > first && wordClass.has(context.word(k)) && context.word(k) !== 'que' && context.word(k) !== "qu'") k--;
  if (!(k > first && (context.word(k) === 'que' || context.word(k) === "qu'") && reportsBefore(context, k, first))) return false;
  // a company reporting figures reports its own (« Amazon annonce que 2 000 emplois seront créés »);
  // a regulator, an NGO, a newspaper or a person reports on others
  const speaker = context.mentionsIn(context.tokens[first].start, context.tokens[k].start).find((mention) => inSubjectPosition(context, mention));
  if (speaker && speaker.entity.label === 'ORG' && !givesViews(kindOf(context, speaker.entity))) return false;
  // « affirme que 100 % de l'électricité consommée par ses activités … »: a possessive names the speaker as owner
  for (let j = i + 1; j < Math.min(context.tokens.length, i + COMPLEMENT_WINDOW); j++) {
    if (POSSESSIVES.has(context.word(j))) return false;
    if (context.tokens[j].kind === 'punct') break;
  }
  return true;
}

/** How many words may stand between a reporting verb and its « que » (« révélait en 2019 que », « estime également que »). */
const REPORT_GAP = 4;

/** Whether the « que » at token k follows a reporting verb, with only dates, adverbs and incises between. */
function reportsBefore(context: ClaimContext, k: number, first: number): boolean {
  const { speechVerbs, wordClass } = claimVocabulary();
  for (let j = k - 1; j >= Math.max(first, k - 1 - REPORT_GAP); j--) {
    const word = context.word(j);
    if (speechVerbs.has(word)) return true;
    // a date with the preposition that opens it (« en 2019 »), an adverb, an incise (« estime pour sa part que »)
    const between = context.inDate(context.tokens[j].start) || context.inDate(context.tokens[j + 1].start) || word.endsWith('ment') || INCISE_NOUNS.has(word) || wordClass.has(word);
    if (!between) return false;
  }
  return false;
}

export function subjectOf(context: ClaimContext, draft: ClaimDraft): Entity | null {
  const { figure, sentence } = draft;
  const { anaphora, wordClass, marketSubjects, marketNouns } = claimVocabulary();
  const figureToken = context.tokenAt(figure.start);
  const tokenAfter = context.tokenAt(figure.end);
  const [, sentenceEnd] = context.sentenceTokens(sentence);
  const from = clauseStart(context, sentence, figureToken);
  const before = context.mentionsIn(from, figure.start).filter((mention) => isSubjectCandidate(mention) && !onCreditLine(context, mention));

  // 1. « Par sa division Amazon Web Services (AWS), la firme … domine … 47,8 % »
  const division = before.find((mention) => introducedAsDivision(context, mention));
  if (division) return division.entity;
  // 2. named right after it: « …, contre 20 % pour Microsoft »
  const ownerAfter = ownerRightAfter(context, figure.end);
  if (ownerAfter) return ownerAfter;
  // 2b. named right before its brackets: « à égalité avec Auchan (19,6 %) »
  const bracketed = ownerBeforeBrackets(context, figureToken);
  if (bracketed) return bracketed;
  // 2c. the agent of a passive the figure is the subject of: « 3,2 millions de produits avaient été jetés par Amazon »
  const agent = passiveAgent(context, tokenAfter, sentenceEnd);
  if (agent) return agent;
  // 2d. a fine is about who pays it, not who issues it: « La CNIL a sanctionné Amazon d'une amende de 32 millions d'euros »
  const sanction = sanctionOf(context, figure, from, sentence);
  if (sanction) return sanction.payer;
  // 2e. a figure in an opening adjunct belongs to the subject after it: « Avec près d'un tiers du marché, AWS reste … »
  const adjunctOwner = subjectAfterOpeningAdjunct(context, sentence, figureToken);
  if (adjunctOwner) return adjunctOwner;
  // 2e'. a rank in apposition to a name, and what comes with it: « loin devant Cdiscount, deuxième avec 7 % »;
  // the object a verb ranks: « Gartner classe AWS au premier rang »
  const ranked = rankedInApposition(context, figureToken) ?? (figure.kind === 'rank' ? rankedObject(context, figureToken) : null);
  if (ranked) return ranked;
  // 2f. the antecedent of the relative clause the figure is in: « un accord avec Amazon, qui versera 25 millions »
  const relative = relativeAntecedent(context, from, figureToken);
  if (relative) return relative;
  // 3. the clause's own subject: « AWS ne représente que 12 % du chiffre d'affaires d'Amazon »,
  // not that of a relative clause inside it (« Le constructeur Rivian, dont Amazon détient 17 %, a livré … »)
  for (let k = before.length - 1; k >= 0; k--) {
    // not one of a list, whose figure is the list's together (« OVHcloud, Scaleway ou Outscale n'en détiennent que 15 % »)
    if (inSubjectPosition(context, before[k]) && !opensRelativeClause(context, before[k], figureToken) && !comparedWith(context, before[k]) && !inConjunction(context, before[k])) return before[k].entity;
  }
  // 3b. the owner in the clause's subject: « un seul entrepôt d'Amazon jette 300 000 produits »
  const subjectOwner = ownerInClauseSubject(context, from, figureToken, before);
  if (subjectOwner) return subjectOwner;
  // 4. the owner of the metric named before it: « le chiffre d'affaires de Carrefour a atteint 90 milliards »
  const owner = metricOwnerBefore(context, from, figure);
  if (owner) return owner;

  // 5. the figure's noun phrase names its owner: « 6 millions de clients des 14 marques du groupe »
  let afterFigure = tokenAfter;
  const limit = Math.min(sentenceEnd, afterFigure + COMPLEMENT_WINDOW);
  // a designation right after a rank is what is ranked: « le 6ème groupe mondial »
  if (figure.kind === 'rank') {
    const designation = anaphora.get(context.word(afterFigure)) === 'ORG' ? afterFigure : anaphora.get(context.word(figureToken - 1)) === 'ORG' ? figureToken - 1 : -1;
    if (designation !== -1) return antecedent(context, figure.start, false, designatedKind(context.word(designation)));
  }
  for (; afterFigure < limit; afterFigure++) {
    const token = context.tokens[afterFigure];
    if (token.kind === 'punct' || token.kind === 'number') break;
    const word = context.word(afterFigure);
    if (wordClass.get(word) !== 'preposition') continue;
    if (ADJUNCT_PREPOSITIONS.has(word)) break;
    let head = afterFigure + 1;
    while (head < sentenceEnd && wordClass.get(context.word(head)) === 'determiner') head++;
    if (head >= sentenceEnd) break;
    // « du groupe Renault », « par le site Allociné »: the name after the designation; « du groupe »: the one it designates
    const owner = organisationNamedAt(context, afterFigure + 1);
    if (owner || anaphora.get(context.word(head)) === 'ORG') return owner;
  }

  // 5b. the label the figure follows: « Chiffre d'affaires d'AWS : 24,2 milliards », « Google Cloud : 11 % »
  const labelled = labelOwner(context, figureToken, figure.kind, sentence);
  if (labelled) return labelled;
  // 5c. the topic the sentence opens with: « Pour Carrefour, le chiffre d'affaires a progressé de 4 % », « Amazon : … »
  const topic = sentenceTopic(context, sentence);
  if (topic) return topic;

  // 5d. a figure that counts a population (« 8 Français sur 10 ignorent », « 67 millions d'habitants »)
  // is about people, not about the organisation in the news
  if (countsPopulation(context, figureToken, tokenAfter)) return null;
  // « Les trois leaders cumulent 63 % »: a count inside a subject that names a market's players (« ses quatre
  // concurrents » are those of the organisation « ses » refers to)
  const determiner = context.word(figureToken - 1);
  if (figure.kind === 'count' && wordClass.get(determiner) === 'determiner' && !POSSESSIVES.has(determiner) && marketSubjects.has(context.word(tokenAfter))) return null;

  // 6. an anaphor as the clause's subject: « la firme … », « il … », « c'est … »
  const [first] = context.sentenceTokens(sentence);
  for (let k = context.tokenAt(from); k < figureToken && k >= first; k++) {
    const word = context.word(k);
    // past a count between the determiner and the noun: « Les trois leaders cumulent 63 % »
    const counted = k >= 2 && context.figuresIn(context.tokens[k - 1].start, context.tokens[k - 1].end) ? 1 : 0;
    const nounDeterminer = context.word(k - 1 - counted);
    const designated = wordClass.get(nounDeterminer) === 'determiner' && wordClass.get(context.word(k - 2 - counted)) !== 'preposition';
    // « Le marché a pesé 79 milliards »: about a market or a population, not the organisation in the news;
    // « ses centres », « sa consommation » are the organisation's own
    if (designated && marketSubjects.has(word) && !(POSSESSIVES.has(nounDeterminer) && marketNouns.has(word))) return null;
    // « d'après elle, … »: a pronoun after a preposition is no subject
    const pronoun = wordClass.get(word) === 'pronoun' && wordClass.get(context.word(k - 1)) !== 'preposition';
    // « la société X », « le magazine « Capital » » name what they designate: no anaphor
    if (pronoun || (anaphora.get(word) === 'ORG' && designated && !context.capitalised(k + 1) && !OPENING_QUOTES.has(context.word(k + 1)))) {
      const wanted = designatedKind(word);
      const headOffice = companyOfTown(context, k);
      if (headOffice !== undefined) return headOffice;
      return topicOfParagraph(context, figure.start, wanted) ?? headingSubject(context, sentence, wanted) ?? antecedent(context, context.tokens[k].start, true, wanted);
    }
  }
  // 6b. a figure that opens what a speaker reports is its clause's subject, about no one (« Le ministère
  // estime que 630 millions d'euros de produits neufs étaient détruits »): not the speaker's
  if (opensReport(context, sentence, figureToken)) return null;
  // 7. the topic of what a list's colon introduced, the section's heading (« Amazon leader mondial du
  // cloud »), then the paragraph's topic
  return listIntroTopic(context, figure.start, (offset) => topicOfParagraph(context, offset)) ?? headingSubject(context, sentence) ?? topicOfParagraph(context, figure.start);
}

/**
 * A mention that is the subject of a relative clause closed before the figure: « dont Amazon
 * détient 17 % du capital, a livré 50 122 véhicules » (a comma after it, before the figure).
 */
function opensRelativeClause(context: ClaimContext, mention: EntityMention, figureToken: number): boolean {
  if (!afterRelativePronoun(context, mention)) return false;
  for (let k = context.tokenAt(mention.end); k < figureToken; k++) if (context.word(k) === ',') return true;
  return false;
}

/**
 * The organisation or person right before the « , qui » that opens the relative clause holding the
 * figure, with no punctuation between « qui » and the figure (« La FTC a annoncé un accord avec
 * Amazon, qui versera 25 millions de dollars »): the relative clause's subject.
 */
function relativeAntecedent(context: ClaimContext, from: number, figureToken: number): Entity | null {
  for (let k = figureToken - 1; k > Math.max(context.tokenAt(from), 1); k--) {
    const word = context.word(k);
    if (word === 'qui' && context.word(k - 1) === ',') {
      const before = context.tokens[k - 2];
      const named = context.mentionsIn(before.start, before.end).find((mention) => mention.end === before.end && isSubjectCandidate(mention));
      return named?.entity ?? null;
    }
    if (context.tokens[k].kind === 'punct' && word !== '«' && word !== '»') return null;
  }
  return null;
}

/** Words that join the last items of a list. */
const CONJUNCTIONS = new Set(['et', 'ou']);

/**
 * A mention joined by « et » or « ou » to another of its kind (« OVHcloud, Scaleway ou Outscale »,
 * « Amazon et Microsoft »): one of several that share the clause. A comma alone joins an adjunct
 * as often as a list (« Fondée par des chercheurs du MIT, iRobot … »).
 */
function inConjunction(context: ClaimContext, mention: EntityMention): boolean {
  const sameKindAt = (k: number): EntityMention | undefined =>
    k >= 0 && k < context.tokens.length ? context.mentionsIn(context.tokens[k].start, context.tokens[k].end).find((other) => other.entity.label === mention.entity.label) : undefined;
  const i = context.tokenAt(mention.start);
  if (CONJUNCTIONS.has(context.word(i - 1)) && sameKindAt(i - 2)) return true;
  // rightwards over « , Name » to the « et » or « ou » that closes the list (« OVHcloud, Scaleway ou Outscale »)
  let j = context.tokenAt(mention.end);
  for (let items = 0; items < LIST_ITEMS; items++) {
    const word = context.word(j);
    const next = sameKindAt(j + 1);
    if (!next) return false;
    if (CONJUNCTIONS.has(word)) return true;
    if (word !== ',') return false;
    j = context.tokenAt(next.end);
  }
  return false;
}

/** How many items of a comma list are walked to find its « et » or « ou ». */
const LIST_ITEMS = 8;

/** Words of comparison before « que » (« trois fois moins que Google »). */
const COMPARATIVES = new Set(['plus', 'moins', 'autant', 'aussi', 'davantage', 'mieux', 'pire']);

/** A mention that what is compared is set against (« C'est trois fois moins que Google (264,6 milliards) et un tiers de Meta »): no subject. */
function comparedWith(context: ClaimContext, mention: EntityMention): boolean {
  let i = context.tokenAt(mention.start) - 1;
  while (i >= 0 && claimVocabulary().wordClass.get(context.word(i)) === 'determiner') i--;
  if (context.word(i) !== 'que' && context.word(i) !== "qu'") return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (COMPARATIVES.has(context.word(k))) return true;
  return false;
}

/** Endings of a past participle that may open a sentence (« Valorisée 18,4 milliards, Anthropic … », « Fondé en 2021, … »). */
const PARTICIPLE_ENDINGS = ['é', 'ée', 'és', 'ées'];

function isPastParticiple(word: string): boolean {
  return word.length >= 5 && PARTICIPLE_ENDINGS.some((ending) => word.endsWith(ending));
}

/** How long an opening adjunct may be, in tokens. */
const ADJUNCT_WINDOW = 30;

/** Words that open an adjunct whose figures describe the subject that follows it (« Avec 30 % du marché, AWS … »). */
const DESCRIBING_ADJUNCTS = new Set(['avec', 'fort', 'forte', 'forts', 'fortes', 'grâce', 'riche']);

/**
 * The organisation right after the comma that closes a sentence's opening adjunct holding the
 * figure (« Avec près d'un tiers du marché mondial en 2023 selon Synergy [2], AWS reste loin
 * devant … », « Fort de 6 millions de clients, le groupe … », « Valorisée 18,4 milliards de
 * dollars, Anthropic viserait … »), or null.
 */
function subjectAfterOpeningAdjunct(context: ClaimContext, sentence: number, figureToken: number): Entity | null {
  const [first, last] = context.sentenceTokens(sentence);
  if (!(DESCRIBING_ADJUNCTS.has(context.word(first)) || isPastParticiple(context.word(first))) || figureToken - first > ADJUNCT_WINDOW) return null;
  for (let k = first; k < figureToken; k++) if (context.word(k) === ',') return null;
  let comma = figureToken;
  while (comma < Math.min(last, figureToken + ADJUNCT_WINDOW) && context.word(comma) !== ',') comma++;
  if (comma >= last || context.word(comma) !== ',') return null;
  return organisationNamedAt(context, comma + 1);
}

/** Whether the figure at tokens [first, after) counts a population: a people noun of market-subjects.tsv in it or right after it (past « de »); « 22 % du marché » is a share. */
function countsPopulation(context: ClaimContext, first: number, after: number): boolean {
  const { populationNouns } = claimVocabulary();
  for (let k = first; k < after; k++) if (populationNouns.has(context.word(k))) return true;
  const next = OF.has(context.word(after)) ? after + 1 : after;
  return populationNouns.has(context.word(next));
}

/** How many words the head of a clause's subject may take before « de » and its owner (« un seul entrepôt d'Amazon »). */
const SUBJECT_HEAD_WORDS = 4;

/**
 * The organisation a clause's subject belongs to, when the clause opens on a noun phrase
 * of lower-case words and « de » + that organisation: « Un seul entrepôt d'Amazon jette… »,
 * « Les salariés du groupe Carrefour réclament… ».
 */
function ownerInClauseSubject(context: ClaimContext, from: number, figureToken: number, before: readonly EntityMention[]): Entity | null {
  const start = context.tokenAt(from);
  // after an adjunct that opens the clause (« D'après une enquête, un seul entrepôt d'Amazon … »), not
  // in an apposition to the subject (« Le projet, concurrent direct de Starlink, prévoit … »)
  let comma = start;
  while (comma < figureToken && context.word(comma) !== ',') comma++;
  const opensAdjunct = claimVocabulary().wordClass.get(context.word(start)) === 'preposition' || context.word(start) === "d'" || context.inDate(context.tokens[start].start);
  return ownerOfSubjectAt(context, start, before) ?? (comma < figureToken && opensAdjunct ? ownerOfSubjectAt(context, comma + 1, before) : null);
}

function ownerOfSubjectAt(context: ClaimContext, first: number, before: readonly EntityMention[]): Entity | null {
  const { wordClass, anaphora, peopleRoles } = claimVocabulary();
  // « Selon une étude du cabinet Xerfi, … » names a source, not a subject
  if (isAccordingTo(context, first) || isAccordingTo(context, first + 1)) return null;
  for (let k = first + 1; k <= first + SUBJECT_HEAD_WORDS && k < context.tokens.length; k++) {
    if (context.tokens[k].kind !== 'word' || context.capitalised(k)) return null;
    // « Les analystes de Morgan Stanley tablent sur … »: people speak for their organisation, it owns nothing they count
    const word = context.word(k - 1);
    if (anaphora.get(word) === 'PER' || peopleRoles.has(word)) return null;
    if (!OF.has(context.word(k))) continue;
    // the owner named there, after its determiners and a designation at most (« du groupe Carrefour »)
    let head = k + 1;
    while (wordClass.get(context.word(head)) === 'determiner') head++;
    const owner = organisationNamedAt(context, k + 1);
    if (!owner || !before.some((mention) => mention.entity === owner && context.tokenAt(mention.start) <= head + 1)) return null;
    return owner;
  }
  return null;
}

function ownerRightAfter(context: ClaimContext, figureEnd: number): Entity | null {
  const i = context.tokenAt(figureEnd);
  if (!OWNER_AFTER.has(context.word(i))) return null;
  const mention = context.mentionsIn(context.tokens[i].end, context.tokens[i].end + 80).find(isSubjectCandidate);
  if (!mention) return null;
  let next = i + 1;
  while (claimVocabulary().wordClass.get(context.word(next)) === 'determiner') next++;
  return context.tokens[next]?.start === mention.start ? mention.entity : null;
}

/** The organisation named right before the bracket that opens at token `figureToken - 1`. */
function ownerBeforeBrackets(context: ClaimContext, figureToken: number): Entity | null {
  const bracket = context.tokens[figureToken - 1];
  if (!bracket || context.word(figureToken - 1) !== '(') return null;
  const named = context.mentionsBefore(bracket.start)[0];
  return named && isSubjectCandidate(named) && context.tokenAt(named.end) === figureToken - 1 ? named.entity : null;
}

/** Prepositions between a metric and its owner (« le chiffre d'affaires de Carrefour », « le taux de résiliation chez Bouygues »). */
const OWNER_PREPOSITIONS = new Set(['de', "d'", 'du', 'des', 'chez']);

/**
 * « <metric> de|du|d'|chez <owner> » before the figure, in its clause; the owner a name
 * (« de Carrefour ») or a designation of the organisation named before (« de la marque »).
 * A label's metric may be a counted noun (« Effectifs d'Amazon : 20 000 »): it names the
 * figure as its own noun would.
 */
function metricOwnerBefore(context: ClaimContext, from: number, figure: { start: number; kind: string }, asLabel = false): Entity | null {
  const { wordClass, anaphora } = claimVocabulary();
  const first = context.tokenAt(from);
  for (let i = context.tokenAt(figure.start) - 1; i > first; i--) {
    if (!OWNER_PREPOSITIONS.has(context.word(i))) continue;
    let head = i + 1;
    while (wordClass.get(context.word(head)) === 'determiner') head++;
    const start = context.tokens[head]?.start ?? figure.start;
    if (start >= figure.start) continue;
    const named = context.mentionsIn(start, start + 1).find((mention) => OWNER_LABELS.has(mention.entity.label));
    if (!named && anaphora.get(context.word(head)) !== 'ORG') continue;
    // a metric phrase that ends right before the preposition
    for (let phraseStart = Math.max(first, i - 4); phraseStart < i; phraseStart++) {
      const match = metricPhraseAt(context, phraseStart, i, figure.kind, asLabel);
      if (match && match.end === i) return named ? named.entity : antecedent(context, start, false, designatedKind(context.word(head)));
    }
  }
  return null;
}

/** Whose figure a label names: the owner of its metric (« Chiffre d'affaires d'AWS : »), or the name it is (« Google Cloud : »). */
function labelOwner(context: ClaimContext, figureToken: number, kind: string, sentence: number): Entity | null {
  const label = labelBefore(context, figureToken, sentence);
  if (!label) return null;
  const [start, colon] = label;
  const owner = metricOwnerBefore(context, context.tokens[start].start, { start: context.tokens[colon].start, kind }, true);
  if (owner) return owner;
  const named = context.mentionsIn(context.tokens[start].start, context.tokens[start].end).find(isSubjectCandidate);
  return named && context.tokenAt(named.end) === colon ? named.entity : null;
}

/** The last organisation named as a subject earlier in the paragraph (within MENTION_LOOKBACK mentions), of a kind that fits `wanted`. */
function topicOfParagraph(context: ClaimContext, offset: number, wanted: OrganisationKind | null = null): Entity | null {
  const from = context.paragraphStart(offset);
  let named: EntityMention | null = null;
  for (const mention of context.mentionsBefore(offset, from)) {
    if (!isSubjectCandidate(mention) || onCreditLine(context, mention) || inSourceLabel(context, mention) || !inSubjectPosition(context, mention) || inEnumeration(context, mention) || isWholeSentence(context, mention) || afterRelativePronoun(context, mention)) continue;
    if (fitsDesignation(kindOf(context, mention.entity), wanted)) {
      named = mention;
      break;
    }
  }
  // a sentence opening on a designation since (« L'entreprise, qui gère huit entrepôts, … ») goes on with what it designates
  const designation = lastOpeningDesignation(context, named?.end ?? from, offset);
  if (designation !== null) {
    const kind = designatedKind(context.word(designation));
    if (fitsDesignation(kind, wanted)) return antecedent(context, context.tokens[designation].start, true, kind) ?? named?.entity ?? null;
  }
  return named?.entity ?? null;
}

/**
 * The token of the last designation of an organisation (« l'entreprise », « le groupe ») that
 * opens a sentence starting in [from, to), without a name after it and not reporting what
 * follows (« L'ONG estime que … » names a speaker), or null.
 */
function lastOpeningDesignation(context: ClaimContext, from: number, to: number): number | null {
  const openings = openingDesignations(context, context.paragraphStart(from));
  // the last one only: what it designates is the paragraph's topic from there on
  const n = countBefore(openings.length, (k) => context.tokens[openings[k]].start < to) - 1;
  if (n < 0) return null;
  const k = openings[n];
  return context.tokens[k].start >= from && !speaksBefore(context, k, to) ? k : null;
}

/** The designations that open the sentences of the paragraph starting at `paragraphStart`, in order: found once per paragraph. */
function openingDesignations(context: ClaimContext, paragraphStart: number): number[] {
  return context.memo('opening-designations', paragraphStart, () => {
    const { wordClass, anaphora } = claimVocabulary();
    const found: number[] = [];
    const end = context.paragraphEnd(paragraphStart);
    for (let s = context.analysis.sentenceIndexAt(paragraphStart); s < context.sentences.length && context.sentences[s].start < end; s++) {
      if (context.sentences[s].start < paragraphStart) continue;
      const [first, last] = context.sentenceTokens(s);
      let k = first;
      while (k < last && wordClass.get(context.word(k)) === 'determiner') k++;
      if (k > first && k < last && anaphora.get(context.word(k)) === 'ORG' && !context.capitalised(k + 1)) found.push(k);
    }
    return found;
  });
}

/** Whether a reporting verb follows token k in its sentence, before offset `to` (« L'ONG estime que … »): the designation is then a speaker. */
function speaksBefore(context: ClaimContext, k: number, to: number): boolean {
  const { speechVerbs } = claimVocabulary();
  const [, last] = context.sentenceTokens(context.analysis.sentenceIndexAt(context.tokens[k].start));
  for (let j = k + 1; j < last && context.tokens[j].start < to; j++) if (speechVerbs.has(context.word(j))) return true;
  return false;
}

/** The organisation named by the heading of the section holding `sentence`, if any, of a kind that fits `wanted` (credit lines are no headings). */
function headingSubject(context: ClaimContext, sentence: number, wanted: OrganisationKind | null = null): Entity | null {
  // the headings passed over on the way up, given the answer once it is found: each heading is read once per document
  const table = `heading-subject:${wanted}`;
  const passed: number[] = [];
  let found: Entity | null = null;
  for (let s = context.headingAbove(sentence); s >= 0; s = context.headingAbove(s)) {
    if (context.hasMemo(table, s)) {
      found = context.memo<Entity | null>(table, s, () => null);
      break;
    }
    passed.push(s);
    const span = context.sentences[s];
    const named = context.mentionsIn(span.start, span.end);
    if (named.some((mention) => onCreditLine(context, mention))) continue;
    const subject = named.find((mention) => isSubjectCandidate(mention) && fitsDesignation(kindOf(context, mention.entity), wanted))?.entity ?? null;
    // a line of data (« Bénéfice net : 59,2 Md$ ») heads no section: the heading above it may
    if (subject === null && context.figuresIn(span.start, span.end)) continue;
    found = subject;
    break;
  }
  for (const s of passed) context.memo(table, s, () => found);
  return found;
}

/**
 * A parent named for its division's market (« Amazon, leader mondial du cloud ») is the
 * division when the document names that division too.
 */
function divisionForMarket(context: ClaimContext, subject: Entity, sentence: number): Entity {
  const divisions = claimVocabulary().divisionsOf.get(subject.canonical);
  if (!divisions) return subject;
  const named = context.memo('entities-by-name', 0, () => {
    // the entity of the last mention by that name, as the steps read mentions in text order
    const byName = new Map<string, Entity>();
    for (const mention of context.mentions) byName.set(mention.entity.canonical, mention.entity);
    return byName;
  });
  const sentenceText = context.memo('lower', sentence, () => {
    const span = context.sentences[sentence];
    return context.text.slice(span.start, span.end).toLowerCase();
  });
  for (const division of divisions) {
    const entity = named.get(division.name);
    if (entity && division.market.some((word) => containsWord(sentenceText, word))) return entity;
  }
  return subject;
}

function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = at === 0 ? ' ' : text[at - 1];
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/**
 * « les fournisseurs locaux n'ont plus que 15 %, contre 27 % en 2017 »: a figure set against an
 * earlier state of the figure before it, with no owner of its own, is about the same subject.
 */
function earlierStateOf(context: ClaimContext, drafts: readonly ClaimDraft[], k: number): ClaimDraft | null {
  const draft = drafts[k];
  const previous = drafts[k - 1];
  if (previous?.sentence !== draft.sentence || ownerRightAfter(context, draft.figure.end)) return null;
  const next = drafts[k + 1];
  const nextFigure = next?.sentence === draft.sentence ? next.figure.start : context.sentences[draft.sentence].end;
  return isEarlierState(context, draft, nextFigure) ? previous : null;
}

/**
 * « La division cloud d'Amazon a vu son chiffre d'affaires bondir de 37 %. Son résultat
 * d'exploitation a atteint 5,7 milliards »: a sentence that opens on a possessive, with no subject
 * of its own, is about the subject of the claim just before it in its paragraph.
 */
function possessorIsPrevious(context: ClaimContext, previous: ClaimDraft, draft: ClaimDraft): boolean {
  if (previous.subject === null) return false;
  const [first] = context.sentenceTokens(draft.sentence);
  if (!POSSESSIVES.has(context.word(first))) return false;
  return context.paragraphStart(context.sentences[previous.sentence].start) === context.paragraphStart(context.sentences[draft.sentence].start);
}

export const resolveSubject: Refiner<ClaimContext, ClaimDraft> = {
  name: 'resolveSubject',
  refine: (drafts, context) => {
    const resolved: ClaimDraft[] = [];
    for (let k = 0; k < drafts.length; k++) {
      const draft = drafts[k];
      if (earlierStateOf(context, drafts, k)) {
        resolved.push({ ...draft, subject: resolved[k - 1].subject });
        continue;
      }
      const subject = subjectOf(context, draft);
      if (subject === null && k > 0 && possessorIsPrevious(context, resolved[k - 1], draft)) {
        resolved.push({ ...draft, subject: resolved[k - 1].subject });
        continue;
      }
      resolved.push({ ...draft, subject: subject ? divisionForMarket(context, subject, draft.sentence).canonical : null });
    }
    return resolved;
  },
};
