import type { Refiner } from '../extract/pipeline.js';
import type { ClaimContext } from './context.js';
import type { ClaimDraft } from './types.js';
import { claimVocabulary, type MetricPhrase } from './vocabulary.js';

/** How far before the figure its metric may be named (« le stockage de ces produits dans ses entrepôts, jusqu'à 1 500 euros »). */
const BEFORE_WINDOW = 12;
/** Plural nouns that do not change (« prix », « fois », « cours »). */
const INVARIABLE_ENDINGS = ['s', 'x', 'z'];

/** The metric a phrase at token i names for a figure of this kind, and where the phrase ends. */
export function metricPhraseAt(context: ClaimContext, i: number, limit: number, kind: string, after: boolean): { phrase: MetricPhrase; end: number } | null {
  const match = claimVocabulary().metrics.matchAt(context.word, i, limit);
  if (!match) return null;
  const phrase = match.value;
  if (phrase.only === 'percent' && !(after && kind === 'percent')) return null;
  // a counted noun names the metric of its own count, not of an amount near it
  if (phrase.only === 'count' && !after) return null;
  return { phrase, end: match.end };
}

function pluralise(word: string): string {
  return INVARIABLE_ENDINGS.some((ending) => word.endsWith(ending)) ? word : word.endsWith('al') ? `${word.slice(0, -2)}aux` : `${word}s`;
}

/**
 * What a figure measures, as a normalised lower-case noun phrase: the phrase after it
 * (« 47,8 % de parts de marché », « 6 millions de clients »), else one named shortly
 * before in its clause (« un temps de réaction … de 10 minutes », « le titre … a gagné
 * 3,49 % »), else for a rank its scope (« 6ème groupe mondial » → rang mondial).
 */
export function metricOf(context: ClaimContext, draft: ClaimDraft, previous?: ClaimDraft): string | null {
  const { tokens } = context;
  const { figure } = draft;
  const { wordClass } = claimVocabulary();
  const [first, last] = context.sentenceTokens(draft.sentence);

  if (figure.kind === 'rank') {
    for (let i = context.tokenAt(figure.end); i < Math.min(last, context.tokenAt(figure.end) + 3); i++) {
      if (context.word(i).startsWith('mondial')) return 'rang mondial';
    }
    return 'rang';
  }

  // after the figure: « de parts de marché », « du chiffre d'affaires », « de ses bénéfices », « clients »
  let i = context.tokenAt(figure.end);
  const afterStop = Math.min(last, i + 6);
  while (i < afterStop && wordClass.has(context.word(i)) && wordClass.get(context.word(i)) !== 'boundary') i++;
  const after = i < last ? metricPhraseAt(context, i, last, figure.kind, true) : null;
  if (after) return after.phrase.metric;
  // « 480 millions de colis », but not « 18 500 fin 2021 »
  if (figure.kind === 'count' && i < last && tokens[i].kind === 'word' && i === nextWordAfter(context, figure.end) && !context.inDate(tokens[i].start)) {
    return pluralise(context.word(i));
  }

  // before it, in its clause: the nearest phrase that names a measure; a change noun only
  // for the figure it introduces (« une hausse de salaire de 5 % et une prime de 300 euros »)
  const figureToken = context.tokenAt(figure.start);
  const previousFigure = previous?.sentence === draft.sentence ? previous.figure.start : -1;
  for (let k = figureToken - 1; k >= Math.max(first, figureToken - BEFORE_WINDOW); k--) {
    if (wordClass.get(context.word(k)) === 'boundary') break;
    const match = metricPhraseAt(context, k, figureToken, figure.kind, false);
    if (match && !(match.phrase.only === 'change' && context.tokens[k].start < previousFigure)) return match.phrase.metric;
  }
  return null;
}

/** The token index of the first word after `offset` with only « de / d' / des » between. */
function nextWordAfter(context: ClaimContext, offset: number): number {
  let i = context.tokenAt(offset);
  while (i < context.tokens.length && (context.word(i) === 'de' || context.word(i) === "d'" || context.word(i) === 'des')) i++;
  return i;
}

/** Words that set a figure beside the one before it, measuring the same thing (« 32 % …, contre 20 % pour Microsoft », « derrière E.Leclerc (23,4 %) »). */
const PARALLEL = new Set(['contre', 'et', 'ou', 'puis', 'à', 'vs', 'face', '(']);

/**
 * A figure that names no metric of its own but stands in parallel with the previous figure
 * of its sentence, of the same kind and unit, measures the same thing.
 */
function parallelMetric(context: ClaimContext, draft: ClaimDraft, previous: ClaimDraft | undefined, previousMetric: string | null): string | null {
  if (!previous || previousMetric === null || previous.sentence !== draft.sentence) return null;
  if (previous.figure.kind !== draft.figure.kind || previous.figure.unit !== draft.figure.unit) return null;
  const before = context.tokenAt(draft.figure.start) - 1;
  return before >= 0 && PARALLEL.has(context.word(before)) ? previousMetric : null;
}

/** Words that join the bounds of a range (« entre 40 et 60 % », « de 3 à 5 millions »). */
const RANGE_JOINERS = new Set(['et', 'à', '-', '–']);

/** « entre 40 et 60 % des salariés »: the lower bound of a range measures what its upper bound does. */
function rangeMetric(context: ClaimContext, draft: ClaimDraft, next: ClaimDraft | undefined, nextMetric: string | null): string | null {
  if (!next || nextMetric === null || next.sentence !== draft.sentence) return null;
  if (next.figure.kind !== draft.figure.kind || next.figure.unit !== draft.figure.unit) return null;
  const between = context.tokenAt(draft.figure.end);
  return context.tokenAt(next.figure.start) === between + 1 && RANGE_JOINERS.has(context.word(between)) ? nextMetric : null;
}

export const resolveMetric: Refiner<ClaimContext, ClaimDraft> = {
  name: 'resolveMetric',
  refine: (drafts, context) => {
    const own = drafts.map((draft, k) => metricOf(context, draft, drafts[k - 1]));
    const resolved: ClaimDraft[] = [];
    for (const [k, draft] of drafts.entries()) {
      const metric = own[k] ?? parallelMetric(context, draft, drafts[k - 1], resolved[k - 1]?.metric ?? null) ?? rangeMetric(context, draft, drafts[k + 1], own[k + 1] ?? null);
      resolved.push({ ...draft, metric });
    }
    return resolved;
  },
};
