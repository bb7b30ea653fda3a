import type { Refiner } from '../extract/pipeline.js';
import type { ClaimContext } from './context.js';
import type { ClaimDraft } from './types.js';
import { claimVocabulary } from './vocabulary.js';

/**
 * Page furniture holds numbers that state no fact about the world: a site's counters and
 * subscription blurbs (« Vous avez lu 0 articles », « voici trois bonnes raisons de
 * soutenir notre travail »), a player's length alone on its line (« 51 min ») or in a
 * byline (« Le Journal du matin / 1 min. / le 8 février 2016 »).
 */
export function isPageFurniture(context: ClaimContext, draft: ClaimDraft): boolean {
  const [first, last] = context.sentenceTokens(draft.sentence);
  const { furniture } = claimVocabulary();
  let addressesReader = false;
  let speaksAsSite = false;
  for (let i = first; i < last; i++) {
    if (furniture.matchAt(context.word, i, last)) return true;
    const word = context.word(i);
    if (word === 'vous' || word === 'votre' || word === 'vos') addressesReader = true;
    if (word === 'notre' || word === 'nos' || word === 'nous') speaksAsSite = true;
  }
  // a slogan opening on nothing (« Zéro publicité, … », « 0 frais »)
  if (draft.figure.kind === 'count' && draft.figure.value === 0 && draft.figure.start === context.sentences[draft.sentence].start) return true;
  // the site addressing its reader about itself, outside any quote
  if (addressesReader && speaksAsSite && !context.quotes.some((q) => q.inner.start <= draft.figure.start && draft.figure.end <= q.inner.end)) return true;
  return draft.figure.kind === 'duration' && (aloneOnLine(context, draft) || inBylineSegment(context, draft));
}

function lineAround(text: string, start: number, end: number): [number, number] {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  return [lineStart, newline === -1 ? text.length : newline];
}

function aloneOnLine(context: ClaimContext, draft: ClaimDraft): boolean {
  const [lineStart, lineEnd] = lineAround(context.text, draft.figure.start, draft.figure.end);
  const rest = context.text.slice(lineStart, draft.figure.start) + context.text.slice(draft.figure.end, lineEnd);
  return rest.replace(/[\s.·|/–—-]/g, '') === '';
}

/** A segment of a « / » or « | » separated line (title / programme / length / date). */
function inBylineSegment(context: ClaimContext, draft: ClaimDraft): boolean {
  const [lineStart, lineEnd] = lineAround(context.text, draft.figure.start, draft.figure.end);
  const line = context.text.slice(lineStart, lineEnd);
  const separators = line.split(/ [/|] /).length - 1;
  if (separators < 2) return false;
  const segmentStart = Math.max(context.text.lastIndexOf(' / ', draft.figure.start), context.text.lastIndexOf(' | ', draft.figure.start));
  const segmentEndSlash = context.text.indexOf(' / ', draft.figure.end);
  const segmentEnd = segmentEndSlash === -1 || segmentEndSlash > lineEnd ? lineEnd : segmentEndSlash;
  const before = context.text.slice(Math.max(segmentStart + 3, lineStart), draft.figure.start);
  const after = context.text.slice(draft.figure.end, segmentEnd);
  return (before + after).replace(/[\s.]/g, '') === '';
}

export const dropPageFurniture: Refiner<ClaimContext, ClaimDraft> = {
  name: 'dropPageFurniture',
  refine: (drafts, context) => drafts.filter((draft) => !isPageFurniture(context, draft)),
};
