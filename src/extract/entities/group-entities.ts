import { JaroWinklerDistance } from 'natural/lib/natural/distance/index.js';
import type { Span } from '../../document/span.js';
import type { Candidate, EntityContext } from './candidate.js';
import { rangeKey } from './candidate.js';
import { couldBeNearMiss } from './could-be-near-miss.js';
import { scanLines } from './scan-lines.js';
import { scanWords } from './scan-words.js';
import type { Entity, EntityLabel } from './types.js';

/**
 * Jaro–Winkler similarity above which an unknown name is taken for a misspelling of a
 * name of the same document (« Wal Street Journal » -> Wall Street Journal). Measured by
 * scripts/eval/ner.ts on one-letter slips of gazetteer names against pairs of distinct names.
 */
export const NEAR_MISS_THRESHOLD = 0.94;
/** Shorter names differ by one letter too often (Opel / Apple): no near-miss under this. */
export const NEAR_MISS_MIN_LENGTH = 8;

function keyOf(name: string): string {
  return scanWords(name)
    .map((token) => token.key)
    .join(' ');
}

/** Keys of names seen lately: gazetteer canonicals repeat in every document. Emptied when full, to stay bounded. */
const nameKeys = new Map<string, string>();
const MAX_NAME_KEYS = 20_000;

/**
 * A copy of a name that shares no memory with the text it was cut from: V8 cuts a string
 * as a view on its parent, so a cached slice would keep its whole document alive.
 */
function detached(name: string): string {
  return Buffer.from(name, 'utf16le').toString('utf16le');
}

/**
 * Puts the keys of the names not cached yet into the cache, from one scan of them all: scanning
 * short names one by one between documents would leave the scanner compiled for short strings.
 */
function cacheKeys(names: readonly string[]): void {
  const missing = [...new Set(names.filter((name) => !nameKeys.has(name) && !name.includes('\n')))];
  if (missing.length === 0) return;
  if (nameKeys.size + missing.length > MAX_NAME_KEYS) nameKeys.clear();
  scanLines(missing).forEach((tokens, i) => nameKeys.set(detached(missing[i]), tokens.map((token) => token.key).join(' ')));
}

function cachedKeyOf(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size >= MAX_NAME_KEYS) nameKeys.clear();
    nameKeys.set(detached(name), (key = keyOf(name)));
  }
  return key;
}

/** Union–find over the numbers of a document's name keys. */
class Groups {
  private readonly parent: number[] = [];
  /** A new key number, in a group of its own. */
  add(): number {
    const id = this.parent.length;
    this.parent.push(id);
    return id;
  }
  find(id: number): number {
    let root = id;
    while (this.parent[root] !== root) root = this.parent[root];
    this.parent[id] = root;
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[ra] = rb;
  }
}

function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

function isAllCaps(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/**
 * Turns mentions into the distinct entities of a document: same name whatever the case
 * or accents, gazetteer aliases (WSJ), acronyms defined in the text, a person's surname,
 * near-miss spellings. Label by weighted vote; canonical name from the gazetteer, the
 * acronym's long form, or the fullest mixed-case form written.
 */
export function groupEntities(candidates: readonly Candidate[], context: EntityContext): Entity[] {
  const { tokens, text } = context;
  // each distinct key gets a number: the union–find and the tests below then compare numbers
  const keyIds = new Map<string, number>();
  const keys: string[] = [];
  const groups = new Groups();
  const idOf = (key: string): number => {
    let id = keyIds.get(key);
    if (id === undefined) {
      keyIds.set(key, (id = groups.add()));
      keys.push(key);
    }
    return id;
  };
  const surfaceIds = new Int32Array(candidates.length);
  const canonicals: string[] = [];
  for (const candidate of candidates) if (candidate.canonical !== undefined) canonicals.push(candidate.canonical);
  cacheKeys(canonicals);
  candidates.forEach((candidate, i) => {
    // a one-token name's key is its token's key: no string to join
    const id = idOf(candidate.first === candidate.last ? tokens.token(candidate.first).key : rangeKey(tokens, candidate.first, candidate.last));
    surfaceIds[i] = id;
    if (candidate.canonical !== undefined) groups.union(id, idOf(cachedKeyOf(candidate.canonical)));
  });
  const known = new Uint8Array(keys.length);
  candidates.forEach((candidate, i) => {
    if (candidate.source === 'gazetteer') known[surfaceIds[i]] = 1;
  });
  // near misses: an unknown name joins a close spelling of another name of the document
  const distinct: number[] = [];
  const listed = new Uint8Array(keys.length);
  for (let i = 0; i < candidates.length; i++) {
    const id = surfaceIds[i];
    if (listed[id] === 0 && keys[id].length >= NEAR_MISS_MIN_LENGTH) distinct.push(id);
    listed[id] = 1;
  }
  for (const id of distinct) {
    if (known[id] === 1) continue;
    const key = keys[id];
    for (const otherId of distinct) {
      const other = keys[otherId];
      if (otherId === id || Math.abs(other.length - key.length) > 2 || groups.find(otherId) === groups.find(id)) continue;
      if (couldBeNearMiss(key, other, NEAR_MISS_THRESHOLD) && JaroWinklerDistance(key, other, {}) >= NEAR_MISS_THRESHOLD) {
        groups.union(id, otherId);
        break;
      }
    }
  }
  interface Group {
    members: number[];
  }
  const groupOfRoot = new Map<number, Group>();
  const groupList: Group[] = [];
  candidates.forEach((_, i) => {
    const root = groups.find(surfaceIds[i]);
    let group = groupOfRoot.get(root);
    if (!group) {
      groupOfRoot.set(root, (group = { members: [] }));
      groupList.push(group);
    }
    group.members.push(i);
  });
  const surfaces = candidates.map((candidate) => text.slice(candidate.start, candidate.end));
  const entities: Entity[] = [];
  for (const { members: memberIndexes } of groupList) {
    // label votes in order of first appearance (a tie goes to the first), and the first gazetteer
    // and defined members, in one walk
    const voteLabels: EntityLabel[] = [];
    const voteScores: number[] = [];
    let gazetteer: Candidate | undefined;
    let defined: Candidate | undefined;
    for (const i of memberIndexes) {
      const member = candidates[i];
      if (member.label) {
        const at = voteLabels.indexOf(member.label);
        if (at < 0) {
          voteLabels.push(member.label);
          voteScores.push(member.weight);
        } else voteScores[at] += member.weight;
      }
      if (gazetteer === undefined && member.source === 'gazetteer') gazetteer = member;
      if (defined === undefined && member.source === 'acronym-definition' && member.expands === undefined) defined = member;
    }
    let label: EntityLabel = 'MISC';
    let best = -1;
    for (let k = 0; k < voteLabels.length; k++) {
      if (voteScores[k] > best) {
        label = voteLabels[k];
        best = voteScores[k];
      }
    }
    let canonical: string;
    if (gazetteer?.canonical) canonical = gazetteer.canonical;
    else if (defined?.canonical) canonical = defined.canonical;
    else {
      // a surface's words are its candidate's tokens: scanning the surface alone gives the same tokens
      const wordsOf = new Map<string, number>();
      const mixed: string[] = [];
      for (const i of memberIndexes) {
        const surface = surfaces[i];
        wordsOf.set(surface, candidates[i].last - candidates[i].first + 1);
        if (!isAllCaps(surface)) mixed.push(surface);
      }
      const pool = mixed.length > 0 ? mixed : memberIndexes.map((i) => surfaces[i]);
      canonical = pool.reduce((a, b) => (b.length > a.length ? b : a));
      if (mixed.length === 0 && label === 'PER') canonical = titleCase(canonical);
      if (mixed.length > 0) {
        // among near-miss spellings, the most frequent one wins
        const counts = new Map<string, number>();
        for (const s of mixed) counts.set(s, (counts.get(s) ?? 0) + 1);
        const longestWords = wordsOf.get(canonical)!;
        let top = 0;
        for (const [s, n] of counts) {
          if (n > top && wordsOf.get(s) === longestWords) [canonical, top] = [s, n];
        }
      }
    }
    // mentions by start (members come in candidate order, already sorted when the candidates
    // are), one per start; aliases are the distinct surfaces in order of first mention, with a
    // set only for the rare entity with many mentions
    let order = memberIndexes;
    for (let k = 1; k < order.length; k++) {
      if (candidates[order[k - 1]].start > candidates[order[k]].start) {
        order = [...memberIndexes].sort((x, y) => candidates[x].start - candidates[y].start);
        break;
      }
    }
    const mentions: Span[] = [];
    const aliases: string[] = [];
    const seen = order.length > 16 ? new Set<string>() : null;
    let lastStart = -1;
    for (const i of order) {
      const { start, end } = candidates[i];
      if (mentions.length > 0 && start === lastStart) continue;
      lastStart = start;
      mentions.push({ start, end });
      const surface = surfaces[i];
      if (surface === canonical || (seen ? seen.has(surface) : aliases.includes(surface))) continue;
      seen?.add(surface);
      aliases.push(surface);
    }
    entities.push({ canonical, label, aliases, mentions });
  }
  return entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
