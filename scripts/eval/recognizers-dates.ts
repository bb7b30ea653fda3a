import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseIsoDate } from '../../src/document/iso-date.js';
import { extractDates, type DateMention } from '../../src/extract/dates/index.js';
import { percent, runIfMain, skipWhenAbsent } from './shared.js';

/**
 * Scores extractDates on every case of the Recognizers-Text French DateExtractor and DateParser
 * specs (NotSupported ones included).
 *
 * - Reference: a case's Context.ReferenceDateTime (day precision) when it has one; otherwise none,
 *   and a value that needs one is null by contract: such a result is scored on its span only
 *   (the "span-only" column). Values that need no reference (« 14 avril 2021 ») are always compared.
 * - Extractor cases are right when the set of spans matches; parser cases when the spans match
 *   and each value equals the spec's resolution: the Timex when it is a full date, else its
 *   FutureResolution or PastResolution (a partial date such as XXXX-04-22 or XXXX-WXX-5 may be
 *   resolved either way; extractDates takes the nearest).
 * - Where the contract differs from the spec's conventions, the case is counted in "conv" with its
 *   reason, never silently; "score" counts right + conv, "strict" only right.
 */

interface SpecResult {
  readonly Text: string;
  readonly Start: number;
  readonly Length: number;
  readonly Value?: {
    readonly Timex?: string;
    readonly FutureResolution?: { readonly date?: string };
    readonly PastResolution?: { readonly date?: string };
  };
}

interface SpecCase {
  readonly Input: string;
  readonly Context?: { readonly ReferenceDateTime?: string };
  readonly Results: readonly SpecResult[];
}

/** Why a case is right only under the contract's convention. */
const CONVENTIONS = {
  'span-boundary': 'spans start at the date words: a leading article or preposition (« pour le », « le ») and a trailing dot are not part of the date',
  'unit-precision': 'an offset in years, months or weeks keeps that precision (« il y a deux ans » -> "2014", « la semaine prochaine » -> its month), the spec gives a day',
  'narrated-or-vague': 'offsets from the narrated events (« le lendemain », « deux semaines plus tard »), vague counts (« quelques mois ») and working days have a null value, the spec counts them from "now"',
  recurring: 'a recurring day (« les vendredis ») is not a calendar date',
} as const;
type Convention = keyof typeof CONVENTIONS;

type Outcome = { kind: 'right' } | { kind: 'span-only' } | { kind: 'convention'; reason: Convention } | { kind: 'wrong'; why: string };

const LEADING_FUNCTION_WORDS = /^(?:pour|le|la|les|sur|en|du|au|à|l['’])(?:\s|(?<=['’]))/iu;

/** A span without leading articles/prepositions and trailing dots or spaces. */
function coreSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  for (let guard = 0; guard < 4; guard++) {
    const match = LEADING_FUNCTION_WORDS.exec(text.slice(s, e));
    if (!match) break;
    s += match[0].length;
    while (s < e && /\s/u.test(text[s])) s++;
  }
  while (e > s && /[\s.]/u.test(text[e - 1])) e--;
  return [s, e];
}

/** The spec's span, repaired when its offsets do not match its text (a handful of translated cases). */
function specSpan(input: string, result: SpecResult): [number, number] {
  if (input.substr(result.Start, result.Length) === result.Text) return [result.Start, result.Start + result.Length];
  const at = input.toLowerCase().indexOf(result.Text.toLowerCase());
  return at === -1 ? [result.Start, result.Start + result.Length] : [at, at + result.Text.length];
}

function isFullDate(timex: string | undefined): timex is string {
  return timex !== undefined && /^\d{4}-\d{2}-\d{2}$/u.test(timex);
}

function judgeValue(mention: DateMention, result: SpecResult, hasReference: boolean): Outcome {
  const timex = result.Value?.Timex;
  const future = result.Value?.FutureResolution?.date;
  const past = result.Value?.PastResolution?.date;
  const accepted = new Set<string>();
  if (isFullDate(timex)) accepted.add(timex);
  else {
    if (future && future !== '0001-01-01') accepted.add(future);
    if (past && past !== '0001-01-01') accepted.add(past);
  }
  if (mention.value === null) {
    if (!hasReference && mention.relative) return { kind: 'span-only' };
    if (mention.relative && hasReference) return { kind: 'convention', reason: 'narrated-or-vague' };
    return { kind: 'wrong', why: `value null, expected ${[...accepted].join(' or ')}` };
  }
  if (accepted.has(mention.value)) return { kind: 'right' };
  if (mention.relative && !hasReference) return { kind: 'span-only' };
  const coarser = mention.precision !== 'day';
  if (coarser && mention.relative && [...accepted].some((date) => date.startsWith(`${mention.value}-`))) {
    return { kind: 'convention', reason: 'unit-precision' };
  }
  return { kind: 'wrong', why: `value ${mention.value}, expected ${[...accepted].join(' or ')}` };
}

/**
 * extractDates over the cases' sentences, repeated to about 1 MB after a warm-up pass. They are
 * short (tens of characters), so this measures the cost per call more than per byte:
 * scripts/bench/extractors.ts measures whole articles.
 */
function speed(inputs: readonly string[]): string {
  const bytes = inputs.reduce((sum, input) => sum + Buffer.byteLength(input), 0);
  const rounds = Math.max(1, Math.ceil(1e6 / bytes));
  const reference = parseIsoDate('2021-04-14');
  for (const input of inputs) extractDates(input, reference);
  const started = performance.now();
  for (let round = 0; round < rounds; round++) for (const input of inputs) extractDates(input, reference);
  const seconds = (performance.now() - started) / 1000;
  return `speed on the cases' sentences: ${((bytes * rounds) / 1e6 / seconds).toFixed(1)} MB/s (${inputs.length} short inputs x ${rounds}; whole articles: scripts/bench/extractors.ts)`;
}

function judgeCase(spec: SpecCase, parser: boolean): { outcome: Outcome; returned: number; rightResults: number; expected: number; whys: string[] } {
  const referenceText = spec.Context?.ReferenceDateTime?.slice(0, 10);
  const reference = referenceText ? parseIsoDate(referenceText) : null;
  const mentions = extractDates(spec.Input, reference);
  const used = new Set<number>();
  let rightResults = 0;
  const outcomes: Outcome[] = [];
  for (const result of spec.Results) {
    const [start, end] = specSpan(spec.Input, result);
    let index = mentions.findIndex((m, k) => !used.has(k) && m.start === start && m.end === end);
    let boundary = false;
    if (index === -1) {
      const [cs, ce] = coreSpan(spec.Input, start, end);
      index = mentions.findIndex((m, k) => {
        if (used.has(k)) return false;
        const [ms, me] = coreSpan(spec.Input, m.start, m.end);
        return ms === cs && me === ce;
      });
      boundary = index !== -1;
    }
    if (index === -1) {
      const weekdayPlural = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s$/iu.test(result.Text.trim());
      outcomes.push(weekdayPlural ? { kind: 'convention', reason: 'recurring' } : { kind: 'wrong', why: `missed «${result.Text}»` });
      if (weekdayPlural) rightResults++;
      continue;
    }
    used.add(index);
    let outcome: Outcome = parser ? judgeValue(mentions[index], result, reference !== null) : { kind: 'right' };
    if (boundary && outcome.kind === 'right') outcome = { kind: 'convention', reason: 'span-boundary' };
    if (outcome.kind !== 'wrong') rightResults++;
    outcomes.push(outcome);
  }
  mentions.forEach((m, k) => {
    if (!used.has(k)) outcomes.push({ kind: 'wrong', why: `extra «${spec.Input.slice(m.start, m.end)}» ${m.value}` });
  });
  const wrong = outcomes.find((o) => o.kind === 'wrong');
  const convention = outcomes.find((o) => o.kind === 'convention');
  const outcome: Outcome = wrong ?? convention ?? (outcomes.some((o) => o.kind === 'span-only') ? { kind: 'span-only' } : { kind: 'right' });
  const whys = outcomes.flatMap((o) => (o.kind === 'wrong' ? [o.why] : []));
  return { outcome, returned: mentions.length, rightResults, expected: spec.Results.length, whys };
}

function readSpec(path: string): SpecCase[] {
  return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/u, '')) as SpecCase[];
}

export async function run(dataDir: string): Promise<void> {
  const folder = join(dataDir, 'recognizers-text-fr', 'DateTime');
  if (skipWhenAbsent(folder, 'Recognizers-Text French dates')) return;
  const verbose = process.env.AMZ_EVAL_VERBOSE === '1';
  const conventionCounts = new Map<Convention, number>();
  const rows: string[] = [];
  let allCases = 0;
  let allScored = 0;
  const inputs: string[] = [];
  for (const file of ['DateExtractor.json', 'DateParser.json']) {
    const parser = file.includes('Parser');
    let right = 0;
    let spanOnly = 0;
    let convention = 0;
    let returned = 0;
    let rightResults = 0;
    let expected = 0;
    const cases = readSpec(join(folder, file));
    for (const spec of cases) inputs.push(spec.Input);
    for (const spec of cases) {
      const judged = judgeCase(spec, parser);
      returned += judged.returned;
      rightResults += judged.rightResults;
      expected += judged.expected;
      const { outcome } = judged;
      if (outcome.kind === 'right') right++;
      else if (outcome.kind === 'span-only') spanOnly++;
      else if (outcome.kind === 'convention') {
        convention++;
        conventionCounts.set(outcome.reason, (conventionCounts.get(outcome.reason) ?? 0) + 1);
      } else if (verbose) console.log(`  ${file}: ${JSON.stringify(spec.Input)} ${spec.Context?.ReferenceDateTime ?? ''} — ${judged.whys.join('; ')}`);
    }
    const scored = right + spanOnly + convention;
    allCases += cases.length;
    allScored += scored;
    rows.push(
      [
        file.padEnd(19),
        String(cases.length).padStart(5),
        String(right).padStart(6),
        String(spanOnly).padStart(9),
        String(convention).padStart(5),
        percent(scored, cases.length).padStart(9),
        percent(right + spanOnly, cases.length).padStart(9),
        percent(rightResults, returned).padStart(10),
        percent(rightResults, expected).padStart(9),
      ].join(' '),
    );
  }
  console.log('Recognizers-Text French dates (all cases; right = spans and values, span-only = value needs the missing reference)');
  console.log(`${'file'.padEnd(19)} cases  right span-only  conv     score    strict  precision    recall`);
  for (const row of rows) console.log(row);
  console.log(`${'all'.padEnd(19)} ${String(allCases).padStart(5)} ${' '.repeat(22)} ${percent(allScored, allCases).padStart(9)}`);
  console.log(speed(inputs));
  console.log('conventions (cases right under CONTRACT.md, not under the spec):');
  for (const [reason, text] of Object.entries(CONVENTIONS)) {
    console.log(`  ${String(conventionCounts.get(reason as Convention) ?? 0).padStart(3)} ${reason}: ${text}`);
  }
}

runIfMain(import.meta.url, run);
