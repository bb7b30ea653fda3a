import { readDataLines } from '../data/load.js';
import { PhraseMatcher, phraseParts } from './phrase-matcher.js';
import type { Modality } from './types.js';

/** What a metric phrase stands for (metrics.tsv). */
export interface MetricPhrase {
  /** The normalised metric (« parts du marché » → « part de marché »). */
  readonly metric: string;
  /**
   * `count`: names what a count counts; `percent`: names a metric only after a percentage;
   * `change`: a change noun, naming only the figure that follows it (« une hausse de 5 % »);
   * `price`: a word for a share (« le titre »), naming only a percentage or an amount of money;
   * `money`: names only an amount of money (« facturé », a participle that also qualifies nouns).
   */
  readonly only: 'count' | 'percent' | 'change' | 'price' | 'money' | null;
  /** The phrase's words as they must be written, for an abbreviation (« CA », not « ça »); null when any case matches. */
  readonly written: readonly string[] | null;
}

/** How a modality cue acts (modality-cues.tsv): on the figure it stands just before, or on its whole clause. */
export interface ModalityCue {
  readonly modality: Modality;
  readonly scope: 'near' | 'clause';
}

/**
 * What kind of organisation a name or a designation stands for (designation-kinds.tsv);
 * `institution` is what the entity gazetteer of institutions knows, without telling a
 * regulator from an NGO or a union.
 */
export type OrganisationKind = 'company' | 'public' | 'ngo' | 'union' | 'media' | 'rule' | 'institution';

/** What a word right after a count is (count-modifiers.tsv). */
export type CountModifier = 'before' | 'instead' | 'function';

/** A division a text often names by its parent (subsidiaries.tsv). */
export interface Division {
  readonly name: string;
  readonly parent: string;
  /** The words of its market (« cloud », « streaming »). */
  readonly market: readonly string[];
}

/**
 * The claim steps' word lists: the one place that reads src/data/claims/. Nothing is read
 * until a step first asks, so commands that print no claims never pay for them.
 */
export interface ClaimVocabulary {
  readonly wordClass: ReadonlyMap<string, string>;
  readonly anaphora: ReadonlyMap<string, string>;
  /** Plurals of the designations of people (« les analystes », « les économistes »): who speaks for an organisation, never one person named before. */
  readonly peopleRoles: ReadonlySet<string>;
  readonly furniture: PhraseMatcher;
  /** Conjugated forms of the reporting verbs (« explique », « a détaillé », « estime »). */
  readonly speechVerbs: ReadonlySet<string>;
  /** Conjugated forms of the verbs of fines and sentences, with where the one who pays stands (sanction-verbs.tsv). */
  readonly sanctionVerbs: ReadonlyMap<string, 'object' | 'indirect'>;
  /** Documents that state figures for whoever issued them (« une étude », « les chiffres »). */
  readonly sourceNouns: ReadonlySet<string>;
  readonly metrics: PhraseMatcher<MetricPhrase>;
  readonly modalityCues: PhraseMatcher<ModalityCue>;
  /** Words in -rait / -raient that are no conditional (« portrait », « retrait »). */
  readonly notConditional: ReadonlySet<string>;
  /** The divisions of each parent, in the file's order. */
  readonly divisionsOf: ReadonlyMap<string, readonly Division[]>;
  /** Words after which a clause's subject may come (conjunctions, adverbs of time): clause-openers.txt. */
  readonly clauseOpeners: ReadonlySet<string>;
  /** What a byline opens with (« Publié par », « Par »): such a line is no section heading. */
  readonly bylineCues: PhraseMatcher;
  /** Nouns of occurrences and periods, after which an ordinal counts steps in time (« le troisième jour »). */
  readonly sequenceNouns: ReadonlySet<string>;
  /** Verbs of opening and launching, whose object's ordinal counts what was opened in time (« a ouvert son premier entrepôt »). */
  readonly openingVerbs: ReadonlySet<string>;
  /** Verbs that rank their object (« Gartner classe AWS au premier rang »): the rank is the object's. */
  readonly rankingVerbs: ReadonlySet<string>;
  /** Subjects that make a clause's figures about a market or a population, not an organisation (« le marché », « les ménages »). */
  readonly marketSubjects: ReadonlySet<string>;
  /** Those of marketSubjects that name a population (« habitants », « Français »): a figure counting them is about no organisation. */
  readonly populationNouns: ReadonlySet<string>;
  /** Those of marketSubjects that name a market, not its players nor people: after a possessive, the organisation's own (« ses centres »). */
  readonly marketNouns: ReadonlySet<string>;
  /** Words that may follow a count instead of its noun (count-modifiers.tsv): an adjective `before` the noun, a word `instead` of it, a `function` word. */
  readonly countModifiers: ReadonlyMap<string, CountModifier>;
  /** The kind of organisation a noun designates (« l'ONG », « le groupe », « la loi »). */
  readonly designationKinds: ReadonlyMap<string, OrganisationKind>;
  /** The kind of the organisations the entity step's gazetteers name, by every name they go by. */
  readonly gazetteerKinds: ReadonlyMap<string, OrganisationKind>;
  /** Town of a head office → the companies based there, in the order they are tried (headquarters.tsv). */
  readonly headquarters: ReadonlyMap<string, readonly string[]>;
}

/** The entity step's gazetteers of organisations, and the kind each file lists. */
const GAZETTEER_KINDS: readonly (readonly [file: string, kind: OrganisationKind])[] = [
  ['entities/organisations.tsv', 'company'],
  ['entities/institutions.tsv', 'institution'],
  ['entities/media.tsv', 'media'],
];

/** Every name of the gazetteers' organisations (canonical and aliases), with its kind; a name listed twice keeps its first kind, as in the entity step. */
function gazetteerKinds(): Map<string, OrganisationKind> {
  const kinds = new Map<string, OrganisationKind>();
  for (const [file, kind] of GAZETTEER_KINDS) {
    for (const [canonical, , aliases = ''] of columns(file)) {
      for (const name of [canonical, ...aliases.split('|')]) if (name !== '' && !kinds.has(name)) kinds.set(name, kind);
    }
  }
  return kinds;
}

let vocabulary: ClaimVocabulary | undefined;

const columns = (name: string): string[][] => readDataLines(name).map((line) => line.split('\t'));

/** The forms of a regular -er verb that introduce speech in the 3rd person. */
function conjugateEr(infinitive: string): string[] {
  const stem = infinitive.slice(0, -2);
  // « commencer »-style spelling changes do not occur in the list; « -ger » keeps its e before a
  const soft = stem.endsWith('g') ? `${stem}e` : stem;
  return [`${stem}e`, `${stem}ent`, `${soft}ait`, `${soft}aient`, `${soft}a`, `${stem}é`, `${stem}ée`, `${stem}és`, `${stem}ées`];
}

function speechVerbForms(): Set<string> {
  const forms = new Set<string>();
  for (const line of readDataLines('claims/speech-verbs.txt')) {
    const [infinitive, listed] = line.split(':');
    if (listed) for (const form of listed.split(',')) forms.add(form.trim());
    else for (const form of conjugateEr(infinitive.trim())) forms.add(form);
  }
  return forms;
}

/** Every form of the count modifiers: an adjective or participle with -e, -s and -es added (forms that do not exist match nothing). */
function countModifierForms(): Map<string, CountModifier> {
  const forms = new Map<string, CountModifier>();
  for (const [word, role] of columns('claims/count-modifiers.tsv')) {
    for (const ending of role === 'function' ? [''] : ['', 'e', 's', 'es']) forms.set(`${word}${ending}`, role as CountModifier);
  }
  return forms;
}

/** The infinitive and the conjugated forms of each sanction verb, with the role it gives the one who pays. */
function sanctionVerbForms(): Map<string, 'object' | 'indirect'> {
  const forms = new Map<string, 'object' | 'indirect'>();
  for (const [infinitive, role] of columns('claims/sanction-verbs.tsv')) {
    for (const form of [infinitive, ...conjugateEr(infinitive)]) forms.set(form, role as 'object' | 'indirect');
  }
  return forms;
}

function divisionsByParent(): Map<string, Division[]> {
  const byParent = new Map<string, Division[]>();
  for (const [name, parent, market] of columns('claims/subsidiaries.tsv')) {
    const division = { name, parent, market: market.split(',').map((word) => word.trim()) };
    const siblings = byParent.get(parent);
    if (siblings) siblings.push(division);
    else byParent.set(parent, [division]);
  }
  return byParent;
}

/** The nouns of market-subjects.tsv, read once: all of them, those that name a population, and those that name a market. */
function marketSubjectSets(): Pick<ClaimVocabulary, 'marketSubjects' | 'populationNouns' | 'marketNouns'> {
  const rows = columns('claims/market-subjects.tsv');
  return {
    marketSubjects: new Set(rows.map(([word]) => word)),
    populationNouns: new Set(rows.filter(([, kind]) => kind === 'people').map(([word]) => word)),
    marketNouns: new Set(rows.filter(([, kind]) => kind === 'market').map(([word]) => word)),
  };
}

/** The plural of each person designation of anaphora.tsv (« analyste » → « analystes »; « porte-parole » stays). */
function peopleRoleForms(): ReadonlySet<string> {
  const plurals = new Set<string>();
  for (const [noun, label] of columns('claims/anaphora.tsv')) {
    if (label !== 'PER') continue;
    plurals.add(noun.endsWith('s') || noun.endsWith('x') || noun.includes('-') ? noun : `${noun}s`);
  }
  return plurals;
}

export function claimVocabulary(): ClaimVocabulary {
  vocabulary ??= {
    wordClass: new Map(columns('claims/function-words.tsv').map(([word, cls]) => [word, cls])),
    anaphora: new Map(columns('claims/anaphora.tsv').map(([noun, label]) => [noun, label])),
    peopleRoles: peopleRoleForms(),
    furniture: new PhraseMatcher(readDataLines('claims/furniture-cues.txt').map((phrase) => [phrase, phrase] as const)),
    speechVerbs: speechVerbForms(),
    sanctionVerbs: sanctionVerbForms(),
    sourceNouns: new Set(readDataLines('claims/source-nouns.txt')),
    metrics: new PhraseMatcher(
      columns('claims/metrics.tsv').map(
        ([phrase, metric, only]) =>
          [phrase, { metric, only: (only as MetricPhrase['only'] | undefined) ?? null, written: phrase === phrase.toLowerCase() ? null : phraseParts(phrase, false) }] as const,
      ),
    ),
    modalityCues: new PhraseMatcher(
      columns('claims/modality-cues.tsv').map(([phrase, modality, scope]) => [phrase, { modality: modality as Modality, scope: scope as 'near' | 'clause' }] as const),
    ),
    notConditional: new Set(readDataLines('claims/conditional-exceptions.txt')),
    ...marketSubjectSets(),
    sequenceNouns: new Set(readDataLines('claims/sequence-nouns.txt')),
    openingVerbs: new Set(readDataLines('claims/opening-verbs.txt')),
    rankingVerbs: new Set(readDataLines('claims/ranking-verbs.txt')),
    clauseOpeners: new Set(readDataLines('claims/clause-openers.txt')),
    bylineCues: new PhraseMatcher(readDataLines('claims/byline-cues.txt').map((phrase) => [phrase, phrase] as const)),
    countModifiers: countModifierForms(),
    designationKinds: new Map(columns('claims/designation-kinds.tsv').map(([noun, kind]) => [noun, kind as OrganisationKind])),
    gazetteerKinds: gazetteerKinds(),
    headquarters: new Map(columns('claims/headquarters.tsv').map(([town, companies]) => [town, companies.split(',').map((name) => name.trim())])),
    divisionsOf: divisionsByParent(),
  };
  return vocabulary;
}
