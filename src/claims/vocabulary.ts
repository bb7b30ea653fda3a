import { readDataLines } from '../data/load.js';
import { PhraseMatcher } from './phrase-matcher.js';

/** The claim steps' word lists (src/data/claims/), loaded on first use. */
export interface ClaimVocabulary {
  readonly wordClass: ReadonlyMap<string, string>;
  readonly anaphora: ReadonlyMap<string, string>;
  readonly furniture: PhraseMatcher;
  /** Conjugated forms of the reporting verbs (« explique », « a détaillé », « estime »). */
  readonly speechVerbs: ReadonlySet<string>;
}

let vocabulary: ClaimVocabulary | undefined;

const pairs = (name: string): [string, string][] => readDataLines(name).map((line) => line.split('\t') as [string, string]);

/** The forms of a regular -er verb that introduce speech in the 3rd person. */
function conjugateEr(infinitive: string): string[] {
  const stem = infinitive.slice(0, -2);
  // « commencer »-style spelling changes do not occur in the list; « -ger » keeps its e before a
  const soft = stem.endsWith('g') ? `${stem}e` : stem;
  return [`${stem}e`, `${stem}ent`, `${soft}ait`, `${soft}aient`, `${soft}a`, `${stem}é`, `${stem}ée`, `${stem}és`, `${stem}ées`];
}

export function claimVocabulary(): ClaimVocabulary {
  if (vocabulary) return vocabulary;
  const speechVerbs = new Set<string>();
  for (const line of readDataLines('claims/speech-verbs.txt')) {
    const [infinitive, forms] = line.split(':');
    if (forms) for (const form of forms.split(',')) speechVerbs.add(form.trim());
    else for (const form of conjugateEr(infinitive.trim())) speechVerbs.add(form);
  }
  vocabulary = {
    wordClass: new Map(pairs('claims/function-words.tsv')),
    anaphora: new Map(pairs('claims/anaphora.tsv')),
    furniture: new PhraseMatcher(readDataLines('claims/furniture-cues.txt').map((phrase) => [phrase, phrase] as const)),
    speechVerbs,
  };
  return vocabulary;
}
