import type { Entity } from '../extract/entities/types.js';
import type { Figure } from '../extract/figures/types.js';
import { organisationNamedAt } from './antecedent.js';
import type { ClaimContext } from './context.js';
import { PASSIVE_AUXILIARIES } from './passive-agent.js';
import { sentenceTopic } from './sentence-topic.js';
import { claimVocabulary } from './vocabulary.js';

/** How far after a fine a participle may name who pays it (« une amende de 4 millions d'euros infligée à Google »). */
const AFTER_WINDOW = 6;
/** How many words may stand between a verb and the one it sanctions (« a sanctionné mardi Amazon »). */
const OBJECT_WINDOW = 4;
/** How far after a fine the one it is inflicted on may be named (« une amende record de 746 millions d'euros à Amazon »). */
const INFLICTED_WINDOW = 20;
/** Forms of « avoir » that make a participle active (« a sanctionné », « avait déjà infligé »). */
const HAVE_FORMS = new Set(['a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'auraient', 'avoir']);
/** Verbs after which a sanction verb is undergone, not given (« s'est vu infliger », « se voit condamner »). */
const UNDERGOING = new Set([...PASSIVE_AUXILIARIES, 'vu', 'vue', 'vus', 'vues', 'voit', 'voient', 'voir']);
/** Prepositions that introduce the one a fine is inflicted on (« infliger à Amazon », « au groupe »). */
const TO = new Set(['à', 'au', 'aux']);

/** What a sanction verb says of a fine: who pays it, or null when it names no one (its issuer is no subject). */
export interface Sanction {
  readonly payer: Entity | null;
}

/**
 * An amount of money that an authority fines or sentences someone to: « La CNIL a
 * sanctionné Amazon d'une amende de 32 millions d'euros », « la CNPD avait infligé à
 * Amazon une amende de 746 millions d'euros », « Amazon : la CNIL inflige une amende de
 * 32 millions d'euros ». The claim is about who pays: the verb's object, or who it is
 * inflicted on, or the topic its sentence opens with (a headline's name before its
 * colon). When the verb is active, its subject is the issuer, so a payer not found is no
 * subject (null), not the issuer; a passive or a participle (« Amazon a été condamné à… »,
 * « l'amende infligée à X ») leaves its clause's subject as the payer unless it names
 * another. Null when no sanction verb governs the figure.
 */
export function sanctionOf(context: ClaimContext, figure: Figure, clauseStart: number, sentence: number): Sanction | null {
  if (figure.kind !== 'money') return null;
  const verb = sanctionVerbNear(context, figure, clauseStart);
  if (verb === null) return null;
  const role = claimVocabulary().sanctionVerbs.get(context.word(verb));
  const payer = role === 'indirect' ? inflictedOn(context, verb, figure, sentence) : sanctionedObject(context, verb);
  if (payer) return { payer };
  return isActive(context, verb) ? { payer: sentenceTopic(context, sentence) } : null;
}

/** The sanction verb that governs the figure: before it in its clause, or a participle shortly after, with no punctuation between. */
function sanctionVerbNear(context: ClaimContext, figure: Figure, clauseStart: number): number | null {
  const { sanctionVerbs } = claimVocabulary();
  const figureToken = context.tokenAt(figure.start);
  const first = context.tokenAt(clauseStart);
  for (let k = figureToken - 1; k >= first && context.tokens[k].kind !== 'punct'; k--) if (sanctionVerbs.has(context.word(k))) return k;
  const after = context.tokenAt(figure.end);
  for (let k = after; k < Math.min(context.tokens.length, after + AFTER_WINDOW) && context.tokens[k].kind !== 'punct'; k++) {
    if (sanctionVerbs.has(context.word(k))) return k;
  }
  return null;
}

/** Adverbs that may stand inside a verb group (« a déjà infligé », « a finalement condamné »). */
function isAdverb(word: string): boolean {
  return word.endsWith('ment') || word === 'déjà' || word === 'encore';
}

/** The word before token k, past adverbs. */
function wordBefore(context: ClaimContext, k: number): string {
  let j = k - 1;
  while (j > 0 && isAdverb(context.word(j))) j--;
  return context.word(j);
}

/** An active verb has the issuer for its subject: a finite form, or a participle after « avoir » — not a passive nor « se voir infliger ». */
function isActive(context: ClaimContext, verb: number): boolean {
  const before = wordBefore(context, verb);
  if (UNDERGOING.has(before)) return false;
  const word = context.word(verb);
  const participle = word.endsWith('é') || word.endsWith('ée') || word.endsWith('és') || word.endsWith('ées');
  return !participle || HAVE_FORMS.has(before);
}

/**
 * Who a fine is inflicted on: the organisation after « à » right after the figure
 * (« une amende de 150 millions d'euros à Google et de 60 millions d'euros à Facebook »),
 * else between the verb and the figure (« a infligé à Amazon une amende de … »).
 */
function inflictedOn(context: ClaimContext, verb: number, figure: Figure, sentence: number): Entity | null {
  const [, last] = context.sentenceTokens(sentence);
  const after = context.tokenAt(figure.end);
  // up to the next figure: its own « à » names its own payer
  return toOrganisation(context, after, Math.min(last, after + INFLICTED_WINDOW), true) ?? toOrganisation(context, verb + 1, context.tokenAt(figure.start), false);
}

/** The first organisation after « à », « au », « aux » in tokens [from, to), within the clause. */
function toOrganisation(context: ClaimContext, from: number, to: number, stopAtNumber: boolean): Entity | null {
  const { wordClass } = claimVocabulary();
  for (let k = from; k < to; k++) {
    if (wordClass.get(context.word(k)) === 'boundary' || (stopAtNumber && context.tokens[k].kind === 'number')) return null;
    if (TO.has(context.word(k))) {
      const payer = organisationNamedAt(context, k + 1);
      if (payer) return payer;
    }
  }
  return null;
}

/** « a sanctionné mardi Amazon France Logistique », « a condamné le groupe Free »: the object right after the verb, past a day or an adverb. */
function sanctionedObject(context: ClaimContext, verb: number): Entity | null {
  for (let k = verb + 1; k <= verb + OBJECT_WINDOW && k < context.tokens.length; k++) {
    const payer = organisationNamedAt(context, k);
    if (payer) return payer;
    if (!(context.inDate(context.tokens[k].start) || isAdverb(context.word(k)))) return null;
  }
  return null;
}
