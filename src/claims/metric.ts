import { readDataLines } from '../data/load.js';
import type { Refiner } from '../extract/pipeline.js';
import type { ClaimContext } from './context.js';
import { foldToken, PhraseMatcher } from './phrase-matcher.js';
import type { ClaimDraft } from './types.js';
import { claimVocabulary } from './vocabulary.js';

/** How far before the figure its metric may be named (« le stockage de ces produits dans ses entrepôts, jusqu'à 1 500 euros »). */
const BEFORE_WINDOW = 12;
/** Plural nouns that do not change (« prix », « fois », « cours »). */
const INVARIABLE_ENDINGS = ['s', 'x', 'z'];

let countMetrics: Set<string> | undefined;
let nonCountMatcher: PhraseMatcher | undefined;

/** Metrics that name what is counted (clients, salariés): only a count's own noun gives them. */
function isCountMetric(metric: string): boolean {
  countMetrics ??= new Set(
    readDataLines('claims/metrics.tsv')
      .map((line) => line.split('\t'))
      .filter((columns) => columns[2] === 'count')
      .map((columns) => columns[1]),
  );
  return countMetrics.has(metric);
}

function measureMatcher(): PhraseMatcher {
  nonCountMatcher ??= new PhraseMatcher(
    readDataLines('claims/metrics.tsv')
      .map((line) => line.split('\t'))
      .filter((columns) => columns[2] !== 'count')
      .map((columns) => [columns[0], columns[1]] as const),
  );
  return nonCountMatcher;
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
export function metricOf(context: ClaimContext, draft: ClaimDraft): string | null {
  const { text, tokens } = context;
  const { figure } = draft;
  const { metrics, wordClass } = claimVocabulary();
  const [first, last] = context.sentenceTokens(draft.sentence);

  if (figure.kind === 'rank') {
    for (let i = context.tokenAt(figure.end); i < Math.min(last, context.tokenAt(figure.end) + 3); i++) {
      if (foldToken(text, tokens[i]).startsWith('mondial')) return 'rang mondial';
    }
    return 'rang';
  }

  // after the figure: « de parts de marché », « du chiffre d'affaires », « de ses bénéfices », « clients »
  let i = context.tokenAt(figure.end);
  while (i < last && wordClass.has(foldToken(text, tokens[i])) && wordClass.get(foldToken(text, tokens[i])) !== 'boundary') i++;
  const after = i < last ? metrics.matchAt(text, tokens, i, last) : null;
  if (after) return after.value;
  if (figure.kind === 'count' && i < last && tokens[i].kind === 'word' && i === nextWordAfter(context, figure.end)) {
    return pluralise(foldToken(text, tokens[i]));
  }

  // before it, in its clause: the nearest phrase that names a measure
  const matcher = measureMatcher();
  const figureToken = context.tokenAt(figure.start);
  for (let k = figureToken - 1; k >= Math.max(first, figureToken - BEFORE_WINDOW); k--) {
    if (wordClass.get(foldToken(text, tokens[k])) === 'boundary') break;
    const match = matcher.matchAt(text, tokens, k, figureToken);
    if (match && !isCountMetric(match.value)) return match.value;
  }
  return null;
}

/** The token index of the first word after `offset` with only « de / d' / des » between. */
function nextWordAfter(context: ClaimContext, offset: number): number {
  let i = context.tokenAt(offset);
  const word = (k: number): string => foldToken(context.text, context.tokens[k]);
  while (i < context.tokens.length && (word(i) === 'de' || word(i) === "d'" || word(i) === 'des')) i++;
  return i;
}

export const resolveMetric: Refiner<ClaimContext, ClaimDraft> = {
  name: 'resolveMetric',
  refine: (drafts, context) => drafts.map((draft) => ({ ...draft, metric: metricOf(context, draft) })),
};
