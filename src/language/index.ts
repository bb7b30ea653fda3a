export { detectLanguage } from './detect-language.js';
export { CANDIDATES } from './candidates.js';
export type { Candidate } from './candidates.js';
export type { LanguageGuess } from './types.js';
