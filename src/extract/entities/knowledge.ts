import { readDataJson, readDataLines } from '../../data/load.js';
import type { EntityLabel } from './types.js';
import { scanLines } from './scan-lines.js';

/** One gazetteer entry: a canonical name and the other names it goes by. */
export interface GazetteerEntry {
  readonly canonical: string;
  readonly label: EntityLabel;
  readonly source: string;
}

/** One name of an entry, as the keys of its tokens. */
export interface GazetteerName {
  readonly keys: readonly string[];
  readonly entry: GazetteerEntry;
  /** Which words of the name are capitalised. */
  readonly capitalised: readonly boolean[];
  /** Short all-capital names (WSJ, CIA) match only written in capitals. */
  readonly capitalsOnly: boolean;
}

interface Cues {
  organisationBefore: string[];
  organisationAfter: string[];
  personBefore: string[];
  personTitles: string[];
  personAfter: string[];
  placeBefore: string[];
  workBefore: string[];
  geoHeads: string[];
  organisationHeads: string[];
  miscHeads: string[];
  demonymSuffixes: string[];
  pluralDeterminers: string[];
}

/** A word sequence as the lower-case texts of its tokens (« l'entreprise » -> ["l'", "entreprise"]). */
export type CuePhrase = readonly string[];

export interface EntityKnowledge {
  /** Names keyed by the key of their first token, longest first. */
  readonly names: ReadonlyMap<string, readonly GazetteerName[]>;
  readonly firstNames: ReadonlySet<string>;
  readonly stopwords: ReadonlySet<string>;
  readonly notNames: ReadonlySet<string>;
  readonly cues: {
    readonly organisationBefore: readonly CuePhrase[];
    readonly organisationAfter: readonly CuePhrase[];
    readonly personBefore: readonly CuePhrase[];
    readonly personTitles: readonly CuePhrase[];
    readonly personAfter: readonly CuePhrase[];
    readonly placeBefore: readonly CuePhrase[];
    readonly workBefore: readonly CuePhrase[];
  };
  readonly geoHeads: ReadonlySet<string>;
  readonly organisationHeads: ReadonlySet<string>;
  readonly miscHeads: ReadonlySet<string>;
  /** Endings of nationality nouns (Européens, Français), which are not names after a plural determiner. */
  readonly demonymSuffixes: readonly string[];
  readonly pluralDeterminers: ReadonlySet<string>;
}

/** Curated files first: the first entry to claim a name keeps it. */
const GAZETTEER_FILES = [
  'organisations.tsv',
  'media.tsv',
  'institutions.tsv',
  'products.tsv',
  'places.tsv',
  'countries.tsv',
  'french-divisions.tsv',
];

const LABELS = new Set<EntityLabel>(['ORG', 'PER', 'LOC', 'PRODUCT', 'MISC']);

let cached: EntityKnowledge | undefined;

/** Each text as the lower-case forms of its tokens. */
function phrases(texts: readonly string[]): CuePhrase[] {
  return scanLines(texts).map((tokens) => tokens.map((token) => token.lower));
}

/** The key of each word's first token. */
function firstKeys(words: readonly string[]): string[] {
  return scanLines(words).map((tokens) => tokens[0].key);
}

function loadNames(): Map<string, GazetteerName[]> {
  const names = new Map<string, GazetteerName[]>();
  const claimed = new Set<string>();
  const pending: { name: string; entry: GazetteerEntry }[] = [];
  for (const file of GAZETTEER_FILES) {
    for (const line of readDataLines(`entities/${file}`)) {
      const [canonical, label, aliases = ''] = line.split('\t');
      if (!LABELS.has(label as EntityLabel)) throw new Error(`entities/${file}: bad label in « ${line} »`);
      const entry: GazetteerEntry = { canonical, label: label as EntityLabel, source: file };
      for (const name of [canonical, ...aliases.split('|')]) if (name !== '') pending.push({ name, entry });
    }
  }
  const tokensOfNames = scanLines(pending.map(({ name }) => name));
  pending.forEach(({ name, entry }, n) => {
    const tokens = tokensOfNames[n];
    const keys = tokens.map((token) => token.key);
    const joinedKeys = keys.join(' ');
    if (claimed.has(joinedKeys)) return;
    claimed.add(joinedKeys);
    const capitalsOnly = tokens.length === 1 && tokens[0].allCaps && name.length <= 5;
    const list = names.get(keys[0]) ?? [];
    list.push({ keys, entry, capitalsOnly, capitalised: tokens.map((token) => token.capitalised) });
    names.set(keys[0], list);
  });
  for (const list of names.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return names;
}

export function entityKnowledge(): EntityKnowledge {
  if (cached) return cached;
  const cues = readDataJson<Cues>('entities/cues.json');
  const keys = (list: string[]): Set<string> => new Set(firstKeys(list));
  cached = {
    names: loadNames(),
    firstNames: new Set(firstKeys(readDataLines('entities/first-names.txt'))),
    stopwords: new Set(readDataLines('entities/stopwords.txt').map((word) => word.replace(/’/g, "'"))),
    notNames: new Set(readDataLines('entities/not-names.txt').map((word) => word.toLowerCase())),
    cues: {
      organisationBefore: phrases(cues.organisationBefore),
      organisationAfter: phrases(cues.organisationAfter),
      personBefore: phrases(cues.personBefore),
      personTitles: phrases(cues.personTitles),
      personAfter: phrases(cues.personAfter),
      placeBefore: phrases(cues.placeBefore),
      workBefore: phrases(cues.workBefore),
    },
    geoHeads: keys(cues.geoHeads),
    organisationHeads: keys(cues.organisationHeads),
    miscHeads: keys(cues.miscHeads),
    demonymSuffixes: cues.demonymSuffixes,
    pluralDeterminers: new Set(cues.pluralDeterminers),
  };
  return cached;
}
