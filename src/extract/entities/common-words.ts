import type { EntityContext } from './candidate.js';

/** s and x: the endings of French plurals (« intempéries », « bureaux »). */
const PLURAL_S = 0x73;
const PLURAL_X = 0x78;
/** The letters before the -x of a French plural. */
const X_PLURAL_BEFORE = new Set(['au', 'eu', 'ou']);

/** The vocabulary's number (knowledge.ts) of text[start, end) by key (or lower-case form), or -1. */
function vocabularyId(context: EntityContext, start: number, end: number, key: boolean): number {
  return context.knowledge.vocabulary.find(context.text, start, end, key);
}

/** Feminine endings of French adjectives and nouns, and the masculine ones the dictionary's stems hold instead. */
const FEMININE_ENDINGS: readonly (readonly [string, string])[] = [
  ['ère', 'er'],
  ['ienne', 'ien'],
  ['éenne', 'éen'],
  ['elle', 'el'],
  ['euse', 'eur'],
  ['ive', 'if'],
  ['e', ''],
];
/** The least of a word left before a feminine ending (« une » is no feminine of « un »). */
const MIN_FEMININE_STEM = 3;

/**
 * True when token `index`, or its singular in -s, is the feminine of a dictionary stem (« Grande »
 * of « grand », « Dernière » of « dernier », « Hautes » of « haut »): the dictionary holds masculine stems.
 */
export function isFeminineWordAt(context: EntityContext, index: number): boolean {
  const { tokens, knowledge, text } = context;
  const start = tokens.starts[index];
  let end = tokens.ends[index];
  if ((text.charCodeAt(end - 1) | 0x20) === PLURAL_S) end--;
  for (const [feminine, masculine] of FEMININE_ENDINGS) {
    if (end - start < feminine.length + MIN_FEMININE_STEM || text.slice(end - feminine.length, end).toLowerCase() !== feminine) continue;
    const word = text.slice(start, end - feminine.length) + masculine;
    if (knowledge.frenchStems.holds(knowledge.vocabulary.find(word, 0, word.length, true))) return true;
  }
  return false;
}

/** True when token `index` is a frequent French word form (the forms list, not the whole dictionary's rarer stems: « renard », « berger »). */
export function isFrequentFrenchWordAt(context: EntityContext, index: number): boolean {
  return context.knowledge.frenchForms.holds(vocabularyId(context, context.tokens.starts[index], context.tokens.ends[index], true));
}

/**
 * True when token `index` is a French common word, or the plural in -s or -x of one
 * (« INTEMPÉRIES », « Salariés »): the dictionary holds stems, the forms list frequent forms only.
 */
export function isFrenchWordAt(context: EntityContext, index: number): boolean {
  const { tokens, knowledge, text } = context;
  const start = tokens.starts[index];
  const end = tokens.ends[index];
  const id = vocabularyId(context, start, end, true);
  if (knowledge.frenchStems.holds(id) || knowledge.frenchForms.holds(id)) return true;
  const last = text.charCodeAt(end - 1) | 0x20;
  if (end - start < 4 || (last !== PLURAL_S && last !== PLURAL_X)) return false;
  // a plural in -x comes after -au, -eu or -ou (« bureaux », « jeux », « bijoux »), not « Zoox »
  if (last === PLURAL_X && !X_PLURAL_BEFORE.has(text.slice(end - 3, end - 1).toLowerCase())) return false;
  const singular = vocabularyId(context, start, end - 1, true);
  return knowledge.frenchStems.holds(singular) || knowledge.frenchForms.holds(singular);
}

/** True when token `index`, as written (accents count), is a French dictionary form (« recommandé », not « recommande »). */
export function isFrenchStemAsWritten(context: EntityContext, index: number): boolean {
  return context.knowledge.frenchStemsWritten.holds(vocabularyId(context, context.tokens.starts[index], context.tokens.ends[index], false));
}

/** True when token `index` is a frequent English word. */
export function isEnglishWordAt(context: EntityContext, index: number): boolean {
  return context.knowledge.englishWords.holds(vocabularyId(context, context.tokens.starts[index], context.tokens.ends[index], true));
}

/** True when token `index` is a French common word or a function word (a capital at a sentence start says nothing of it). */
export function isCommonWord(context: EntityContext, index: number): boolean {
  return context.knowledge.stopwords.holds(context.tokens.lowerId(index)) || isFrenchWordAt(context, index);
}

