import { readDataLines } from '../../data/load.js';
import { lexemes } from './lexemes.js';
import type { FigureKind } from './types.js';

/** Knowledge read from src/data/figures/, parsed once on first use. */
export type NumberWordClass = 'unit' | 'teen' | 'ten' | 'hundred' | 'thousand' | 'scale';

export interface NumberWord {
  readonly value: number;
  readonly cls: NumberWordClass;
  readonly ordinal: boolean;
}

export interface ShareWord {
  readonly denominator: number;
  readonly plural: boolean;
}

export interface UnitForm {
  /** Folded pieces; `spaced[i]` tells whether a blank may come before piece i. */
  readonly pieces: readonly string[];
  readonly spaced: readonly boolean[];
  readonly kind: FigureKind;
  readonly unit: string;
  readonly factor: number;
  readonly pre: boolean;
  readonly post: boolean;
  readonly decimalOnly: boolean;
  /** Short symbols (« m », « h », « km ») follow digits only: « trois m » is not a length. */
  readonly afterDigitsOnly: boolean;
  /** Only in a sentence that speaks of money (« livres » is books elsewhere). */
  readonly moneySentenceOnly: boolean;
}

/** A phrase as folded lexeme norms, blanks dropped. */
export type Phrase = readonly string[];

export interface FigureLexicon {
  readonly numberWords: ReadonlyMap<string, NumberWord>;
  /** Share nouns with their denominators (« tiers » → 3, « quarts » → 4, « demi » → 2). */
  readonly shareWords: ReadonlyMap<string, ShareWord>;
  /** Unit forms by their first piece, longest first. */
  readonly unitsByFirst: ReadonlyMap<string, readonly UnitForm[]>;
  /** Bound phrases, longest first. */
  readonly bounds: readonly Phrase[];
  readonly vague: readonly { readonly phrase: Phrase; readonly value: number }[];
  readonly titleMarkers: ReadonlySet<string>;
  /** When « premier » is the rank 1: the words before, idioms after, ranking scopes near it (premier.tsv). */
  readonly premier: { readonly before: ReadonlySet<string>; readonly idiom: ReadonlySet<string>; readonly scope: ReadonlySet<string> };
  readonly months: ReadonlySet<string>;
  readonly weekdays: ReadonlySet<string>;
  readonly yearBefore: ReadonlySet<string>;
  readonly timeAfter: ReadonlySet<string>;
  /** Words between a number and its unit of time that make a period (« les six derniers mois »). */
  readonly periodAdjectives: ReadonlySet<string>;
  readonly changeVerbStems: readonly string[];
  /** Stems of words that show a sentence speaks of money. */
  readonly moneyStems: readonly string[];
}

let cached: FigureLexicon | undefined;

/** Cuts a form the way the text is cut, so the two compare piece by piece. */
function pieces(form: string): { pieces: string[]; spaced: boolean[] } {
  const out: string[] = [];
  const spaced: boolean[] = [];
  let blank = false;
  for (const l of lexemes(form)) {
    if (l.kind === 'space' || l.kind === 'newline') {
      blank = true;
      continue;
    }
    out.push(l.norm);
    spaced.push(blank);
    blank = false;
  }
  return { pieces: out, spaced };
}

function fields(line: string): string[] {
  return line.split('\t');
}

export function figureLexicon(): FigureLexicon {
  if (cached) return cached;
  const numberWords = new Map<string, NumberWord>();
  for (const line of readDataLines('figures/number-words.tsv')) {
    const [word, value, cls, type] = fields(line);
    numberWords.set(word, { value: Number(value), cls: cls as NumberWordClass, ordinal: type === 'ordinal' });
  }
  const shareWords = new Map<string, ShareWord>();
  for (const line of readDataLines('figures/share-words.tsv')) {
    const [word, denominator, number] = fields(line);
    shareWords.set(word, { denominator: Number(denominator), plural: number === 'pl' });
  }
  const unitsByFirst = new Map<string, UnitForm[]>();
  for (const line of readDataLines('figures/units.tsv')) {
    const [form, kind, unit, factor, where, condition] = fields(line);
    const cut = pieces(form);
    const letters = form.replace(/[^a-z]/g, '');
    const entry: UnitForm = {
      pieces: cut.pieces,
      spaced: cut.spaced,
      kind: kind as FigureKind,
      unit,
      factor: Number(factor),
      pre: where === 'pre' || where === 'both',
      post: where === 'post' || where === 'both',
      decimalOnly: condition === 'decimal',
      moneySentenceOnly: condition === 'money',
      afterDigitsOnly: form.length <= 2 && letters === form && form !== 'an',
    };
    const list = unitsByFirst.get(cut.pieces[0]) ?? [];
    list.push(entry);
    unitsByFirst.set(cut.pieces[0], list);
  }
  for (const list of unitsByFirst.values()) list.sort((a, b) => b.pieces.length - a.pieces.length);
  const bounds = readDataLines('figures/bounds.txt')
    .map((line) => pieces(line).pieces)
    .sort((a, b) => b.length - a.length);
  const vague = readDataLines('figures/vague-quantities.tsv').map((line) => {
    const [form, value] = fields(line);
    return { phrase: pieces(form).pieces, value: Number(value) };
  });
  const titleMarkers = new Set(readDataLines('figures/title-markers.txt'));
  const months = new Set<string>();
  const weekdays = new Set<string>();
  const yearBefore = new Set<string>();
  const timeAfter = new Set<string>();
  const periodAdjectives = new Set<string>();
  for (const line of readDataLines('figures/calendar-words.txt')) {
    const [role, word] = fields(line);
    if (role === 'month') months.add(word);
    else if (role === 'weekday') weekdays.add(word);
    else if (role === 'year-before' || role === 'decade-before') yearBefore.add(word);
    else if (role === 'time-after') timeAfter.add(word);
    else if (role === 'period-adjective') periodAdjectives.add(word);
  }
  const premier = { before: new Set<string>(), idiom: new Set<string>(), scope: new Set<string>() };
  for (const line of readDataLines('figures/premier.tsv')) {
    const [role, word] = fields(line);
    if (role === 'before' || role === 'idiom' || role === 'scope') premier[role].add(word);
    else throw new Error(`figures/premier.tsv: unknown role ${role}`);
  }
  const changeVerbStems = readDataLines('figures/change-verbs.txt');
  const moneyStems = readDataLines('figures/money-words.txt');
  cached = { numberWords, shareWords, unitsByFirst, bounds, vague, titleMarkers, premier, months, weekdays, yearBefore, timeAfter, periodAdjectives, changeVerbStems, moneyStems };
  return cached;
}
