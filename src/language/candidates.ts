/**
 * The languages the detector tells apart in Latin script. The tool reads French press: French,
 * the languages it quotes most (English) and the neighbouring Western European languages whose
 * names, quotes and sources turn up in it. Restricting the candidates is what makes short text
 * tractable: a single word cannot be told apart among 60 languages, often can among eight.
 */
export interface Candidate {
  /** ISO 639-1, as the model data is keyed. */
  readonly iso1: string;
  /** ISO 639-3, as records carry. */
  readonly iso3: string;
}

export const CANDIDATES: readonly Candidate[] = [
  { iso1: 'fr', iso3: 'fra' },
  { iso1: 'en', iso3: 'eng' },
  { iso1: 'de', iso3: 'deu' },
  { iso1: 'es', iso3: 'spa' },
  { iso1: 'it', iso3: 'ita' },
  { iso1: 'pt', iso3: 'por' },
  { iso1: 'nl', iso3: 'nld' },
  { iso1: 'ca', iso3: 'cat' },
];

/** Position of an ISO 639-1 code in CANDIDATES, or -1. */
export function candidateIndex(iso1: string): number {
  return CANDIDATES.findIndex((candidate) => candidate.iso1 === iso1);
}
