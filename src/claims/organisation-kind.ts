import type { Entity } from '../extract/entities/types.js';
import type { Span } from '../document/span.js';
import type { ClaimContext } from './context.js';
import { claimVocabulary, type OrganisationKind } from './vocabulary.js';

/** How many of an entity's mentions are read for a designation: the first ones introduce it. */
const MENTIONS_READ = 8;
/** How many lower-case words may stand between a name and the brackets of its acronym (« la Commission luxembourgeoise (CNPD) »). */
const APPOSITION_WORDS = 2;
/** How far back a name that ends right before an acronym's brackets may start, in UTF-16 units. */
const APPOSITION_REACH = 120;
/** Contractions of « de » or « à » with an article that may stand before a designation (« du groupe Renault »). */
const ARTICLE_PREPOSITIONS = new Set(['du', 'des', 'au', 'aux']);
/** The kinds an institution of the gazetteer may turn out to be. */
const INSTITUTIONS = new Set<OrganisationKind>(['public', 'ngo', 'union', 'institution']);

/**
 * What kind of organisation an entity is, or null when nothing tells: the entity step's
 * gazetteers (Amazon a company, the CNIL an institution, M6 a medium), else the
 * designation a mention of it stands after (« l'ONG Les Amis de la Terre », « la loi
 * AGEC »), else the noun its name starts with (« Commission nationale … », « Syndicat des
 * … »), else the name in front of its acronym (« la Commission luxembourgeoise (CNPD) »).
 */
export function kindOf(context: ClaimContext, entity: Entity): OrganisationKind | null {
  let kind = context.organisationKinds.get(entity);
  if (kind === undefined) {
    kind = ownKind(context, entity, true);
    context.organisationKinds.set(entity, kind);
  }
  return kind;
}

/**
 * The gazetteer's kind of an entity's canonical name, else of its first alias it knows. A loop:
 * `aliases.map(…).find(…)` deoptimised here, the optimised map making a different kind of array.
 */
function gazetteerKindOf(gazetteerKinds: ReadonlyMap<string, OrganisationKind>, entity: Entity): OrganisationKind | undefined {
  const kind = gazetteerKinds.get(entity.canonical);
  if (kind !== undefined) return kind;
  for (const alias of entity.aliases) {
    const aliasKind = gazetteerKinds.get(alias);
    if (aliasKind !== undefined) return aliasKind;
  }
  return undefined;
}

function ownKind(context: ClaimContext, entity: Entity, readAppositions: boolean): OrganisationKind | null {
  const { designationKinds, gazetteerKinds } = claimVocabulary();
  const known = gazetteerKindOf(gazetteerKinds, entity);
  if (known) return known;
  const read = Math.min(entity.mentions.length, MENTIONS_READ);
  for (let m = 0; m < read; m++) {
    const designated = designationBefore(context, context.tokenAt(entity.mentions[m].start));
    if (designated) return designated;
  }
  const space = entity.canonical.indexOf(' ');
  const headed = designationKinds.get((space === -1 ? entity.canonical : entity.canonical.slice(0, space)).toLowerCase());
  if (headed) return headed;
  for (let m = 0; readAppositions && m < read; m++) {
    const named = nameBeforeBrackets(context, entity, entity.mentions[m]);
    if (named) return named;
  }
  return null;
}

/** The kind a designation right before token i names, with its determiner: « l'ONG », « du groupe ». */
function designationBefore(context: ClaimContext, i: number): OrganisationKind | null {
  const kind = claimVocabulary().designationKinds.get(context.word(i - 1));
  if (!kind) return null;
  const before = context.word(i - 2);
  return claimVocabulary().wordClass.get(before) === 'determiner' || ARTICLE_PREPOSITIONS.has(before) ? kind : null;
}

/** « la Commission luxembourgeoise (CNPD) », « l'autorité irlandaise (DPC) »: an acronym in brackets is of the kind of what it abbreviates. */
function nameBeforeBrackets(context: ClaimContext, entity: Entity, mention: Span): OrganisationKind | null {
  const at = context.tokenAt(mention.start);
  if (context.word(at - 1) !== '(') return null;
  for (let k = at - 2; k >= Math.max(0, at - 2 - APPOSITION_WORDS); k--) {
    // the name may end here rather than start (« l'Autorité de protection des données (APD) »)
    const named = context.mentionsBefore(context.tokens[k].end, context.tokens[k].start - APPOSITION_REACH).find((other) => other.end >= context.tokens[k].end);
    if (named && named.entity !== entity) return named.entity.label === 'ORG' ? ownKind(context, named.entity, false) : null;
    const designated = claimVocabulary().designationKinds.get(context.word(k));
    if (designated) return designated;
    if (context.tokens[k].kind !== 'word' || context.capitalised(k)) return null;
  }
  return null;
}

/**
 * Whether an organisation of kind `kind` may be what a designation of kind `wanted`
 * refers to: a rule (a law, a tax) is no actor at all; otherwise an unknown kind on either
 * side fits, and an institution of the gazetteer fits any non-commercial designation.
 */
export function fitsDesignation(kind: OrganisationKind | null, wanted: OrganisationKind | null): boolean {
  if (kind === 'rule') return false;
  if (kind === null || wanted === null || kind === wanted) return true;
  return kind === 'institution' && INSTITUTIONS.has(wanted);
}

/** Kinds of organisation that comment on others — regulators, NGOs, unions, newspapers — rather than report figures of their own as a company does. */
const VIEW_GIVERS = new Set<OrganisationKind>(['public', 'ngo', 'union', 'media', 'institution']);

/** Whether an organisation of this kind gives views (« Pour Greenpeace, … » is Greenpeace's view; « Pour Carrefour, … » is about Carrefour). */
export function givesViews(kind: OrganisationKind | null): boolean {
  return kind !== null && VIEW_GIVERS.has(kind);
}

/** The kind a designation noun (« groupe », « ONG ») stands for, or null when it fits any organisation. */
export function designatedKind(noun: string): OrganisationKind | null {
  return claimVocabulary().designationKinds.get(noun) ?? null;
}
