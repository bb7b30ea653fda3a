import type { Refiner } from '../../pipeline.js';
import type { Candidate, EntityContext } from '../candidate.js';
import { candidateOf, rangeKey } from '../candidate.js';
import type { EntityLabel } from '../types.js';
import { TOKEN_CAPITALISED, TOKEN_WORD } from '../scan-words.js';
import { ScratchBytes } from '../scratch-bytes.js';
import { WordShapes } from '../word-shapes.js';
import { resolveOverlaps } from './resolve-overlaps.js';

interface KnownName {
  readonly keys: readonly string[];
  readonly label: EntityLabel;
  readonly canonical: string;
  /** Work titles are matched whatever their case (« le monde selon Amazon »). */
  readonly anyCase: boolean;
  readonly weight: number;
}

const MIN_ANY_CASE_TOKENS = 3;
/** Shapes of the first words of the names remembered for the current document (refilled for each). */
const firstWords = new WordShapes([]);
const PROPAGATED_WEIGHT = 2;
const takenBytes = new ScratchBytes();

/**
 * `remembered` holds the joined keys of the names already in `names`: a name is kept once.
 * The caller has checked that `joined` (the name's keys joined by spaces) is not there yet.
 */
function remember(names: Map<string, KnownName[]>, remembered: Set<string>, joined: string, name: KnownName): void {
  remembered.add(joined);
  const list = names.get(name.keys[0]) ?? [];
  list.push(name);
  list.sort((a, b) => b.keys.length - a.keys.length);
  names.set(name.keys[0], list);
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
    const names = new Map<string, KnownName[]>();
    const remembered = new Set<string>();
    const taken = takenBytes.zeroed(tokens.length);
    for (const candidate of candidates) {
      // a weaker guess (a bare capitalised word) may be taken over by a name found elsewhere
      if (candidate.weight >= PROPAGATED_WEIGHT) for (let i = candidate.first; i <= candidate.last; i++) taken[i] = 1;
      if (candidate.label === null || candidate.weight < 1) continue;
      // most names repeat: the joined key (a token's key alone for one word) says whether to go on
      const joined = candidate.first === candidate.last ? tokens.token(candidate.first).key : rangeKey(tokens, candidate.first, candidate.last);
      const last = tokens.token(candidate.last);
      const surname = candidate.label === 'PER' && candidate.last > candidate.first && last.capitalised && last.text.length > 2 && !remembered.has(last.key);
      if (!surname && remembered.has(joined)) continue;
      const canonical = candidate.canonical ?? text.slice(candidate.start, candidate.end);
      if (!remembered.has(joined)) {
        const keys: string[] = [];
        for (let i = candidate.first; i <= candidate.last; i++) keys.push(tokens.token(i).key);
        const anyCase = candidate.label === 'MISC' && keys.length >= MIN_ANY_CASE_TOKENS;
        // a title keeps its weight, to win again over the names it contains
        remember(names, remembered, joined, { keys, label: candidate.label, canonical, anyCase, weight: anyCase ? candidate.weight : PROPAGATED_WEIGHT });
      }
      if (surname && !remembered.has(last.key)) {
        remember(names, remembered, last.key, { keys: [last.key], label: 'PER', canonical, anyCase: false, weight: PROPAGATED_WEIGHT });
      }
    }
    const found: Candidate[] = [];
    // only titles match in lower case or inside a taken span: without one, most words need no look-up
    firstWords.reset(names.keys());
    let anyCaseNames = false;
    for (const list of names.values()) for (const name of list) if (name.anyCase) anyCaseNames = true;
    /** Looks for a remembered name at token i; returns the index of the last token it looked at. */
    const matchAt = (i: number): number => {
      const f = flags[i];
      if ((f & TOKEN_WORD) === 0) return i;
      if (!anyCaseNames && (taken[i] || (f & TOKEN_CAPITALISED) === 0)) return i;
      // the shape test needs no key: it has the text's length and its first unit folded
      if (!firstWords.mayContainWord(tokens.lengthOf(i), tokens.keyFirstUnit(i))) return i;
      const list = names.get(tokens.token(i).key);
      if (!list) return i;
      for (const name of list) {
        if (!name.anyCase && (taken[i] || !tokens.token(i).capitalised)) continue;
        const last = i + name.keys.length - 1;
        if (last >= tokens.length) continue;
        let same = true;
        for (let k = 1; k < name.keys.length && same; k++) same = (name.anyCase || !taken[i + k]) && tokens.token(i + k).key === name.keys[k];
        const next = tokens.token(last + 1);
        if (!same || (next && next.joined && next.isWord)) continue;
        const candidate = candidateOf(context, i, last, name.label, name.weight, 'propagated');
        candidate.canonical = name.canonical;
        found.push(candidate);
        for (let k = i; k <= last; k++) taken[k] = 1;
        return last;
      }
      return i;
    };
    if (anyCaseNames) {
      for (let i = 0; i < tokens.length; i++) i = matchAt(i);
    } else {
      // without titles, a name starts at a capitalised word: the scanner listed them
      let after = -1;
      for (const i of context.capitals) if (i > after) after = matchAt(i);
    }
    if (found.length === 0) return candidates;
    // a repeated title may cover names found inside it: the heavier span wins again
    return resolveOverlaps.refine([...candidates, ...found], context);
  },
};

