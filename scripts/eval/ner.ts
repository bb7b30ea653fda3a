import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JaroWinklerDistance } from 'natural/lib/natural/distance/index.js';
import { packageRoot, readDataLines } from '../../src/data/load.js';
import { extractEntities } from '../../src/extract/entities/index.js';
import { NEAR_MISS_MIN_LENGTH, NEAR_MISS_THRESHOLD } from '../../src/extract/entities/group-entities.js';
import { keyText } from '../../src/extract/entities/fold.js';
import type { Entity } from '../../src/extract/entities/types.js';
import { splitSentences } from '../../src/segment/index.js';
import { f1, percent, runIfMain, skipWhenAbsent } from './shared.js';

interface ExpectedEntity {
  readonly canonical: string;
  readonly label: string;
  readonly aliases: readonly string[];
  readonly mentions: readonly { start: number; end: number; text: string }[];
}

interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

const zero = (): Counts => ({ tp: 0, predicted: 0, gold: 0 });

function scoreLine(name: string, counts: Counts): string {
  const { precision, recall, f1: f } = f1(counts.tp, counts.predicted, counts.gold);
  return `${name.padEnd(22)} P ${percent(precision, 1)}  R ${percent(recall, 1)}  F1 ${percent(f, 1)}  (${counts.tp} of ${counts.gold} expected, ${counts.predicted} found)`;
}

/** The seed corpus against the hand-written fixtures in test/fixtures/entities/. */
export function seedCorpusScores(): { organisationsFound: number; organisations: number; entities: Counts; mentions: Counts; misses: string[] } {
  const root = packageRoot();
  const manifest = JSON.parse(readFileSync(join(root, 'corpus', 'manifest.json'), 'utf8')) as { documents: { id: string }[] };
  const entities = zero();
  const mentions = zero();
  let organisations = 0;
  let organisationsFound = 0;
  const misses: string[] = [];
  for (const { id } of manifest.documents) {
    const text = readFileSync(join(root, 'corpus', `${id}.txt`), 'utf8');
    const expected = (JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'entities', `${id}.json`), 'utf8')) as { entities: ExpectedEntity[] }).entities;
    const found = extractEntities(text, splitSentences(text));
    const identity = (e: { canonical: string; label: string }): string => `${e.label} ${keyText(e.canonical)}`;
    const foundIds = new Set(found.map(identity));
    const expectedIds = new Set(expected.map(identity));
    entities.predicted += foundIds.size;
    entities.gold += expectedIds.size;
    for (const e of expected) {
      const hit = foundIds.has(identity(e));
      if (hit) entities.tp++;
      else misses.push(`${id.slice(0, 3)} missed   ${e.label} ${e.canonical}`);
      if (e.label === 'ORG') {
        organisations++;
        if (hit) organisationsFound++;
      }
    }
    for (const e of found) if (!expectedIds.has(identity(e))) misses.push(`${id.slice(0, 3)} spurious ${e.label} ${e.canonical}`);
    const mentionId = (m: { start: number; end: number }, label: string): string => `${m.start}:${m.end}:${label}`;
    const goldMentions = new Set(expected.flatMap((e) => e.mentions.map((m) => mentionId(m, e.label))));
    const foundMentions = new Set(found.flatMap((e: Entity) => e.mentions.map((m) => mentionId(m, e.label))));
    mentions.gold += goldMentions.size;
    mentions.predicted += foundMentions.size;
    for (const m of foundMentions) if (goldMentions.has(m)) mentions.tp++;
  }
  return { organisationsFound, organisations, entities, mentions, misses };
}

/**
 * How well Jaro–Winkler separates one-letter slips of a name (« Wal Street Journal ») from
 * two different names, over the gazetteer's own names: precision and recall of « same
 * entity » at several thresholds.
 */
function nearMissTable(): string[] {
  const names: string[] = [];
  for (const file of ['organisations.tsv', 'media.tsv', 'institutions.tsv', 'products.tsv', 'places.tsv', 'countries.tsv', 'french-divisions.tsv']) {
    for (const line of readDataLines(`entities/${file}`)) {
      const name = keyText(line.split('\t')[0]);
      if (name.length >= NEAR_MISS_MIN_LENGTH) names.push(name);
    }
  }
  const positives: [string, string][] = [];
  names.forEach((name, n) => {
    // one slip per name, at a position that moves with n: deletion, doubling or substitution
    const at = 1 + (n % (name.length - 1));
    const slips = [name.slice(0, at) + name.slice(at + 1), name.slice(0, at) + name[at] + name.slice(at), name.slice(0, at) + 'x' + name.slice(at + 1)];
    positives.push([name, slips[n % 3]]);
  });
  const negatives: [string, string][] = [];
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++) if (Math.abs(names[i].length - names[j].length) <= 2) negatives.push([names[i], names[j]]);
  const lines: string[] = [`near-miss spellings: ${positives.length} one-letter slips vs ${negatives.length} pairs of distinct names (length >= ${NEAR_MISS_MIN_LENGTH})`];
  const positiveScores = positives.map(([a, b]) => JaroWinklerDistance(a, b, {}));
  const negativeScores = negatives.map(([a, b]) => JaroWinklerDistance(a, b, {}));
  for (const threshold of [0.9, 0.92, 0.94, 0.95, 0.96, 0.97]) {
    const tp = positiveScores.filter((s) => s >= threshold).length;
    const fp = negativeScores.filter((s) => s >= threshold).length;
    const mark = threshold === NEAR_MISS_THRESHOLD ? '  <- used' : '';
    lines.push(`  threshold ${threshold.toFixed(2)}: slips merged ${percent(tp, positives.length)}, distinct pairs merged ${fp} (${percent(fp, negatives.length)})${mark}`);
  }
  return lines;
}

/** Rebuilds a WikiNEuRal sentence: tokens joined by one space, none after an elision (l', jusqu'). */
function rebuild(tokens: string[]): { text: string; starts: number[]; ends: number[] } {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  tokens.forEach((token, i) => {
    if (i > 0 && !/['’]$/.test(tokens[i - 1])) text += ' ';
    starts.push(text.length);
    text += token;
    ends.push(text.length);
  });
  return { text, starts, ends };
}

const SCORED = ['PER', 'ORG', 'LOC'] as const;

function wikiNeural(dataDir: string): string[] {
  const path = join(dataDir, 'ner-fr', 'wikineural-fr-test.conllu');
  if (skipWhenAbsent(path, 'WikiNEuRal French test')) return [];
  const counts = new Map<string, Counts>(SCORED.map((label) => [label, zero()]));
  let sentences = 0;
  let elapsed = 0;
  let chars = 0;
  const blocks = readFileSync(path, 'utf8').split('\n\n');
  for (const block of blocks) {
    if (block.trim() === '') continue;
    const rows = block.split('\n').map((line) => line.split('\t'));
    const words = rows.map((row) => row[1]);
    const tags = rows.map((row) => row[2] ?? 'O');
    const gold = new Set<string>();
    for (let i = 0; i < tags.length; i++) {
      if (tags[i] === 'O') continue;
      const label = tags[i].slice(2);
      if (tags[i].startsWith('I-') && i > 0 && tags[i - 1] !== 'O' && tags[i - 1].slice(2) === label) continue;
      let j = i;
      while (j + 1 < tags.length && tags[j + 1] === `I-${label}`) j++;
      gold.add(`${i}:${j}:${label}`);
    }
    const { text, starts, ends } = rebuild(words);
    const began = performance.now();
    const found = extractEntities(text, [{ start: 0, end: text.length }]);
    elapsed += performance.now() - began;
    chars += text.length;
    sentences++;
    const tokenAtStart = new Map(starts.map((s, i) => [s, i]));
    const tokenAtEnd = new Map(ends.map((e, i) => [e, i]));
    const predicted = new Set<string>();
    for (const entity of found) {
      for (const mention of entity.mentions) {
        const first = tokenAtStart.get(mention.start);
        const last = tokenAtEnd.get(mention.end);
        // a span that does not fall on token bounds cannot match, but still counts as a prediction
        predicted.add(first === undefined || last === undefined ? `x${mention.start}:${mention.end}:${entity.label}` : `${first}:${last}:${entity.label}`);
      }
    }
    for (const label of SCORED) {
      const c = counts.get(label)!;
      for (const g of gold) if (g.endsWith(`:${label}`)) c.gold++;
      for (const p of predicted) {
        if (!p.endsWith(`:${label}`)) continue;
        c.predicted++;
        if (gold.has(p)) c.tp++;
      }
    }
  }
  const all = zero();
  const lines = [`WikiNEuRal French test (silver; entity level, exact token span + label): ${sentences} sentences`];
  for (const label of SCORED) {
    const c = counts.get(label)!;
    all.tp += c.tp;
    all.predicted += c.predicted;
    all.gold += c.gold;
    lines.push('  ' + scoreLine(label, c));
  }
  lines.push('  ' + scoreLine('PER+ORG+LOC (micro)', all));
  lines.push(`  time ${(elapsed / 1000).toFixed(2)} s for ${(chars / 1e6).toFixed(2)} MB (${(chars / 1e6 / (elapsed / 1000)).toFixed(2)} MB/s)`);
  lines.push('  references on WikiNER: spaCy fr_core_news_sm 81.4 F1, Stanza 92.9 F1');
  return lines;
}

export async function run(dataDir: string): Promise<void> {
  const seed = seedCorpusScores();
  console.log('Entities — seed corpus (5 articles, hand-written fixtures)');
  console.log(`  organisations found    ${percent(seed.organisationsFound, seed.organisations)} (${seed.organisationsFound} of ${seed.organisations}; target >= 95 %)`);
  console.log('  ' + scoreLine('entities (all labels)', seed.entities) + '  target F1 >= 90 %');
  console.log('  ' + scoreLine('mentions (all labels)', seed.mentions));
  for (const miss of seed.misses) console.log(`    ${miss}`);
  for (const line of nearMissTable()) console.log(line);
  for (const line of wikiNeural(dataDir)) console.log(line);
}

runIfMain(import.meta.url, run);
