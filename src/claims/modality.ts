import { countBefore } from '../document/sorted-search.js';
import type { Span } from '../document/span.js';
import type { Refiner } from '../extract/pipeline.js';
import type { ClaimContext } from './context.js';
import { quoteAt } from './quotes.js';
import type { ClaimDraft, Modality } from './types.js';
import { claimVocabulary } from './vocabulary.js';

/** How many tokens before a figure a « near » cue may stand (« de l'ordre de 10 minutes »). */
const NEAR_WINDOW = 4;

/** The journalistic conditional (« aurait menacé », « seraient en cours ») by its ending. */
export function isConditional(word: string): boolean {
  return (word.endsWith('rait') || word.endsWith('raient')) && word.length > 5 && !claimVocabulary().notConditional.has(word);
}

/**
 * How a figure is stated: hedged when an approximation stands just before it (« près de »,
 * « de l'ordre de ») or a modal of possibility is said with it (« pourrait »); else
 * reported when its words are in the conditional or attributed (« selon », « d'après »);
 * else asserted. A figure in a quote is judged by the quote's words — the speaker asserts
 * it — and one outside by its sentence less any quotes.
 */
export function modalityOf(context: ClaimContext, draft: ClaimDraft): Modality {
  const quote = quoteAt(context.quotes, draft.figure.start);
  const [sentenceFirst, sentenceLast] = context.sentenceTokens(draft.sentence);
  const scope: Span = quote ? quote.inner : context.sentences[draft.sentence];
  const first = Math.max(sentenceFirst, context.tokenAt(scope.start));
  const last = Math.min(sentenceLast, context.tokenAt(scope.end));
  // one key for the token range [first, last)
  const cues = context.memo(quote ? 'modality-in-quote' : 'modality', first * (context.tokens.length + 1) + last, () => cuesIn(context, first, last, quote !== null));
  if (cues.hedgedClause) return 'hedged';
  // a « near » cue acts on the figure it stands just before
  const figureToken = context.tokenAt(draft.figure.start);
  const figureEnd = context.tokenAt(draft.figure.end);
  const k = countBefore(cues.nearHedges.length, (n) => cues.nearHedges[n] < figureToken - NEAR_WINDOW);
  if (k < cues.nearHedges.length && cues.nearHedges[k] < figureEnd) return 'hedged';
  return cues.reported ? 'reported' : 'asserted';
}

interface ScopeCues {
  /** A hedge that acts on every figure of the scope (« pourrait »). */
  readonly hedgedClause: boolean;
  readonly reported: boolean;
  /** Token indices where « near » hedges start (« près de », « environ »), ascending. */
  readonly nearHedges: readonly number[];
}

/** The cues of a scope (a quote's words, or a sentence less its quotes), read once for all its figures. */
function cuesIn(context: ClaimContext, first: number, last: number, inQuote: boolean): ScopeCues {
  const { tokens, quotes } = context;
  const { modalityCues } = claimVocabulary();
  const nearHedges: number[] = [];
  let hedgedClause = false;
  let reported = false;
  // outside quotes, words inside a quote speak for its speaker, not for the figure: the quotes
  // (sorted, disjoint) are walked along with the tokens, from the first that ends after the scope starts
  let q = inQuote || first >= last ? quotes.length : countBefore(quotes.length, (k) => quotes[k].inner.end <= tokens[first].start);
  for (let i = first; i < last; i++) {
    while (q < quotes.length && quotes[q].inner.end <= tokens[i].start) q++;
    if (q < quotes.length && quotes[q].inner.start <= tokens[i].start) continue;
    const cue = modalityCues.matchAt(context.word, i, last)?.value;
    if (cue) {
      if (cue.modality === 'hedged') {
        if (cue.scope === 'clause') hedgedClause = true;
        else nearHedges.push(i);
      } else reported = true;
    } else if (tokens[i].kind === 'word' && isConditional(context.word(i))) reported = true;
  }
  return { hedgedClause, reported, nearHedges };
}

export const resolveModality: Refiner<ClaimContext, ClaimDraft> = {
  name: 'resolveModality',
  refine: (drafts, context) => {
    // pushed, not mapped: see extractClaims
    const resolved: ClaimDraft[] = [];
    for (const draft of drafts) resolved.push({ ...draft, modality: modalityOf(context, draft) });
    return resolved;
  },
};
