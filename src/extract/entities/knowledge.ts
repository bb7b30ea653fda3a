import { readDataFile, readDataJson, readDataLines } from '../../data/load.js';
import { CueSet } from './cue-set.js';
import { Lexicon, lexicon, WordList } from './lexicon.js';
import type { EntityLabel } from './types.js';
import { shapeOf } from './word-shapes.js';
import { scanLines } from './scan-lines.js';
import type { WordToken } from './scan-words.js';

/** One gazetteer entry: a canonical name and the other names it goes by. */
export interface GazetteerEntry {
  readonly canonical: string;
  /** Lexicon numbers of the keys of the canonical name's tokens. */
  readonly canonicalKeys: readonly number[];
  readonly label: EntityLabel;
  readonly source: string;
}

/** One name of an entry, as the lexicon numbers of its tokens' keys. */
export interface GazetteerName {
  readonly keys: readonly number[];
  /** The shapes of its tokens (word-shapes.ts): a token of another shape has another key, without a look-up. */
  readonly shapes: readonly number[];
  readonly entry: GazetteerEntry;
  /** Which words of the name are capitalised. */
  readonly capitalised: readonly boolean[];
  /** Short all-capital names (WSJ, CIA) match only written in capitals. */
  readonly capitalsOnly: boolean;
  /**
   * A name without the article it starts with (« Parisien » of « Le Parisien »): it matches only
   * after an article or a contracted one (« au Parisien », « du Figaro », « le Monde »).
   */
  readonly afterArticle: boolean;
}

interface Cues {
  organisationBefore: string[];
  organisationAfter: string[];
  personBefore: string[];
  personTitles: string[];
  personAfter: string[];
  personRoles: string[];
  placeBefore: string[];
  workBefore: string[];
  productBefore: string[];
  eventBefore: string[];
  geoTails: string[];
  placeLinks: string[];
  geoHeads: string[];
  organisationHeads: string[];
  miscHeads: string[];
  demonymSuffixes: string[];
  pluralDeterminers: string[];
  organisationUnits: string[];
  institutionHeads: string[];
  lowerCaseInstitutionHeads: string[];
  designationAcronyms: string[];
  adjectiveEndings: string[];
  preNominalAdjectives: string[];
}

/**
 * A word sequence as the lexicon numbers of the lower-case texts of its tokens
 * (« l'entreprise » -> the numbers of "l'" and "entreprise").
 */
export type CuePhrase = readonly number[];

export interface EntityKnowledge {
  /** Names by the key number of their first token (DocumentTokens.keyId), longest first. */
  readonly names: GazetteerNames;
  /** Compared with a token's key. */
  readonly firstNames: WordList;
  /** Compared with a token's lower-case form. */
  readonly stopwords: WordList;
  /**
   * The common words of French and English, numbered apart from the lexicon every token is looked
   * up in: read for a few candidates' words only (common-words.ts), their tens of thousands of
   * entries would make each token's look-up slower, out of the processor's cache.
   */
  readonly vocabulary: Lexicon;
  /** French common words in their dictionary form (stems: « démocratique », « national »), by key, in the vocabulary. */
  readonly frenchStems: WordList;
  /** The same by lower-case form: accents tell « recommandé » from the verb « recommande ». */
  readonly frenchStemsWritten: WordList;
  /** Frequent French word forms (« nationale », « recommande »), by key, in the vocabulary. */
  readonly frenchForms: WordList;
  /** Frequent English words, by key, in the vocabulary: names holding one are rarely people's (« Electronic Arts »). */
  readonly englishWords: WordList;
  readonly notNames: ReadonlySet<string>;
  readonly cues: {
    readonly organisationBefore: CueSet;
    readonly organisationAfter: CueSet;
    readonly personBefore: CueSet;
    readonly personTitles: CueSet;
    readonly personAfter: CueSet;
    readonly placeBefore: CueSet;
    readonly workBefore: CueSet;
    readonly productBefore: CueSet;
    readonly eventBefore: CueSet;
  };
  /** Nouns of a person's role, rank, kinship or trade (« empereur », « fils », « chanteuse »), compared with a token's lower-case form. */
  readonly personRoles: WordList;
  /** Head nouns, compared with a token's key. */
  readonly geoHeads: WordList;
  /** Last words of English place names (« Square », « Beach »), compared with a token's key. */
  readonly geoTails: WordList;
  /** Small words inside hyphenated place names (« -sur- », « -la- »), compared with a token's lower-case form. */
  readonly placeLinks: WordList;
  readonly organisationHeads: WordList;
  readonly miscHeads: WordList;
  /** Endings of nationality nouns (Européens, Français), which are not names after a plural determiner. */
  readonly demonymSuffixes: readonly string[];
  /** Compared with a token's lower-case form. */
  readonly pluralDeterminers: WordList;
  /** Words naming a unit of the organisation named before them (« Amazon France Logistique »), compared with a token's key. */
  readonly organisationUnits: WordList;
  /** Nouns opening a sentence-case institution name (« Ligue nationale de hockey »), compared with a token's key. */
  readonly institutionHeads: WordList;
  /** Institution heads written in lower case before the capitalised domain (« le ministère de l'Économie »), compared with a token's key. */
  readonly lowerCaseInstitutionHeads: WordList;
  /** Common nouns written as acronyms (« ONG », « PDG ») that precede a name without belonging to it, compared with a token's key. */
  readonly designationAcronyms: WordList;
  /** Endings of the adjectives that follow a noun in such names (« nationale », « démocratique »), lower case. */
  readonly adjectiveEndings: readonly string[];
  /** Adjectives that come before their noun (« des hautes études »), compared with a token's lower-case form. */
  readonly preNominalAdjectives: WordList;
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
/** Articles that a name may lose after a contracted article (« au Parisien »), as keys. */
const LEADING_ARTICLES = new Set(['le', 'la', 'les', "l'"]);

let cached: EntityKnowledge | undefined;

/** Each text as the lexicon numbers of the lower-case forms of its tokens. */
function phrases(texts: readonly string[]): CuePhrase[] {
  return scanLines(texts).map((tokens) => tokens.map((token) => lexicon.intern(token.lower)));
}

/** The key of each word's first token. */
function firstKeys(words: readonly string[]): string[] {
  return scanLines(words).map((tokens) => tokens[0].key);
}

/** Gazetteer names by the key number of their first token: an array indexed by lexicon number. */
export class GazetteerNames {
  private readonly byFirstKey: (GazetteerName[] | undefined)[] = [];
  /** For each first key, the index in its list of the first name of one word (the longer come before). */
  private readonly singlesFrom: number[] = [];
  /** The first key and the shape of the second word of every longer name, as firstKey * SHAPES + shape. */
  private readonly pairs = new Set<number>();

  /** The names whose first token has key number `key`, longest first (none for a document's own words). */
  startingWith(key: number): readonly GazetteerName[] | undefined {
    return key < this.byFirstKey.length ? this.byFirstKey[key] : undefined;
  }

  /**
   * Where to start in the list of `key` when the next token has shape `nextShape` (-1 for none):
   * past the longer names when none of them has a second word of that shape (« Le » before a
   * common word tries none of the names in « Le »).
   */
  firstCandidate(key: number, nextShape: number): number {
    const singles = this.singlesFrom[key];
    return singles === 0 || (nextShape >= 0 && this.pairs.has(key * SHAPES + nextShape)) ? 0 : singles;
  }

  add(name: GazetteerName): void {
    const key = name.keys[0];
    while (this.byFirstKey.length <= key) this.byFirstKey.push(undefined);
    (this.byFirstKey[key] ??= []).push(name);
    if (name.keys.length > 1) this.pairs.add(key * SHAPES + name.shapes[1]);
  }

  /** Puts each word's names longest first (among names as long, in the order added). */
  sortLongestFirst(): void {
    this.byFirstKey.forEach((list, key) => {
      if (!list) return;
      list.sort((a, b) => b.keys.length - a.keys.length);
      let singles = 0;
      while (singles < list.length && list[singles].keys.length > 1) singles++;
      this.singlesFrom[key] = singles;
    });
  }
}

/** Word shapes (word-shapes.ts) take 15 bits. */
const SHAPES = 1 << 15;

function loadNames(): GazetteerNames {
  const names = new GazetteerNames();
  const claimed = new Set<string>();
  const lines: { canonical: string; label: EntityLabel; source: string; aliases: string }[] = [];
  for (const file of GAZETTEER_FILES) {
    for (const line of readDataLines(`entities/${file}`)) {
      const [canonical, label, aliases = ''] = line.split('\t');
      if (!LABELS.has(label as EntityLabel)) throw new Error(`entities/${file}: bad label in « ${line} »`);
      lines.push({ canonical, label: label as EntityLabel, source: file, aliases });
    }
  }
  const tokensOfCanonicals = scanLines(lines.map(({ canonical }) => canonical));
  const pending: { name: string; entry: GazetteerEntry }[] = [];
  lines.forEach(({ canonical, label, source, aliases }, n) => {
    const entry: GazetteerEntry = { canonical, canonicalKeys: tokensOfCanonicals[n].map((token) => lexicon.intern(token.key)), label, source };
    for (const name of [canonical, ...aliases.split('|')]) if (name !== '') pending.push({ name, entry });
  });
  const tokensOfNames = scanLines(pending.map(({ name }) => name));
  // an acronym also listed in lower case (« ANSSI|Anssi ») matches written either way
  const listedInLowerCase = new Set(tokensOfNames.filter((tokens) => tokens.length === 1 && !tokens[0].allCaps).map((tokens) => tokens[0].key));
  // so does one of four or five letters that the press writes as a word (« la Cnil », « l'Insee »),
  // unless that word is French: only a capital then tells it from the word
  const frenchWords = new Set(readDataLines('entities/french-words.txt'));
  const writtenAsWord = (token: WordToken): boolean => token.text.length >= 4 && !frenchWords.has(token.text.toLowerCase());
  const add = (tokens: readonly WordToken[], entry: GazetteerEntry, afterArticle: boolean): void => {
    const keys = tokens.map((token) => lexicon.intern(token.key));
    const joinedKeys = keys.join(' ');
    if (claimed.has(joinedKeys)) return;
    claimed.add(joinedKeys);
    const capitalsOnly = tokens.length === 1 && tokens[0].allCaps && tokens[0].text.length <= 5 && !listedInLowerCase.has(tokens[0].key) && !writtenAsWord(tokens[0]);
    const shapes = tokens.map(({ text }) => shapeOf(text.length, text.charCodeAt(0), text.charCodeAt(text.length - 1)));
    names.add({ keys, shapes, entry, capitalsOnly, capitalised: tokens.map((token) => token.capitalised), afterArticle });
  };
  pending.forEach(({ entry }, n) => add(tokensOfNames[n], entry, false));
  // then the names of organisations and places less their leading article, where no name claims them (« du Parisien », « au Havre »)
  pending.forEach(({ entry }, n) => {
    const tokens = tokensOfNames[n];
    if ((entry.label === 'ORG' || entry.label === 'LOC') && tokens.length >= 2 && LEADING_ARTICLES.has(tokens[0].key)) add(tokens.slice(1), entry, true);
  });
  names.sortLongestFirst();
  return names;
}

export function entityKnowledge(): EntityKnowledge {
  if (cached) return cached;
  const cues = readDataJson<Cues>('entities/cues.json');
  const keys = (list: string[]): WordList => new WordList(firstKeys(list), true);
  const vocabulary = new Lexicon();
  const frenchStemsWritten = new WordList([], false, vocabulary);
  cached = {
    names: loadNames(),
    firstNames: keys(readDataLines('entities/first-names.txt')),
    stopwords: new WordList(readDataLines('entities/stopwords.txt').map((word) => word.replace(/’/g, "'")), false),
    vocabulary,
    frenchStems: WordList.ofLines(readDataFile('entities/french-words.txt'), vocabulary, frenchStemsWritten),
    frenchStemsWritten,
    // the frequent forms are those the sentence splitter reads as common words
    frenchForms: WordList.ofLines(readDataFile('tokenize/common-words.txt'), vocabulary),
    englishWords: WordList.ofLines(readDataFile('entities/english-words.txt'), vocabulary),
    notNames: new Set(readDataLines('entities/not-names.txt').map((word) => word.toLowerCase())),
    cues: {
      organisationBefore: new CueSet(phrases(cues.organisationBefore), 'before'),
      organisationAfter: new CueSet(phrases(cues.organisationAfter), 'after'),
      personBefore: new CueSet(phrases(cues.personBefore), 'before'),
      personTitles: new CueSet(phrases(cues.personTitles), 'before'),
      personAfter: new CueSet(phrases(cues.personAfter), 'after'),
      placeBefore: new CueSet(phrases(cues.placeBefore), 'before'),
      workBefore: new CueSet(phrases(cues.workBefore), 'before'),
      productBefore: new CueSet(phrases(cues.productBefore), 'before'),
      eventBefore: new CueSet(phrases(cues.eventBefore), 'before'),
    },
    personRoles: new WordList(cues.personRoles, false),
    geoHeads: keys(cues.geoHeads),
    geoTails: keys(cues.geoTails),
    placeLinks: new WordList(cues.placeLinks, false),
    organisationHeads: keys(cues.organisationHeads),
    miscHeads: keys(cues.miscHeads),
    demonymSuffixes: cues.demonymSuffixes,
    pluralDeterminers: new WordList(cues.pluralDeterminers, false),
    organisationUnits: keys(cues.organisationUnits),
    institutionHeads: keys(cues.institutionHeads),
    lowerCaseInstitutionHeads: keys(cues.lowerCaseInstitutionHeads),
    designationAcronyms: keys(cues.designationAcronyms),
    adjectiveEndings: cues.adjectiveEndings,
    preNominalAdjectives: new WordList(cues.preNominalAdjectives, false),
  };
  return cached;
}
