export { detectLanguage, documentPrior } from './detect-language.js';
export type { DetectOptions, LanguagePrior } from './detect-language.js';
export { CANDIDATES } from './candidates.js';
export type { Candidate } from './candidates.js';
export type { LanguageGuess } from './types.js';
export { DEFAULT_WEIGHTS } from './weights.js';
export type { DetectorWeights } from './weights.js';
