import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../src/document/span.js';
import { splitSentences } from '../../src/segment/index.js';
import { tokenize } from '../../src/tokenize/index.js';
import { f1, runIfMain, skipWhenAbsent } from './shared.js';

const FILES = ['fr_gsd-ud-test.conllu', 'fr_sequoia-ud-test.conllu'];

/** A treebank read back into raw text: gold sentences joined by one space, gold spans over it. */
interface Gold {
  readonly text: string;
  readonly tokens: Span[];
  readonly sentences: Span[];
}

/**
 * Reads a CoNLL-U file: the raw text is the `# text =` lines joined by one space; each surface
 * token (a multiword range line such as « 3-4 du » counts once, its words are skipped) is
 * located in that text in order.
 */
export function readGold(conllu: string): Gold {
  const pieces: string[] = [];
  const tokens: Span[] = [];
  const sentences: Span[] = [];
  let offset = 0;
  let joinedLength = 0;
  let sentenceText: string | null = null;
  let cursor = 0;
  let skipUntil = 0;
  for (const line of conllu.split('\n')) {
    if (line.startsWith('# text = ')) {
      if (pieces.length > 0) joinedLength += 1;
      sentenceText = line.slice('# text = '.length);
      offset = joinedLength;
      joinedLength += sentenceText.length;
      sentences.push({ start: offset, end: offset + sentenceText.length });
      pieces.push(sentenceText);
      cursor = 0;
      skipUntil = 0;
      continue;
    }
    if (line === '' || line.startsWith('#') || sentenceText === null) {
      if (line === '') sentenceText = null;
      continue;
    }
    const columns = line.split('\t');
    const id = columns[0] ?? '';
    const form = columns[1] ?? '';
    if (id.includes('.')) continue;
    const dash = id.indexOf('-');
    if (dash < 0 && Number(id) <= skipUntil) continue;
    if (dash > 0) skipUntil = Number(id.slice(dash + 1));
    const at = sentenceText.indexOf(form, cursor);
    if (at < 0) throw new Error(`token « ${form} » not found in « ${sentenceText} »`);
    tokens.push({ start: offset + at, end: offset + at + form.length });
    cursor = at + form.length;
  }
  return { text: pieces.join(' '), tokens, sentences };
}

interface Score {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly mismatches: string[];
}

function key(span: Span): string {
  return `${span.start}:${span.end}`;
}

/** Exact-span precision, recall and F1, with a few mismatches in context for reading. */
function score(text: string, predicted: readonly Span[], gold: readonly Span[], limit: number): Score {
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(predicted.map(key));
  let truePositives = 0;
  for (const span of predicted) if (goldKeys.has(key(span))) truePositives++;
  const mismatches: string[] = [];
  const show = (tag: string, span: Span): void => {
    if (mismatches.length >= limit) return;
    const left = text.slice(Math.max(0, span.start - 30), span.start);
    const right = text.slice(span.end, span.end + 30);
    mismatches.push(`${tag} ${left}⟦${text.slice(span.start, span.end)}⟧${right}`);
  };
  // Walk both lists in text order so related misses and extras print side by side.
  const all = [...gold.map((s) => ({ s, tag: 'missed ' })), ...predicted.map((s) => ({ s, tag: 'extra  ' }))];
  all.sort((a, b) => a.s.start - b.s.start || a.s.end - b.s.end);
  for (const { s, tag } of all) {
    if (tag === 'missed ' ? !predictedKeys.has(key(s)) : !goldKeys.has(key(s))) show(tag, s);
  }
  return { ...f1(truePositives, predicted.length, gold.length), mismatches };
}

/**
 * Sentence F1 for each genre of a treebank (the prefix of its sentence ids: Europarl, newspaper,
 * drug leaflets, Wikipedia in Sequoia), each genre's sentences joined apart from the others.
 * Leaflets and Wikipedia pages are mostly headings and list items, whose line breaks the joining
 * drops; the spaCy transformer trained on Sequoia itself reports sentence F 94.4 (UD 2.5).
 */
function sentencesByGenre(conllu: string): string[] {
  const genres = new Map<string, string[]>();
  for (const block of conllu.split(/\n\n+/)) {
    const id = /# sent_id = ([A-Za-z]+)/.exec(block)?.[1];
    if (id === undefined) continue;
    genres.set(id, [...(genres.get(id) ?? []), block]);
  }
  const rows = ['Sequoia sentences by genre (sentence F1, %)'];
  for (const [genre, blocks] of genres) {
    const gold = readGold(`${blocks.join('\n\n')}\n\n`);
    const sentences = splitSentences(gold.text, tokenize(gold.text));
    const result = score(gold.text, sentences, gold.sentences, 0);
    rows.push(`  ${genre.padEnd(10)} ${String(gold.sentences.length).padStart(4)} sentences  ${pct(result.f1)}`);
  }
  return rows;
}

function pct(x: number): string {
  return (100 * x).toFixed(2).padStart(6);
}

export async function run(dataDir: string): Promise<void> {
  const folder = join(dataDir, 'ud-french');
  if (skipWhenAbsent(folder, 'UD French tokens and sentences')) return;
  const verbose = process.env.AMZ_EVAL_VERBOSE === '1';
  const rows: string[] = [];
  const details: string[] = [];
  for (const file of FILES) {
    const path = join(folder, file);
    if (skipWhenAbsent(path, file)) continue;
    const gold = readGold(readFileSync(path, 'utf8'));
    const started = performance.now();
    const tokens = tokenize(gold.text);
    const tokenMs = performance.now() - started;
    const sentences = splitSentences(gold.text, tokens);
    const tokenScore = score(gold.text, tokens, gold.tokens, Number(process.env.AMZ_EVAL_LIMIT ?? 30));
    const sentenceScore = score(gold.text, sentences, gold.sentences, Number(process.env.AMZ_EVAL_LIMIT ?? 30));
    rows.push(
      `${file.padEnd(26)} ${pct(tokenScore.precision)} ${pct(tokenScore.recall)} ${pct(tokenScore.f1)}   ` +
        `${pct(sentenceScore.precision)} ${pct(sentenceScore.recall)} ${pct(sentenceScore.f1)}   ` +
        `${String(gold.tokens.length).padStart(6)} ${String(gold.sentences.length).padStart(5)} ${tokenMs.toFixed(1).padStart(6)}`,
    );
    if (verbose) {
      details.push(`\n${file}: token mismatches`, ...tokenScore.mismatches);
      details.push(`\n${file}: sentence mismatches`, ...sentenceScore.mismatches);
    }
  }
  const sequoia = join(folder, 'fr_sequoia-ud-test.conllu');
  if (existsSync(sequoia)) rows.push('', ...sentencesByGenre(readFileSync(sequoia, 'utf8')));
  console.log('UD French (gold sentences joined by one space; exact span match, %)');
  console.log(`${'file'.padEnd(26)} ${'tok P'.padStart(6)} ${'tok R'.padStart(6)} ${'tok F1'.padStart(6)}   ${'sent P'.padStart(6)} ${'sent R'.padStart(6)} ${'sentF1'.padStart(6)}   ${'tokens'.padStart(6)} ${'sents'.padStart(5)} ${'tok ms'.padStart(6)}`);
  for (const row of rows) console.log(row);
  for (const line of details) console.log(line);
}

runIfMain(import.meta.url, run);
