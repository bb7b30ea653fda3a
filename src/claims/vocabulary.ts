import { readDataLines } from '../data/load.js';
import { PhraseMatcher } from './phrase-matcher.js';
import type { Modality } from './types.js';

/** What a metric phrase stands for (metrics.tsv). */
export interface MetricPhrase {
  /** The normalised metric (« parts du marché » → « part de marché »). */
  readonly metric: string;
  /**
   * `count`: names what a count counts; `percent`: names a metric only after a percentage;
   * `change`: a change noun, naming only the figure that follows it (« une hausse de 5 % »).
   */
  readonly only: 'count' | 'percent' | 'change' | null;
}

/** How a modality cue acts (modality-cues.tsv): on the figure it stands just before, or on its whole clause. */
export interface ModalityCue {
  readonly modality: Modality;
  readonly scope: 'near' | 'clause';
}

/** A division a text often names by its parent (subsidiaries.tsv). */
export interface Division {
  readonly name: string;
  readonly parent: string;
  /** The words of its market (« cloud », « streaming »). */
  readonly market: readonly string[];
}

/**
 * The claim steps' word lists: the one place that reads src/data/claims/. Nothing is read
 * until a step first asks, so commands that print no claims never pay for them.
 */
export interface ClaimVocabulary {
  readonly wordClass: ReadonlyMap<string, string>;
  readonly anaphora: ReadonlyMap<string, string>;
  readonly furniture: PhraseMatcher;
  /** Conjugated forms of the reporting verbs (« explique », « a détaillé », « estime »). */
  readonly speechVerbs: ReadonlySet<string>;
  /** Documents that state figures for whoever issued them (« une étude », « les chiffres »). */
  readonly sourceNouns: ReadonlySet<string>;
  readonly metrics: PhraseMatcher<MetricPhrase>;
  readonly modalityCues: PhraseMatcher<ModalityCue>;
  /** Words in -rait / -raient that are no conditional (« portrait », « retrait »). */
  readonly notConditional: ReadonlySet<string>;
  readonly divisions: readonly Division[];
  /** Subjects that make a clause's figures about a market or a population, not an organisation (« le marché », « les ménages »). */
  readonly marketSubjects: ReadonlySet<string>;
}

let vocabulary: ClaimVocabulary | undefined;

const columns = (name: string): string[][] => readDataLines(name).map((line) => line.split('\t'));

/** The forms of a regular -er verb that introduce speech in the 3rd person. */
function conjugateEr(infinitive: string): string[] {
  const stem = infinitive.slice(0, -2);
  // « commencer »-style spelling changes do not occur in the list; « -ger » keeps its e before a
  const soft = stem.endsWith('g') ? `${stem}e` : stem;
  return [`${stem}e`, `${stem}ent`, `${soft}ait`, `${soft}aient`, `${soft}a`, `${stem}é`, `${stem}ée`, `${stem}és`, `${stem}ées`];
}

function speechVerbForms(): Set<string> {
  const forms = new Set<string>();
  for (const line of readDataLines('claims/speech-verbs.txt')) {
    const [infinitive, listed] = line.split(':');
    if (listed) for (const form of listed.split(',')) forms.add(form.trim());
    else for (const form of conjugateEr(infinitive.trim())) forms.add(form);
  }
  return forms;
}

export function claimVocabulary(): ClaimVocabulary {
  vocabulary ??= {
    wordClass: new Map(columns('claims/function-words.tsv').map(([word, cls]) => [word, cls])),
    anaphora: new Map(columns('claims/anaphora.tsv').map(([noun, label]) => [noun, label])),
    furniture: new PhraseMatcher(readDataLines('claims/furniture-cues.txt').map((phrase) => [phrase, phrase] as const)),
    speechVerbs: speechVerbForms(),
    sourceNouns: new Set(readDataLines('claims/source-nouns.txt')),
    metrics: new PhraseMatcher(
      columns('claims/metrics.tsv').map(([phrase, metric, only]) => [phrase, { metric, only: (only as MetricPhrase['only'] | undefined) ?? null }] as const),
    ),
    modalityCues: new PhraseMatcher(
      columns('claims/modality-cues.tsv').map(([phrase, modality, scope]) => [phrase, { modality: modality as Modality, scope: scope as 'near' | 'clause' }] as const),
    ),
    notConditional: new Set(readDataLines('claims/conditional-exceptions.txt')),
    marketSubjects: new Set(readDataLines('claims/market-subjects.txt')),
    divisions: columns('claims/subsidiaries.tsv').map(([name, parent, market]) => ({ name, parent, market: market.split(',').map((word) => word.trim()) })),
  };
  return vocabulary;
}
