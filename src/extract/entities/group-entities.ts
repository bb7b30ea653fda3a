import { JaroWinklerDistance } from 'natural/lib/natural/distance/index.js';
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
 * Puts the keys of the names not cached yet into the cache, from one scan of them all: scanning
 * short names one by one between documents would leave the scanner compiled for short strings.
 */
function cacheKeys(names: readonly string[]): void {
  const missing = [...new Set(names.filter((name) => !nameKeys.has(name) && !name.includes('\n')))];
  if (missing.length === 0) return;
  if (nameKeys.size + missing.length > MAX_NAME_KEYS) nameKeys.clear();
  scanLines(missing).forEach((tokens, i) => nameKeys.set(missing[i], tokens.map((token) => token.key).join(' ')));
}

function cachedKeyOf(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size >= MAX_NAME_KEYS) nameKeys.clear();
    nameKeys.set(name, (key = keyOf(name)));
  }
  return key;
}

class Groups {
  private readonly parent = new Map<string, string>();
  find(key: string): string {
    let root = key;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(key, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

/** Words of a key (its tokens' keys joined by single spaces). */
function wordCount(key: string): number {
  let count = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 0x20) count++;
  return count;
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
  const groups = new Groups();
  const surfaceKeys = candidates.map((c) => rangeKey(tokens, c.first, c.last));
  const known = new Set<string>();
  const names: string[] = [];
  for (const candidate of candidates) {
    if (candidate.canonical !== undefined) names.push(candidate.canonical);
    names.push(text.slice(candidate.start, candidate.end));
  }
  cacheKeys(names);
  candidates.forEach((candidate, i) => {
    groups.find(surfaceKeys[i]);
    if (candidate.canonical !== undefined) groups.union(surfaceKeys[i], cachedKeyOf(candidate.canonical));
    if (candidate.source === 'gazetteer') known.add(surfaceKeys[i]);
  });
  // near misses: an unknown name joins a close spelling of another name of the document
  const distinct = [...new Set(surfaceKeys)].filter((key) => key.length >= NEAR_MISS_MIN_LENGTH);
  for (const key of distinct) {
    if (known.has(key)) continue;
    for (const other of distinct) {
      if (other === key || Math.abs(other.length - key.length) > 2 || groups.find(other) === groups.find(key)) continue;
      if (couldBeNearMiss(key, other, NEAR_MISS_THRESHOLD) && JaroWinklerDistance(key, other, {}) >= NEAR_MISS_THRESHOLD) {
        groups.union(key, other);
        break;
      }
    }
  }
  interface Group {
    members: Candidate[];
  }
  const byRoot = new Map<string, Group>();
  candidates.forEach((candidate, i) => {
    const root = groups.find(surfaceKeys[i]);
    let group = byRoot.get(root);
    if (!group) byRoot.set(root, (group = { members: [] }));
    group.members.push(candidate);
  });
  const entities: Entity[] = [];
  for (const { members } of byRoot.values()) {
    const votes = new Map<EntityLabel, number>();
    for (const member of members) if (member.label) votes.set(member.label, (votes.get(member.label) ?? 0) + member.weight);
    let label: EntityLabel = 'MISC';
    let best = -1;
    for (const [candidateLabel, score] of votes) if (score > best) [label, best] = [candidateLabel, score];
    const gazetteer = members.find((m) => m.source === 'gazetteer');
    const defined = members.find((m) => m.source === 'acronym-definition' && m.expands === undefined);
    let canonical: string;
    if (gazetteer?.canonical) canonical = gazetteer.canonical;
    else if (defined?.canonical) canonical = defined.canonical;
    else {
      const surfaces = members.map((m) => text.slice(m.start, m.end));
      const mixed = surfaces.filter((s) => !isAllCaps(s));
      const pool = mixed.length > 0 ? mixed : surfaces;
      canonical = pool.reduce((a, b) => (b.length > a.length ? b : a));
      if (mixed.length === 0 && label === 'PER') canonical = titleCase(canonical);
      if (mixed.length > 0) {
        // among near-miss spellings, the most frequent one wins
        const counts = new Map<string, number>();
        for (const s of mixed) counts.set(s, (counts.get(s) ?? 0) + 1);
        const longest = canonical;
        const longestWords = wordCount(cachedKeyOf(longest));
        let top = 0;
        for (const [s, n] of counts) {
          if (n > top && wordCount(cachedKeyOf(s)) === longestWords) [canonical, top] = [s, n];
        }
      }
    }
    const mentions = members
      .map((m) => ({ start: m.start, end: m.end }))
      .sort((a, b) => a.start - b.start)
      .filter((m, i, all) => i === 0 || m.start !== all[i - 1].start);
    // distinct surfaces in order of first mention; a set only for the rare entity with many mentions
    const aliases: string[] = [];
    const seen = mentions.length > 16 ? new Set<string>() : null;
    for (const mention of mentions) {
      const surface = text.slice(mention.start, mention.end);
      if (surface === canonical || (seen ? seen.has(surface) : aliases.includes(surface))) continue;
      seen?.add(surface);
      aliases.push(surface);
    }
    entities.push({ canonical, label, aliases, mentions });
  }
  return entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
