import { readDataLines } from '../../data/load.js';
import type { DateTokens } from './scan-tokens.js';
import { isWord } from './token-match.js';

/** How many tokens on each side of a weekday are read for its sentence's tense. */
const TENSE_WINDOW = 10;

export const enum Tense {
  Unknown = 0,
  Past = -1,
  Future = 1,
}

let cues: ReadonlyMap<string, Tense> | undefined;

function tenseCues(): ReadonlyMap<string, Tense> {
  cues ??= new Map(
    readDataLines('dates/tense-cues.tsv').map((line) => {
      const [word, tense] = line.split('\t');
      return [word, tense === 'past' ? Tense.Past : Tense.Future] as const;
    }),
  );
  return cues;
}

/** Letters before the « ra » / « ront » of a future (« sera », « aura », « finira », « pourra », « viendra »), not of a noun (« caméra », « front »). */
const FUTURE_STEM_END = new Set(['e', 'i', 'r', 'd', 'u', 'o']);

/**
 * The tense a word shows by its ending: imparfait (« annonçait », « étaient ») or futur
 * (« réunira », « reviendrai », « seront »). The conditional (« serait ») and nouns in -rait (« portrait ») say neither.
 */
function tenseOfEnding(word: string): Tense {
  if (word.length < 5) return Tense.Unknown;
  const ending = word.endsWith('ait') ? 3 : word.endsWith('aient') ? 5 : 0;
  if (ending > 0) return word.charAt(word.length - ending - 1) === 'r' ? Tense.Unknown : Tense.Past;
  const future = word.endsWith('ra') ? 2 : word.endsWith('rai') ? 3 : word.endsWith('ront') ? 4 : 0;
  if (future > 0 && FUTURE_STEM_END.has(word.charAt(word.length - future - 1))) return Tense.Future;
  return Tense.Unknown;
}

/**
 * Whether the words around token i, within its sentence, speak of the past or the future:
 * Unknown when they say nothing, or both. Read on the text as written (« a » is a verb, « à »
 * is not), in lower case.
 */
export function tenseAround(text: string, tokens: DateTokens, i: number): Tense {
  const table = tenseCues();
  let past = false;
  let future = false;
  const read = (k: number): boolean => {
    const token = tokens.get(k);
    if (token === undefined) return false;
    if (token.kind !== 'word') return !(token.text === '.' || token.text === '!' || token.text === '?');
    const word = text.slice(token.start, token.end).toLowerCase();
    const tense = table.get(word) ?? tenseOfEnding(word);
    if (tense === Tense.Past) past = true;
    else if (tense === Tense.Future) future = true;
    return true;
  };
  for (let k = i - 1; k >= Math.max(0, i - TENSE_WINDOW) && read(k); k--);
  for (let k = i + 1; k <= i + TENSE_WINDOW && read(k); k++);
  if (past === future) return Tense.Unknown;
  return past ? Tense.Past : Tense.Future;
}

/**
 * « dernier » or « prochain » right after a date without its year (« le 3 mars dernier », « en
 * juin prochain »): the tense it states, stronger than the verbs around, and the date's new last
 * token; null when there is none.
 */
export function statedTense(tokens: DateTokens, last: number): { tense: Tense; last: number } | null {
  if (isWord(tokens, last + 1, 'dernier', 'derniere')) return { tense: Tense.Past, last: last + 1 };
  if (isWord(tokens, last + 1, 'prochain', 'prochaine')) return { tense: Tense.Future, last: last + 1 };
  return null;
}
