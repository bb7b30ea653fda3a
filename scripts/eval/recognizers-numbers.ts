/**
 * Scores extractFigures on the French specs of Microsoft Recognizers-Text (MIT; see
 * ../shared/data/recognizers-text-fr/README.md): Number/NumberModel, Number/PercentModel,
 * Number/OrdinalModel, NumberWithUnit/CurrencyModel, NumberWithUnit/DimensionModel, ALL cases
 * (NotSupported ones too).
 *
 * Scoring, per case:
 * - Our figures are filtered to the file's type: NumberModel every kind but rank; PercentModel
 *   percent; CurrencyModel money; DimensionModel quantity except °C (temperature has its own
 *   spec file); OrdinalModel rank.
 * - An expected result is (span, value[, unit]). Its span is `Start..End` with End inclusive;
 *   when that slice is not the result's Text (some NotSupported cases use an exclusive End or
 *   stale offsets) the exclusive slice, then the first case-insensitive occurrence of Text, is used.
 *   Values are compared numerically (relative tolerance 1e-6); units are mapped to the contract's
 *   (Dollar -> USD, Euro -> EUR, Kilometer/Kilomètres -> km, ...).
 * - **right**: the set of our (span, value[, unit]) equals the expected set exactly.
 * - **convention**: not right, but equal once the spec is read with CONTRACT.md's conventions
 *   (categories printed with counts): a bare « un »/« une » is an article, not the number 1;
 *   dates, phone numbers and dotted codes are not figures; fractions of a whole are percent
 *   points (0.2 -> 20 %); currency subunits are expressed in the currency unit (50 cents ->
 *   0.5 USD); the figure span includes its unit and its rate (« 3 ans », « 98 $ par action »), a
 *   number written with a unit is a figure even in NumberModel (« 180ml »), each bound of a range
 *   is a figure with the range's unit (« huit à 10 pieds »); relative ordinals (« dernier »)
 *   and units without a number (« m », « dollar ») are not figures; « cents » after digits is the
 *   currency subunit (NumberModel reads « 322 cents » as 32200, CurrencyModel « 64,2 cents » as
 *   0.642 USD); French long scale, a trillion is 10^18 (the spec uses 10^12).
 * - **wrong**: anything else.
 * Precision = right results / results returned (a right result is an expected one found, or an
 * extra figure the contract counts: a number with a unit, a range bound); recall = expected items
 * found / expected, both after the
 * contract's reading. AMZ_EVAL_VERBOSE=1 lists the wrong cases.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFigures, type Figure } from '../../src/extract/figures/index.js';
import { percent, runIfMain, skipWhenAbsent } from './shared.js';

interface SpecResult {
  Text: string;
  TypeName?: string;
  Resolution?: { value?: string | null; unit?: string; subtype?: string } | null;
  Start?: number;
  End?: number;
}

interface SpecCase {
  Input: string;
  Results: SpecResult[];
}

type FileType = 'number' | 'percent' | 'currency' | 'dimension' | 'ordinal';

const files: { path: string; type: FileType }[] = [
  { path: 'Number/NumberModel.json', type: 'number' },
  { path: 'Number/PercentModel.json', type: 'percent' },
  { path: 'NumberWithUnit/CurrencyModel.json', type: 'currency' },
  { path: 'NumberWithUnit/DimensionModel.json', type: 'dimension' },
  { path: 'Number/OrdinalModel.json', type: 'ordinal' },
];

/** Spec unit names -> contract units; subunits carry their factor. */
const unitMap: Record<string, { unit: string; factor?: number }> = {
  Dollar: { unit: 'USD' },
  'Dollar États-Unis': { unit: 'USD' },
  'Dollar Canadien': { unit: 'CAD' },
  'Dollar Australien': { unit: 'AUD' },
  'Dollar de Hong Kong': { unit: 'HKD' },
  'Dollar néo-zélandais': { unit: 'NZD' },
  'Mexican peso': { unit: 'MXN' },
  Euro: { unit: 'EUR' },
  Livre: { unit: 'GBP' },
  Pence: { unit: 'GBP', factor: 0.01 },
  Penny: { unit: 'GBP', factor: 0.01 },
  Cent: { unit: 'USD', factor: 0.01 },
  Centimes: { unit: 'EUR', factor: 0.01 },
  Franc: { unit: 'CHF' },
  'Franc Suisse': { unit: 'CHF' },
  'Yen Japonais': { unit: 'JPY' },
  'Yuan Chinois': { unit: 'CNY' },
  'Mark Finlandais': { unit: 'FIM' },
  'Florins Néerlandais': { unit: 'NLG' },
  Pesewa: { unit: 'GHS', factor: 0.01 },
  Roupie: { unit: 'INR' },
  'Roupie indienne': { unit: 'INR' },
  Litre: { unit: 'L' },
  Millilitre: { unit: 'mL' },
  Pouce: { unit: 'in' },
  Décimètres: { unit: 'dm' },
  Mile: { unit: 'mi' },
  Hectomètre: { unit: 'hm' },
  Baril: { unit: 'bbl' },
  Pied: { unit: 'ft' },
  Onces: { unit: 'oz' },
  Acre: { unit: 'acre' },
  Gallon: { unit: 'gal' },
  Microgramme: { unit: 'µg' },
  'Pieds cube': { unit: 'ft³' },
  'Mètre carré': { unit: 'm²' },
  'Kilomètre carré': { unit: 'km²' },
  Tonne: { unit: 't' },
  'Tonne métrique': { unit: 't' },
  Bit: { unit: 'bit' },
  'Miles par heure': { unit: 'mph' },
  Mètres: { unit: 'm' },
  Kilomètres: { unit: 'km' },
  Millimètres: { unit: 'mm' },
  Centimètres: { unit: 'cm' },
  Degree: { unit: '°' },
  Radian: { unit: 'rad' },
  Turn: { unit: 'turn' },
};

/** Subunits whose value the contract states in the main unit (« 50 cents » -> 0.5 USD). */
const subunits = new Set(['Cent', 'Centimes', 'Pence', 'Penny', 'Pesewa']);

interface Item {
  start: number;
  end: number;
  value: number;
  unit: string | null;
}

interface Expected extends Item {
  raw: SpecResult;
  /** Conventions already applied to this item (value rewritten). */
  conventions: string[];
  /** Dropped under the contract (with the reason), or null. */
  dropped: string | null;
}

function parseValue(raw: string | null | undefined): number | null {
  if (raw === null || raw === undefined) return null;
  const cleaned = raw.replace('%', '').replace(',', '.');
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

function locate(input: string, r: SpecResult): { start: number; end: number } | null {
  const lower = input.toLowerCase();
  const text = r.Text.toLowerCase();
  if (r.Start !== undefined && r.End !== undefined && r.End + 1 - r.Start === text.length && lower.slice(r.Start, r.End + 1) === text) {
    return { start: r.Start, end: r.End + 1 };
  }
  if (r.Start !== undefined && r.End !== undefined && r.End - r.Start === text.length && lower.slice(r.Start, r.End) === text) {
    return { start: r.Start, end: r.End };
  }
  const at = lower.indexOf(text);
  return at < 0 ? null : { start: at, end: at + text.length };
}

const codePatterns = [/\d{1,2}\/\d{1,2}\/\d{2,4}/g, /\+\d[\d\-/ ]{6,}\d/g, /\d+\.\d+\.\d+(\.\d+)*/g];

function insideCode(input: string, start: number, end: number): boolean {
  for (const pattern of codePatterns) {
    for (const m of input.matchAll(pattern)) if (m.index !== undefined && m.index <= start && end <= m.index + m[0].length) return true;
  }
  return false;
}

function expectedItems(c: SpecCase, type: FileType): Expected[] {
  const out: Expected[] = [];
  for (const r of c.Results) {
    const span = locate(c.Input, r) ?? { start: -1, end: -1 };
    const rawValue = r.Resolution?.value;
    const value = parseValue(rawValue);
    const specUnit = r.Resolution?.unit;
    let unit: string | null = type === 'percent' ? '%' : null;
    let factor = 1;
    if ((type === 'currency' || type === 'dimension') && specUnit !== undefined) {
      const mapped = unitMap[specUnit];
      unit = mapped?.unit ?? specUnit;
      factor = mapped?.factor ?? 1;
    }
    const e: Expected = { ...span, value: value ?? NaN, unit, raw: r, conventions: [], dropped: null };
    const text = r.Text.trim().toLowerCase();
    if (typeof rawValue === 'string' && /end|current/.test(rawValue)) e.dropped = 'relative ordinal is not a figure';
    else if (value === null) e.dropped = 'unit without a number is not a figure';
    else if ((text === 'un' || text === 'une') && value === 1 && type === 'number') e.dropped = 'bare un/une is an article';
    else if (insideCode(c.Input, span.start, span.end)) e.dropped = 'date, phone or dotted code is not a figure';
    // the spec's NumberModel reads « 322 cents » as 32200, its CurrencyModel « 64,2 cents » as 0.642 USD:
    // the contract reads « cents » after digits as the currency subunit
    if (e.dropped === null && type === 'number' && value !== null && /^[\d\s.,]+\s*cents?$/.test(text)) {
      e.value = (value / 100) * 0.01;
      e.unit = 'USD';
      e.conventions.push('« cents » after digits is the currency subunit');
    }
    // French long scale (number-words.tsv): a trillion is 10^18, not the spec's 10^12
    if (e.dropped === null && value !== null && /trillion/.test(text)) {
      e.value = Math.abs(value) >= 1 ? value * 1e6 : value / 1e6;
      e.conventions.push('long scale: trillion = 10^18');
    }
    if (e.dropped === null && factor !== 1 && specUnit !== undefined && subunits.has(specUnit)) {
      e.value = value! * factor;
      e.conventions.push('subunit in currency units');
    }
    if (e.dropped === null && type === 'number' && r.Resolution?.subtype === 'fraction' && value! !== 0 && Math.abs(value!) <= 1) {
      e.value = e.value * 100;
      e.unit = '%';
      e.conventions.push('fraction of a whole in percent points');
    }
    out.push(e);
  }
  return out;
}

function close(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b)) + 1e-9;
}

function keep(type: FileType, f: Figure): boolean {
  switch (type) {
    case 'number':
      return f.kind !== 'rank';
    case 'percent':
      return f.kind === 'percent';
    case 'currency':
      return f.kind === 'money';
    case 'dimension':
      return f.kind === 'quantity' && f.unit !== '°C';
    case 'ordinal':
      return f.kind === 'rank';
  }
}

/** Compares units only where the file has them (percent, currency, dimension). */
function unitAgrees(type: FileType, e: Item, f: Figure, lenient: boolean): boolean {
  if (type === 'number') return lenient ? e.unit === null || e.unit === f.unit : true;
  if (type === 'ordinal') return true;
  return e.unit === f.unit;
}

interface Verdict {
  right: boolean;
  convention: string[] | null;
  /** Expected items found (recall's numerator). */
  matched: number;
  /** Our figures that are right: the expected items found plus the extra figures the contract reads as figures (precision's numerator). */
  correct: number;
  returned: number;
  expected: number;
  /** Our figures that are wrong under any reading (false positives), for the verbose listing. */
  extras: Figure[];
}

const connectorPattern = /^\s*(à|a|et|-|–)\s*$/i;

function judge(c: SpecCase, type: FileType): { verdict: Verdict; ours: Figure[]; expected: Expected[] } {
  const ours = extractFigures(c.Input).filter((f) => keep(type, f));
  const expected = expectedItems(c, type);
  const input = c.Input.toLowerCase();
  // strict: the spec as written
  const strictUsed = new Set<number>();
  let strictOk = ours.length === expected.length;
  for (const e of expected) {
    const rawValue = parseValue(e.raw.Resolution?.value);
    const rawUnit = e.conventions.includes('subunit in currency units') || e.conventions.includes('fraction of a whole in percent points') ? null : e.unit;
    const hit = ours.findIndex((f, n) => !strictUsed.has(n) && f.start === e.start && f.end === e.end && rawValue !== null && close(f.value, rawValue) && (rawUnit === null ? type === 'number' || type === 'ordinal' : rawUnit === f.unit));
    if (hit < 0) strictOk = false;
    else strictUsed.add(hit);
  }
  if (e_conventionsApplied(expected)) strictOk = strictOk && expected.every((e) => e.conventions.length === 0 && e.dropped === null);
  // lenient: the spec read with the contract's conventions
  const conventions = new Set<string>();
  const used = new Set<number>();
  let matched = 0;
  let lenientOk = true;
  const kept = expected.filter((e) => {
    if (e.dropped !== null) conventions.add(e.dropped);
    return e.dropped === null;
  });
  for (const e of kept) {
    for (const name of e.conventions) conventions.add(name);
    const rawValue = parseValue(e.raw.Resolution?.value);
    const fractionAsNumber = (f: Figure): boolean =>
      e.conventions.includes('fraction of a whole in percent points') && f.unit === null && rawValue !== null && close(f.value, rawValue);
    let hit = ours.findIndex((f, n) => !used.has(n) && f.start === e.start && f.end === e.end && ((close(f.value, e.value) && unitAgrees(type, e, f, true)) || fractionAsNumber(f)));
    // « quatre centièmes de seconde »: a fraction of a unit is an amount of that unit (0.04 s), not percent points
    const fractionOfUnit = (f: Figure): boolean =>
      type === 'number' && e.conventions.includes('fraction of a whole in percent points') && f.unit !== null && f.unit !== '%' && rawValue !== null && close(f.value, rawValue);
    if (hit < 0) {
      hit = ours.findIndex((f, n) => {
        if (used.has(n) || !(fractionOfUnit(f) || (close(f.value, e.value) && unitAgrees(type, e, f, true)))) return false;
        if (f.start > e.start || f.end < e.end) return false;
        const extra = input.slice(e.end, f.end);
        if (f.per && f.start === e.start && /^\s*(par|\/)\s*\S+$/.test(extra)) {
          conventions.add('rate kept in the span');
          return true;
        }
        if (type === 'number' && f.unit !== null) {
          conventions.add('unit kept in the span');
          return true;
        }
        return false;
      });
    }
    if (hit < 0) lenientOk = false;
    else {
      used.add(hit);
      matched++;
    }
  }
  let accepted = 0;
  const extras: Figure[] = [];
  ours.forEach((f, n) => {
    if (used.has(n)) return;
    if (type === 'number' && f.unit !== null && f.unit !== '%' && !kept.some((e) => e.start < f.end && f.start < e.end)) {
      conventions.add('a number with a unit is a figure');
      accepted++;
      return;
    }
    const partner = ours.find((g, m) => m !== n && used.has(m) && g.unit === f.unit && g.start >= f.end && connectorPattern.test(input.slice(f.end, g.start)));
    if (partner !== undefined && f.unit !== null) {
      conventions.add('each bound of a range is a figure');
      accepted++;
      return;
    }
    extras.push(f);
    lenientOk = false;
  });
  const verdict: Verdict = {
    right: strictOk,
    convention: !strictOk && lenientOk ? [...conventions] : null,
    matched,
    correct: matched + accepted,
    returned: ours.length,
    expected: kept.length,
    extras,
  };
  return { verdict, ours, expected };
}

function e_conventionsApplied(expected: Expected[]): boolean {
  return expected.some((e) => e.conventions.length > 0 || e.dropped !== null);
}

function describe(text: string, items: { start: number; end: number; value: number; unit: string | null }[]): string {
  return items.map((i) => `[${text.slice(i.start, i.end)}|${i.value}${i.unit ? ' ' + i.unit : ''}]`).join(' ') || '(none)';
}

export async function run(dataDir: string): Promise<void> {
  const root = join(dataDir, 'recognizers-text-fr');
  if (skipWhenAbsent(root, 'recognizers-numbers')) return;
  const verbose = process.env.AMZ_EVAL_VERBOSE === '1';
  const rows: string[] = [];
  const categories = new Map<string, number>();
  let total = { cases: 0, right: 0, convention: 0, matched: 0, correct: 0, returned: 0, expected: 0 };
  const started = performance.now();
  for (const file of files) {
    const cases = JSON.parse(readFileSync(join(root, file.path), 'utf8').replace(/^\uFEFF/, '')) as SpecCase[];
    const row = { cases: cases.length, right: 0, convention: 0, matched: 0, correct: 0, returned: 0, expected: 0 };
    for (const c of cases) {
      const { verdict, ours, expected } = judge(c, file.type);
      if (verdict.right) row.right++;
      else if (verdict.convention !== null) {
        row.convention++;
        for (const name of verdict.convention) categories.set(name, (categories.get(name) ?? 0) + 1);
      } else if (verbose) {
        console.log(`WRONG ${file.path}: ${JSON.stringify(c.Input.length > 140 ? c.Input.slice(0, 140) + '…' : c.Input)}`);
        console.log(`   expected ${describe(c.Input, expected.filter((e) => e.dropped === null))}`);
        console.log(`   got      ${describe(c.Input, ours)}`);
        if (verdict.extras.length > 0) console.log(`   extra    ${describe(c.Input, verdict.extras)}`);
      }
      row.matched += verdict.matched;
      row.correct += verdict.correct;
      row.returned += verdict.returned;
      row.expected += verdict.expected;
    }
    rows.push(
      `${file.path.padEnd(36)} ${String(row.cases).padStart(5)} ${percent(row.right, row.cases)} ${percent(row.convention, row.cases)} ${percent(row.right + row.convention, row.cases)} ${percent(row.correct, row.returned)} ${percent(row.matched, row.expected)}`,
    );
    total = {
      cases: total.cases + row.cases,
      right: total.right + row.right,
      convention: total.convention + row.convention,
      matched: total.matched + row.matched,
      correct: total.correct + row.correct,
      returned: total.returned + row.returned,
      expected: total.expected + row.expected,
    };
  }
  const elapsed = performance.now() - started;
  console.log('Recognizers-Text French numbers (all cases, NotSupported included) — extractFigures');
  console.log(`${'file'.padEnd(36)} ${'cases'.padStart(5)} ${'right'.padStart(8)} ${'conv.'.padStart(8)} ${'r+conv'.padStart(8)} ${'prec.'.padStart(8)} ${'recall'.padStart(8)}`);
  for (const row of rows) console.log(row);
  console.log(
    `${'all'.padEnd(36)} ${String(total.cases).padStart(5)} ${percent(total.right, total.cases)} ${percent(total.convention, total.cases)} ${percent(total.right + total.convention, total.cases)} ${percent(total.correct, total.returned)} ${percent(total.matched, total.expected)}`,
  );
  console.log('convention cases by reason (a case may have several):');
  for (const [name, count] of [...categories].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(4)}  ${name}`);
  console.log(`(${elapsed.toFixed(0)} ms)`);
  const speed = measureSpeed();
  if (speed !== null) console.log(`speed: ${speed.mbPerSecond.toFixed(1)} MB/s (extractFigures over the bundled corpus repeated to ${speed.megabytes.toFixed(1)} MB of UTF-8, warm, best of 5 wall-clock runs)`);
}

/**
 * Throughput of extractFigures on French news text: the bundled articles joined and repeated to
 * about 5 MB, one warm-up run, then the best of five timed runs (wall clock: on a busy machine it reads low).
 */
function measureSpeed(): { mbPerSecond: number; megabytes: number } | null {
  const corpusDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'corpus');
  if (!existsSync(corpusDir)) return null;
  const articles = readdirSync(corpusDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(corpusDir, name), 'utf8').replace(/^\uFEFF/, ''));
  const once = articles.join('\n\n');
  const copies = Math.max(1, Math.ceil(5e6 / Buffer.byteLength(once, 'utf8')));
  const text = Array.from({ length: copies }, () => once).join('\n\n');
  const megabytes = Buffer.byteLength(text, 'utf8') / 1e6;
  extractFigures(text);
  let best = Infinity;
  for (let n = 0; n < 5; n++) {
    const started = performance.now();
    extractFigures(text);
    best = Math.min(best, performance.now() - started);
  }
  return { mbPerSecond: megabytes / (best / 1000), megabytes };
}

runIfMain(import.meta.url, run);
