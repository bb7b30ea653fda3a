import type { Refiner } from '../../pipeline.js';
import type { Candidate, EntityContext } from '../candidate.js';
import { candidateOf, rangeKeys } from '../candidate.js';
import { KeyNumberMap } from '../key-number-map.js';
import type { EntityLabel } from '../types.js';
import { TOKEN_CAPITALISED, TOKEN_JOINED, TOKEN_WORD, type DocumentTokens } from '../scan-words.js';
import { scratchBytes } from '../scratch-arrays.js';
import { WordShapes } from '../word-shapes.js';
import { resolveOverlaps } from './resolve-overlaps.js';

/** A name to find again: its tokens where first written, and what a name found again takes. */
interface KnownName {
  readonly first: number;
  readonly last: number;
  readonly label: EntityLabel;
  /** The candidate that wrote it first, whose canonical name (else its text) the name takes. */
  readonly writer: Candidate;
  /** Work titles are matched whatever their case (« le monde selon Amazon »). */
  readonly anyCase: boolean;
  readonly weight: number;
}

function lengthOf(name: KnownName): number {
  return name.last - name.first + 1;
}

const MIN_ANY_CASE_TOKENS = 3;
const PROPAGATED_WEIGHT = 2;
const takenBytes = scratchBytes();

/** The names a document remembers, each once, by the key number of their first token. */
class RememberedNames {
  readonly byFirstKey = new KeyNumberMap<KnownName[]>();
  /** By name number (EntityContext.names): remembered or not. */
  private readonly remembered: boolean[] = [];
  /** Shapes of the names' first words, and of the first words of the names matched whatever their case (titles). */
  readonly firstWords = new WordShapes([]);
  readonly anyCaseFirstWords = new WordShapes([]);
  anyCase = false;

  /** Forgets the names of the previous document. */
  clear(): void {
    this.byFirstKey.clear();
    this.remembered.length = 0;
    this.firstWords.reset([]);
    this.anyCaseFirstWords.reset([]);
    this.anyCase = false;
  }

  has(nameNumber: number): boolean {
    return this.remembered[nameNumber] === true;
  }

  /** Remembers a name not remembered yet. */
  add(nameNumber: number, name: KnownName, tokens: DocumentTokens): void {
    while (this.remembered.length <= nameNumber) this.remembered.push(false);
    this.remembered[nameNumber] = true;
    const firstKey = tokens.keyId(name.first);
    const list = this.byFirstKey.get(firstKey);
    if (list) {
      // longest first; among names as long, in the order remembered
      let at = list.length;
      while (at > 0 && lengthOf(list[at - 1]) < lengthOf(name)) at--;
      list.splice(at, 0, name);
    } else this.byFirstKey.set(firstKey, [name]);
    this.firstWords.add(tokens.shapes[name.first]);
    if (name.anyCase) {
      this.anyCaseFirstWords.add(tokens.shapes[name.first]);
      this.anyCase = true;
    }
  }
}

const names = new RememberedNames();

/**
 * Two lists of candidates, each in order and without overlaps, merged by start; undefined when
 * the first is out of order or a candidate of one overlaps one of the other.
 */
function mergedByStart(candidates: readonly Candidate[], found: readonly Candidate[]): Candidate[] | undefined {
  const merged: Candidate[] = [];
  let k = 0;
  for (const candidate of candidates) {
    while (k < found.length && found[k].start < candidate.start) merged.push(found[k++]);
    merged.push(candidate);
  }
  while (k < found.length) merged.push(found[k++]);
  // sorted by start, two candidates overlap only if two neighbours do
  for (let i = 1; i < merged.length; i++) if (merged[i - 1].last >= merged[i].first || merged[i - 1].start > merged[i].start) return undefined;
  return merged;
}

/**
 * A name found once is a name everywhere in the document: finds the other occurrences of
 * each name the parsers could only see once (a sentence's first word « Ecobee craint »,
 * a title repeated without its cue), and a person's surname alone (« Berthelot »).
 */
export const propagateKnownNames: Refiner<EntityContext, Candidate> = {
  name: 'propagateKnownNames',
  refine(candidates, context) {
    const { tokens, flags, text } = context;
    const nameNumbers = context.names;
    names.clear();
    const taken = takenBytes.filled(tokens.length, 0);
    for (const candidate of candidates) {
      // a weaker guess (a bare capitalised word) may be taken over by a name found elsewhere
      if (candidate.weight >= PROPAGATED_WEIGHT) for (let i = candidate.first; i <= candidate.last; i++) taken[i] = 1;
      if (candidate.label === null || candidate.weight < 1) continue;
      // most names repeat: the name's number says whether to go on
      const { first, last } = candidate;
      const nameNumber = nameNumbers.ofRange(tokens, first, last);
      const surnameNumber = candidate.label === 'PER' && last > first && (flags[last] & TOKEN_CAPITALISED) !== 0 && tokens.lengthOf(last) > 2 ? nameNumbers.ofRange(tokens, last, last) : -1;
      const surname = surnameNumber >= 0 && !names.has(surnameNumber);
      if (!surname && names.has(nameNumber)) continue;
      if (!names.has(nameNumber)) {
        const anyCase = candidate.label === 'MISC' && last - first + 1 >= MIN_ANY_CASE_TOKENS;
        // a title keeps its weight, to win again over the names it contains
        const weight = anyCase ? candidate.weight : PROPAGATED_WEIGHT;
        names.add(nameNumber, { first, last, label: candidate.label, writer: candidate, anyCase, weight }, tokens);
      }
      if (surname && !names.has(surnameNumber)) {
        names.add(surnameNumber, { first: last, last, label: 'PER', writer: candidate, anyCase: false, weight: PROPAGATED_WEIGHT }, tokens);
      }
    }
    const found: Candidate[] = [];
    /** Looks for a remembered name at word i; returns the index of the last token it looked at. */
    const matchAt = (i: number): number => {
      const f = flags[i];
      const list = names.byFirstKey.get(tokens.keyId(i));
      if (!list) return i;
      for (const name of list) {
        if (!name.anyCase && (taken[i] || (f & TOKEN_CAPITALISED) === 0)) continue;
        const length = lengthOf(name);
        const last = i + length - 1;
        if (last >= tokens.length) continue;
        let same = true;
        for (let k = 1; k < length && same; k++) same = (name.anyCase || !taken[i + k]) && tokens.shapes[i + k] === tokens.shapes[name.first + k] && tokens.keyId(i + k) === tokens.keyId(name.first + k);
        if (!same || (last + 1 < tokens.length && (flags[last + 1] & (TOKEN_JOINED | TOKEN_WORD)) === (TOKEN_JOINED | TOKEN_WORD))) continue;
        const candidate = candidateOf(context, i, last, name.label, name.weight, 'propagated');
        const { writer } = name;
        candidate.canonical = writer.canonical ?? text.slice(writer.start, writer.end);
        candidate.canonicalKeys = writer.canonicalKeys ?? rangeKeys(tokens, writer.first, writer.last);
        found.push(candidate);
        for (let k = i; k <= last; k++) taken[k] = 1;
        return last;
      }
      return i;
    };
    // a word is looked up only when shaped like a remembered name's first word (the scan's shapes: no key needed)
    if (names.anyCase) {
      // only a title starts in lower case or inside a taken span: every word is looked at
      for (let i = 0; i < tokens.length; i++) {
        const f = flags[i];
        if ((f & TOKEN_WORD) === 0) continue;
        const free = (f & TOKEN_CAPITALISED) !== 0 && !taken[i];
        if ((free && tokens.mayBeIn(names.firstWords, i)) || tokens.mayBeIn(names.anyCaseFirstWords, i)) i = matchAt(i);
      }
    } else {
      // without titles, a name starts at a free capitalised word, a notable token
      let after = -1;
      for (let n = 0; n < tokens.notableCount; n++) {
        const i = tokens.notables[n];
        if (i > after && (flags[i] & TOKEN_CAPITALISED) !== 0 && !taken[i] && tokens.mayBeIn(names.firstWords, i)) after = matchAt(i);
      }
    }
    // the names hold canonical names cut from this document: not kept past it
    names.clear();
    if (found.length === 0) return candidates;
    // names found again lie on free tokens, in order: unless a title covers one, a merge puts them in place
    const merged = mergedByStart(candidates, found);
    if (merged) return merged;
    // a repeated title may cover names found inside it: the heavier span wins again
    return resolveOverlaps.refine([...candidates, ...found], context);
  },
};

