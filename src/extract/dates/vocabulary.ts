import { readDataLines } from '../../data/load.js';

/** The French date words of src/data/dates/, loaded once on first use. */
export interface DateVocabulary {
  /** month form -> month number; `dottedOnly` forms need a dot or a digit after them */
  readonly months: ReadonlyMap<string, { readonly month: number; readonly dottedOnly: boolean; readonly abbreviation: boolean }>;
  /** weekday -> ISO weekday (1 Monday ... 7 Sunday) */
  readonly weekdays: ReadonlyMap<string, number>;
  /** abbreviations (« mer », « ven »), read only before a date */
  readonly weekdayAbbreviations: ReadonlyMap<string, number>;
  readonly numberWords: ReadonlyMap<string, { readonly value: number; readonly kind: 'cardinal' | 'ordinal' | 'vague' }>;
  readonly units: ReadonlyMap<string, 'day' | 'week' | 'month' | 'year'>;
  readonly yearCues: ReadonlySet<string>;
  /** cues that make a year only when punctuation or the line's end closes it (« Pour 2025, ») */
  readonly closedYearCues: readonly string[];
  /** nouns after which « de » and a year name it (« une étude de 2019 ») */
  readonly yearNouns: readonly string[];
  readonly notAfterYear: ReadonlySet<string>;
}

let cached: DateVocabulary | undefined;

function columns(name: string): string[][] {
  return readDataLines(name).map((line) => line.split('\t'));
}

export function dateVocabulary(): DateVocabulary {
  if (cached) return cached;
  const months = new Map<string, { month: number; dottedOnly: boolean; abbreviation: boolean }>();
  const longest = new Map<number, number>();
  const rows = columns('dates/months.tsv').map(([form, month]) => ({ form, month: Number.parseInt(month, 10), dottedOnly: month.endsWith('*') }));
  for (const row of rows) longest.set(row.month, Math.max(longest.get(row.month) ?? 0, row.form.length));
  // the full name is the longest form of its month; shorter forms are abbreviations and may take a dot
  for (const row of rows) months.set(row.form, { month: row.month, dottedOnly: row.dottedOnly, abbreviation: row.form.length < (longest.get(row.month) ?? 0) });
  const weekdays = new Map<string, number>();
  const weekdayAbbreviations = new Map<string, number>();
  for (const [form, day, kind] of columns('dates/weekdays.tsv')) (kind === 'abbr' ? weekdayAbbreviations : weekdays).set(form, Number(day));
  const numberWords = new Map<string, { value: number; kind: 'cardinal' | 'ordinal' | 'vague' }>();
  for (const [form, value, kind] of columns('dates/number-words.tsv')) {
    numberWords.set(form, { value: Number(value), kind: kind as 'cardinal' | 'ordinal' | 'vague' });
  }
  const units = new Map<string, 'day' | 'week' | 'month' | 'year'>();
  for (const [form, unit] of columns('dates/time-units.tsv')) units.set(form, unit as 'day' | 'week' | 'month' | 'year');
  cached = {
    months,
    weekdays,
    weekdayAbbreviations,
    numberWords,
    units,
    yearCues: new Set(readDataLines('dates/year-cues.txt').map((line) => line.trim())),
    closedYearCues: readDataLines('dates/year-cues-closed.txt').map((line) => line.trim()),
    yearNouns: readDataLines('dates/year-nouns.txt').map((line) => line.trim()),
    notAfterYear: new Set(readDataLines('dates/not-after-year.txt').map((line) => line.trim())),
  };
  return cached;
}
