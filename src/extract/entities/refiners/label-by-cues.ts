import type { Refiner } from '../../pipeline.js';
import type { Candidate, EntityContext } from '../candidate.js';
import { cueSet, type CueSet } from '../cue-set.js';
import type { EntityKnowledge } from '../knowledge.js';
import { TOKEN_CAPITALISED } from '../scan-words.js';
import type { EntityLabel } from '../types.js';

const ARTICLES = new Set(['le', 'la', 'les', "l'"]);

function wordCount(context: EntityContext, candidate: Candidate): number {
  let count = 0;
  // a capitalised token is a word
  for (let i = candidate.first; i <= candidate.last; i++) if ((context.flags[i] & TOKEN_CAPITALISED) !== 0) count++;
  return count;
}

/** Index of the token after the candidate, past one comma (« Ecobee, un fabricant »). */
function afterIndex(context: EntityContext, candidate: Candidate): number {
  const next = candidate.last + 1;
  return context.tokens.isUnit(next, 0x2c) ? next + 1 : next;
}

/** True when a gazetteer place starts at token `index` (« Sevrey (Saône-et-Loire) »). */
function placeAt(context: EntityContext, index: number): boolean {
  const token = context.tokens.token(index);
  if (!token) return false;
  for (const name of context.knowledge.names.get(token.key) ?? []) {
    if (name.entry.label !== 'LOC') continue;
    let same = true;
    for (let k = 1; k < name.keys.length && same; k++) same = context.tokens.token(index + k)?.key === name.keys[k];
    if (same) return true;
  }
  return false;
}

interface LabelCues {
  readonly knowledge: EntityKnowledge;
  readonly personTitles: CueSet;
  readonly organisationBefore: CueSet;
  readonly organisationAfter: CueSet;
  readonly personBefore: CueSet;
  readonly personAfter: CueSet;
  readonly placeBefore: CueSet;
}

/** The cue sets of the last knowledge seen: looked up once, not six times per candidate. */
let labelCues: LabelCues | undefined;

function labelCuesOf(knowledge: EntityKnowledge): LabelCues {
  if (labelCues?.knowledge === knowledge) return labelCues;
  const { cues } = knowledge;
  labelCues = {
    knowledge,
    personTitles: cueSet(cues.personTitles, 'before'),
    organisationBefore: cueSet(cues.organisationBefore, 'before'),
    organisationAfter: cueSet(cues.organisationAfter, 'after'),
    personBefore: cueSet(cues.personBefore, 'before'),
    personAfter: cueSet(cues.personAfter, 'after'),
    placeBefore: cueSet(cues.placeBefore, 'before'),
  };
  return labelCues;
}

/** The label the context gives a candidate, with the weight of that evidence. */
export function labelFromContext(context: EntityContext, candidate: Candidate): [EntityLabel, number] {
  const { tokens, knowledge } = context;
  const cues = labelCuesOf(knowledge);
  const first = tokens.token(candidate.first);
  const last = tokens.token(candidate.last);
  const words = wordCount(context, candidate);
  const after = afterIndex(context, candidate);
  if (cues.personTitles.matchesAt(tokens, candidate.first)) return ['PER', 5];
  if (cues.organisationBefore.matchesAt(tokens, candidate.first)) return ['ORG', 5];
  if (cues.organisationAfter.matchesAt(tokens, after)) return ['ORG', 5];
  if (words >= 2 && knowledge.firstNames.has(first.key) && !knowledge.organisationHeads.has(last.key)) return ['PER', 4];
  if (knowledge.organisationHeads.has(first.key) || (words >= 2 && knowledge.organisationHeads.has(last.key))) return ['ORG', 4];
  if (knowledge.geoHeads.has(first.key) && words >= 2) return ['LOC', 4];
  if (knowledge.miscHeads.has(first.key) && words >= 2) return ['MISC', 4];
  if (cues.personBefore.matchesAt(tokens, candidate.first)) return ['PER', words >= 2 ? 5 : 2];
  if (cues.personAfter.matchesAt(tokens, after)) return ['PER', words >= 2 ? 4 : 2];
  if (tokens.isUnit(candidate.last + 1, 0x28) && placeAt(context, candidate.last + 2)) return ['LOC', 4];
  if (cues.placeBefore.matchesAt(tokens, candidate.first)) return ['LOC', 3];
  if (words === 1 && first.allCaps) return ['ORG', 3];
  if (candidate.source === 'acronym-definition') return ['ORG', 4];
  // « Le Journal du matin », « La Rochelle »: article-led names are rarely people
  if (ARTICLES.has(first.lower)) return ['ORG', 1];
  if (words >= 2) return ['ORG', 1];
  return ['LOC', 0.5];
}

/**
 * Gives a label to the candidates that have none (capitalised runs, long forms of
 * acronyms) from the words around them: organisation, person and place cues, head nouns
 * (« Fédération », « Université »), given names, and a weak default.
 */
export const labelByCues: Refiner<EntityContext, Candidate> = {
  name: 'labelByCues',
  refine(candidates, context) {
    for (const candidate of candidates) {
      if (candidate.label !== null) continue;
      const [label, weight] = labelFromContext(context, candidate);
      candidate.label = label;
      if (candidate.source === 'capitals') candidate.weight = weight;
    }
    return candidates;
  },
};
