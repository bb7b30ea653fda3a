import type { Refiner } from '../extract/pipeline.js';
import type { ClaimContext } from './context.js';
import { quoteAt } from './quotes.js';
import type { ClaimDraft } from './types.js';
import { claimVocabulary } from './vocabulary.js';

/**
 * Page furniture holds numbers that state no fact about the world: a site's counters and
 * subscription blurbs (« Vous avez lu 0 articles », « voici trois bonnes raisons de
 * soutenir notre travail »), a player's length alone on its line (« 51 min ») or in a
 * byline (« Le Journal du matin / 1 min. / le 8 février 2016 »).
 */
export function isPageFurniture(context: ClaimContext, draft: ClaimDraft): boolean {
  const signs = context.memo('furniture', draft.sentence, () => furnitureSigns(context, draft.sentence));
  if (signs.cue) return true;
  // a slogan opening on nothing (« Zéro publicité, … », « 0 frais »)
  if (draft.figure.kind === 'count' && draft.figure.value === 0 && draft.figure.start === context.sentences[draft.sentence].start) return true;
  // the site addressing its reader about itself, outside any quote
  if (signs.addressesReader && signs.speaksAsSite && !quoteAt(context.quotes, draft.figure.start)) return true;
  return draft.figure.kind === 'duration' && (aloneOnLine(context, draft) || inBylineSegment(context, draft));
}

/** What in a sentence marks it as furniture, read once for all its figures. */
function furnitureSigns(context: ClaimContext, sentence: number): { cue: boolean; addressesReader: boolean; speaksAsSite: boolean } {
  const [first, last] = context.sentenceTokens(sentence);
  const { furniture } = claimVocabulary();
  let addressesReader = false;
  let speaksAsSite = false;
  for (let i = first; i < last; i++) {
    if (furniture.matchAt(context.word, i, last)) return { cue: true, addressesReader, speaksAsSite };
    const word = context.word(i);
    if (word === 'vous' || word === 'votre' || word === 'vos') addressesReader = true;
    if (word === 'notre' || word === 'nos' || word === 'nous') speaksAsSite = true;
  }
  return { cue: false, addressesReader, speaksAsSite };
}

/** Bylines and player lengths sit on short lines; a longer line is prose. */
const SHORT_LINE = 200;

function aloneOnLine(context: ClaimContext, draft: ClaimDraft): boolean {
  const [lineStart, lineEnd] = context.lineAround(draft.figure.start);
  if (lineEnd - lineStart > SHORT_LINE) return false;
  const rest = context.text.slice(lineStart, draft.figure.start) + context.text.slice(draft.figure.end, lineEnd);
  return rest.replace(/[\s.·|/–—-]/g, '') === '';
}

/** A segment of a « / » or « | » separated line (title / programme / length / date). */
function inBylineSegment(context: ClaimContext, draft: ClaimDraft): boolean {
  const [lineStart, lineEnd] = context.lineAround(draft.figure.start);
  if (lineEnd - lineStart > SHORT_LINE) return false;
  const line = context.text.slice(lineStart, lineEnd);
  if (line.split(/ [/|] /).length - 1 < 2) return false;
  const at = draft.figure.start - lineStart;
  const end = draft.figure.end - lineStart;
  const segmentStart = Math.max(line.lastIndexOf(' / ', at), line.lastIndexOf(' | ', at));
  const slash = line.indexOf(' / ', end);
  const bar = line.indexOf(' | ', end);
  const segmentEnd = Math.min(slash === -1 ? line.length : slash, bar === -1 ? line.length : bar);
  const around = line.slice(segmentStart === -1 ? 0 : segmentStart + 3, at) + line.slice(end, segmentEnd);
  return around.replace(/[\s.]/g, '') === '';
}

export const dropPageFurniture: Refiner<ClaimContext, ClaimDraft> = {
  name: 'dropPageFurniture',
  refine: (drafts, context) => drafts.filter((draft) => !isPageFurniture(context, draft)),
};
