import { readDataLines } from '../data/load.js';
import type { Refiner } from '../extract/pipeline.js';
import type { ClaimContext } from './context.js';
import { foldToken, PhraseMatcher } from './phrase-matcher.js';
import type { ClaimDraft, Modality } from './types.js';

let cues: PhraseMatcher<Modality> | undefined;
let notConditional: Set<string> | undefined;

function modalityCues(): PhraseMatcher<Modality> {
  cues ??= new PhraseMatcher(
    readDataLines('claims/modality-cues.tsv').map((line) => {
      const [phrase, modality] = line.split('\t');
      return [phrase, modality as Modality] as const;
    }),
  );
  return cues;
}

/** The journalistic conditional (« aurait menacé », « seraient en cours ») by its ending. */
export function isConditional(word: string): boolean {
  notConditional ??= new Set(readDataLines('claims/conditional-exceptions.txt'));
  return (word.endsWith('rait') || word.endsWith('raient')) && word.length > 5 && !notConditional.has(word);
}

/**
 * How the figure's sentence states it: hedged when it signals approximation or
 * possibility (« pourrait », « environ », « près de »), else reported when told in the
 * conditional or attributed (« selon », « d'après »), else asserted.
 */
export function modalityOf(context: ClaimContext, sentence: number): Modality {
  const { text, tokens } = context;
  const [first, last] = context.sentenceTokens(sentence);
  let reported = false;
  for (let i = first; i < last; i++) {
    const cue = modalityCues().matchAt(text, tokens, i, last);
    if (cue?.value === 'hedged') return 'hedged';
    if (cue?.value === 'reported') reported = true;
    else if (tokens[i].kind === 'word' && isConditional(foldToken(text, tokens[i]))) reported = true;
  }
  return reported ? 'reported' : 'asserted';
}

export const resolveModality: Refiner<ClaimContext, ClaimDraft> = {
  name: 'resolveModality',
  refine: (drafts, context) => drafts.map((draft) => ({ ...draft, modality: modalityOf(context, draft.sentence) })),
};
