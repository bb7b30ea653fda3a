import type { Span } from '../../document/span.js';
import type { Candidate, EntityContext } from './candidate.js';
import { joinNearMisses } from './join-near-misses.js';
import { NameGroups } from './name-groups.js';
import { TOKEN_HAS_LOWER, type DocumentTokens } from './scan-words.js';
import type { Entity, EntityLabel } from './types.js';

export { NEAR_MISS_MIN_LENGTH, NEAR_MISS_THRESHOLD } from './join-near-misses.js';


function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/** True when a surface is written in capitals only; a token with a lower-case letter rules it out without a copy. */
function isAllCaps(tokens: DocumentTokens, candidate: Candidate, surface: string): boolean {
  for (let i = candidate.first; i <= candidate.last; i++) if ((tokens.flags[i] & TOKEN_HAS_LOWER) !== 0) return false;
  return surface === surface.toUpperCase() && surface !== surface.toLowerCase();
}

/** The labels voted for, in order of first vote, and their scores (reused from group to group; five labels at most). */
const voteLabels: EntityLabel[] = [];
const voteScores: number[] = [];

/** Label by weighted vote of the members, in order of first appearance (a tie goes to the first). */
function votedLabel(members: readonly Candidate[]): EntityLabel {
  if (members.length === 1) return members[0].label ?? 'MISC';
  let votes = 0;
  for (const member of members) {
    if (!member.label) continue;
    let at = 0;
    while (at < votes && voteLabels[at] !== member.label) at++;
    if (at === votes) {
      voteLabels[votes] = member.label;
      voteScores[votes++] = member.weight;
    } else voteScores[at] += member.weight;
  }
  let label: EntityLabel = 'MISC';
  let best = -1;
  for (let k = 0; k < votes; k++) {
    if (voteScores[k] > best) {
      label = voteLabels[k];
      best = voteScores[k];
    }
  }
  return label;
}

/**
 * The canonical name an entity's mentions give when no list does: the longest form written in
 * mixed case (all capitals if none is), and among spellings of as many words, the most frequent.
 */
function writtenCanonical(text: string, tokens: DocumentTokens, members: readonly Candidate[], label: EntityLabel): string {
  if (members.length === 1) {
    const surface = text.slice(members[0].start, members[0].end);
    return label === 'PER' && isAllCaps(tokens, members[0], surface) ? titleCase(surface) : surface;
  }
  // pushed, not mapped: map's result is a packed array before this function is optimised and a
  // holey one after, and the new kind of array deoptimised it
  const surfaces: string[] = [];
  for (const member of members) surfaces.push(text.slice(member.start, member.end));
  // a surface's words are its candidate's tokens: scanning the surface alone gives the same tokens
  const mixed: number[] = [];
  for (let k = 0; k < members.length; k++) if (!isAllCaps(tokens, members[k], surfaces[k])) mixed.push(k);
  if (mixed.length === 0) {
    let longest = surfaces[0];
    for (const surface of surfaces) if (surface.length > longest.length) longest = surface;
    return label === 'PER' ? titleCase(longest) : longest;
  }
  let longest = mixed[0];
  for (const k of mixed) if (surfaces[k].length > surfaces[longest].length) longest = k;
  if (mixed.length === 1) return surfaces[longest];
  // among near-miss spellings, the most frequent one wins (the first on a tie)
  const wordsOf = (k: number): number => members[k].last - members[k].first + 1;
  const counts = new Map<string, number>();
  const wordCounts = new Map<string, number>();
  for (const k of mixed) {
    counts.set(surfaces[k], (counts.get(surfaces[k]) ?? 0) + 1);
    wordCounts.set(surfaces[k], wordsOf(k));
  }
  const longestWords = wordsOf(longest);
  let canonical = surfaces[longest];
  let top = 0;
  for (const [surface, count] of counts) {
    if (count > top && wordCounts.get(surface) === longestWords) [canonical, top] = [surface, count];
  }
  return canonical;
}

/** The canonical name of the first gazetteer member, else of the first defined long form (not its acronym), if any. */
function listedCanonical(members: readonly Candidate[]): string | undefined {
  let gazetteerSeen = false;
  let definedSeen = false;
  let defined: string | undefined;
  for (const member of members) {
    if (!gazetteerSeen && member.source === 'gazetteer') {
      if (member.canonical) return member.canonical;
      gazetteerSeen = true;
    }
    if (!definedSeen && member.source === 'acronym-definition' && member.expands === undefined) {
      definedSeen = true;
      defined = member.canonical;
    }
  }
  return defined || undefined;
}

/** True when text[start, end) is `written`, compared in place. */
function writes(text: string, start: number, end: number, written: string): boolean {
  if (end - start !== written.length) return false;
  for (let j = 0; j < written.length; j++) if (text.charCodeAt(start + j) !== written.charCodeAt(j)) return false;
  return true;
}

/**
 * The mentions of an entity by start, one per start, and its aliases: the distinct surfaces
 * other than the canonical name, in order of first mention (a set only for the rare entity
 * with many mentions). A surface is cut from the text only when it is a new alias.
 */
function mentionsAndAliases(text: string, members: readonly Candidate[], canonical: string): { mentions: Span[]; aliases: string[] } {
  if (members.length === 1) {
    const { start, end } = members[0];
    return { mentions: [{ start, end }], aliases: writes(text, start, end, canonical) ? [] : [text.slice(start, end)] };
  }
  // members come in candidate order, already sorted when the candidates are
  let ordered = members;
  for (let k = 1; k < members.length; k++) {
    if (members[k - 1].start > members[k].start) {
      ordered = [...members].sort((x, y) => x.start - y.start);
      break;
    }
  }
  const mentions: Span[] = [];
  const aliases: string[] = [];
  const seen = ordered.length > 16 ? new Set<string>() : null;
  let lastStart = -1;
  for (const { start, end } of ordered) {
    if (mentions.length > 0 && start === lastStart) continue;
    lastStart = start;
    mentions.push({ start, end });
    if (writes(text, start, end, canonical)) continue;
    if (seen) {
      const surface = text.slice(start, end);
      if (seen.has(surface)) continue;
      seen.add(surface);
      aliases.push(surface);
    } else if (!aliases.some((alias) => writes(text, start, end, alias))) aliases.push(text.slice(start, end));
  }
  return { mentions, aliases };
}

/**
 * Turns mentions into the distinct entities of a document: same name whatever the case
 * or accents, gazetteer aliases (WSJ), acronyms defined in the text, a person's surname,
 * near-miss spellings. Label by weighted vote; canonical name from the gazetteer, the
 * acronym's long form, or the fullest mixed-case form written.
 */
export function groupEntities(candidates: readonly Candidate[], context: EntityContext): Entity[] {
  const { tokens, text } = context;
  // each distinct name has a number (the refiners numbered most): the union–find and the tests below compare numbers
  const numbers = context.names;
  const surfaceIds: number[] = [];
  const canonicalIds: number[] = [];
  for (const candidate of candidates) {
    surfaceIds.push(numbers.ofRange(tokens, candidate.first, candidate.last));
    canonicalIds.push(candidate.canonicalKeys !== undefined ? numbers.ofKeys(candidate.canonicalKeys) : -1);
  }
  const groups = new NameGroups(numbers.size);
  for (let i = 0; i < candidates.length; i++) if (canonicalIds[i] >= 0) groups.union(surfaceIds[i], canonicalIds[i]);
  joinNearMisses(tokens, candidates, surfaceIds, groups);
  // the members of each group, in candidate order; groups in order of their first member
  const membersOfRoot: (Candidate[] | undefined)[] = [];
  const roots: number[] = [];
  candidates.forEach((candidate, i) => {
    const root = groups.find(surfaceIds[i]);
    const members = membersOfRoot[root];
    if (members) members.push(candidate);
    else {
      membersOfRoot[root] = [candidate];
      roots.push(root);
    }
  });
  const entities: Entity[] = [];
  for (const root of roots) {
    const members = membersOfRoot[root]!;
    const label = votedLabel(members);
    const canonical = listedCanonical(members) ?? writtenCanonical(text, tokens, members, label);
    const { mentions, aliases } = mentionsAndAliases(text, members, canonical);
    entities.push({ canonical, label, aliases, mentions });
  }
  // in order when the candidates are: each entity comes with its first member
  for (let k = 1; k < entities.length; k++) {
    if (entities[k - 1].mentions[0].start > entities[k].mentions[0].start) return entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  }
  return entities;
}
