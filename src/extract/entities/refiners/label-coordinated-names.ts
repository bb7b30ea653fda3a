import type { Refiner } from '../../pipeline.js';
import type { Candidate, EntityContext } from '../candidate.js';
import type { EntityLabel } from '../types.js';

/** Evidence a name has from its list (less than a cue right next to it: labelFromContext). */
const LIST_WEIGHT = 2;
/** Evidence under which a name's own label gives way to its list's: a bare run's default. */
const WEAK_WEIGHT = 1;
/** Evidence from which a name may lend its label to its list: a head noun, a given name, a cue, a gazetteer. */
const ANCHOR_WEIGHT = 4;
/** Evidence enough for one name alone to lend it: a cue right next to it, a gazetteer. */
const LONE_ANCHOR_WEIGHT = 5;

/** Whether only a comma, « et » or « ou » (or a comma then one of them) stands between two candidates. */
function joined(context: EntityContext, left: Candidate, right: Candidate): boolean {
  const { tokens, text } = context;
  const gap = right.first - left.last - 1;
  if (gap < 1 || gap > 2) return false;
  const word = (k: number): string => text.slice(tokens.starts[k], tokens.ends[k]);
  const k = left.last + 1;
  if (gap === 2) return tokens.isUnit(k, 0x2c) && (word(k + 1) === 'et' || word(k + 1) === 'ou');
  return tokens.isUnit(k, 0x2c) || word(k) === 'et' || word(k) === 'ou';
}

/**
 * The names of one list share its label: « les sites de Villanueva de Gállego, El Burgo de
 * Ebro et Huesca » are three places, as a gazetteer that knew Huesca would tell. A name
 * labelled on weak evidence only takes the label its list's well-attested names agree on; a list whose
 * names disagree (« Paris, Sanofi et Jean Dupont ») changes nothing. Candidates come sorted by
 * start, without overlaps (resolveOverlaps); one pass over them.
 */
export const labelCoordinatedNames: Refiner<EntityContext, Candidate> = {
  name: 'labelCoordinatedNames',
  refine(candidates, context) {
    let from = 0;
    while (from < candidates.length) {
      let to = from + 1;
      while (to < candidates.length && joined(context, candidates[to - 1], candidates[to])) to++;
      if (to - from >= 2) labelList(candidates, from, to);
      from = to;
    }
    return candidates;
  },
};

/**
 * Gives the weakly labelled names of candidates [from, to) the label their anchors agree on:
 * two anchors, or one of a cue or a gazetteer (a given name alone is no proof: « El Burgo de
 * Ebro »).
 */
function labelList(candidates: Candidate[], from: number, to: number): void {
  let agreed: EntityLabel | null = null;
  let anchors = 0;
  let strongest = 0;
  let weak = 0;
  for (let k = from; k < to; k++) {
    const { label, weight } = candidates[k];
    if (weight <= WEAK_WEIGHT) weak++;
    if (weight < ANCHOR_WEIGHT || label === null) continue;
    if (agreed !== null && agreed !== label) return;
    agreed = label;
    anchors++;
    strongest = Math.max(strongest, weight);
  }
  if (agreed === null || weak === 0 || (anchors < 2 && strongest < LONE_ANCHOR_WEIGHT)) return;
  for (let k = from; k < to; k++) {
    const candidate = candidates[k];
    if (candidate.weight > WEAK_WEIGHT) continue;
    candidate.label = agreed;
    candidate.weight = LIST_WEIGHT;
  }
}
