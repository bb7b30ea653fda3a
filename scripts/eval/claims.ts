// Claims on the seed corpus: the expected claims of the five bundled articles, written by
// hand in test/fixtures/claims/, against what `extract` finds. Claims match by span.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnalyzedDocument } from '../../src/analysis.js';
import { packageRoot } from '../../src/data/load.js';
import { readInputs } from '../../src/document/read-inputs.js';
import { claimRecords } from '../../src/records/build.js';
import type { ClaimRecord } from '../../src/records/types.js';
import { percent, runIfMain } from './shared.js';

type ExpectedClaim = Pick<ClaimRecord, 'start' | 'end' | 'text' | 'kind' | 'value' | 'unit' | 'approx' | 'subject' | 'metric' | 'time' | 'attribution' | 'modality'>;

export interface ClaimScores {
  expected: number;
  found: number;
  extracted: number;
  subject: number;
  metric: number;
  value: number;
  withTime: number;
  time: number;
  attribution: number;
  modality: number;
  /** Field-by-field differences, for reading what went wrong. */
  differences: string[];
  missed: string[];
  extra: string[];
}

const FIELDS = ['subject', 'metric', 'time', 'attribution', 'modality'] as const;

export function expectedClaims(): Map<string, ExpectedClaim[]> {
  const dir = join(packageRoot(), 'test', 'fixtures', 'claims');
  const byDoc = new Map<string, ExpectedClaim[]>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    const fixture = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { doc: string; claims: ExpectedClaim[] };
    byDoc.set(fixture.doc, fixture.claims);
  }
  return byDoc;
}

export async function extractSeedClaims(): Promise<Map<string, ClaimRecord[]>> {
  const byDoc = new Map<string, ClaimRecord[]>();
  async function* none(): AsyncGenerator<Uint8Array> {}
  for await (const item of readInputs([], { format: 'text', defaultDate: null, stdin: none })) {
    if ('document' in item) byDoc.set(item.document.id, claimRecords(new AnalyzedDocument(item.document)));
  }
  return byDoc;
}

export function scoreClaims(expected: Map<string, ExpectedClaim[]>, extracted: Map<string, ClaimRecord[]>): ClaimScores {
  const scores: ClaimScores = { expected: 0, found: 0, extracted: 0, subject: 0, metric: 0, value: 0, withTime: 0, time: 0, attribution: 0, modality: 0, differences: [], missed: [], extra: [] };
  for (const [doc, wanted] of expected) {
    const got = extracted.get(doc) ?? [];
    scores.expected += wanted.length;
    scores.extracted += got.length;
    const bySpan = new Map(got.map((claim) => [`${claim.start}:${claim.end}`, claim]));
    const expectedSpans = new Set(wanted.map((claim) => `${claim.start}:${claim.end}`));
    for (const claim of got) if (!expectedSpans.has(`${claim.start}:${claim.end}`)) scores.extra.push(`${doc} «${claim.text}»`);
    for (const want of wanted) {
      const have = bySpan.get(`${want.start}:${want.end}`);
      if (!have) {
        scores.missed.push(`${doc} «${want.text}»`);
        continue;
      }
      scores.found++;
      if (Math.abs(have.value - want.value) < 1e-9 && have.unit === want.unit) scores.value++;
      if (want.time !== null) scores.withTime++;
      for (const field of FIELDS) {
        if (have[field] === want[field]) {
          if (field === 'time') {
            if (want.time !== null) scores.time++;
          } else scores[field]++;
        } else scores.differences.push(`${doc} «${want.text}» ${field}: expected ${JSON.stringify(want[field])}, got ${JSON.stringify(have[field])}`);
      }
    }
  }
  return scores;
}

export async function run(): Promise<void> {
  const scores = scoreClaims(expectedClaims(), await extractSeedClaims());
  console.log('Claims on the seed corpus (test/fixtures/claims, hand-written; claims matched by span)');
  const rows: [string, number, number, string][] = [
    ['claims found (recall)', scores.found, scores.expected, 'every claim'],
    ['precision', scores.found, scores.extracted, '>= 95 %'],
    ['value and unit right', scores.value, scores.found, ''],
    ['subject right', scores.subject, scores.found, '>= 95 %'],
    ['metric right', scores.metric, scores.found, '>= 85 %'],
    ['time right (claims that have one)', scores.time, scores.withTime, '100 %'],
    ['attribution right', scores.attribution, scores.found, ''],
    ['modality right', scores.modality, scores.found, ''],
  ];
  for (const [what, n, of, target] of rows) console.log(`${what.padEnd(36)} ${percent(n, of)}  (${n}/${of})  ${target ? `target ${target}` : ''}`);
  for (const line of [...scores.missed.map((m) => `missed ${m}`), ...scores.extra.map((e) => `extra ${e}`), ...scores.differences]) console.log(`  ${line}`);
}

runIfMain(import.meta.url, run);
