import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { bundledCorpusDir, readManifest } from '../../src/document/bundled-corpus.js';
import type { Span } from '../../src/document/span.js';
import { parseIsoDate, type IsoDate } from '../../src/document/iso-date.js';
import { splitSentences } from '../../src/segment/index.js';

/**
 * Each extractor alone, document by document, over the bundled corpus repeated to about
 * 5 MB of text (AMZ_BENCH_MB to change it), after two warm-up passes, best of three runs: where the time of
 * `extract` goes, without the command's reading and writing.
 *
 *   npx tsc -p . ; node dist/scripts/bench/extractors.js [name ...]
 */

interface BenchDocument {
  readonly text: string;
  readonly date: string | null;
  readonly reference: IsoDate | null;
  readonly sentences: readonly Span[];
  readonly bytes: number;
}

function corpus(megabytes: number): BenchDocument[] {
  const dir = bundledCorpusDir();
  const originals = readManifest(dir).map((entry) => {
    const text = readFileSync(join(dir, `${entry.id}.txt`), 'utf8');
    return { text, date: entry.date ?? null, reference: entry.date ? parseIsoDate(entry.date) : null, sentences: splitSentences(text), bytes: Buffer.byteLength(text) };
  });
  const documents: BenchDocument[] = [];
  let bytes = 0;
  while (bytes < megabytes * 1e6) {
    for (const document of originals) {
      documents.push(document);
      bytes += document.bytes;
    }
  }
  return documents;
}

type Step = (document: BenchDocument) => number;

/**
 * Each step returns a count, summed so the work cannot be optimised away. A step's module is
 * loaded only when the step runs, so that one extractor can be timed while another is being edited.
 */
const STEPS: Record<string, () => Promise<Step>> = {
  tokenize: async () => {
    const { tokenize } = await import('../../src/tokenize/index.js');
    return (d) => tokenize(d.text).length;
  },
  splitSentences: async () => (d) => splitSentences(d.text).length,
  detectLanguage: async () => {
    const { detectLanguage } = await import('../../src/language/index.js');
    return (d) => detectLanguage(d.text).lang.length;
  },
  extractEntities: async () => {
    const { extractEntities } = await import('../../src/extract/entities/index.js');
    return (d) => extractEntities(d.text, d.sentences).length;
  },
  extractFigures: async () => {
    const { extractFigures } = await import('../../src/extract/figures/index.js');
    return (d) => extractFigures(d.text).length;
  },
  extractDates: async () => {
    const { extractDates } = await import('../../src/extract/dates/index.js');
    return (d) => extractDates(d.text, d.reference).length;
  },
  // the claims step alone: each article's tokens, sentences, dates, figures and entities are
  // computed once, in the first warm-up pass, and kept
  extractClaims: async () => {
    const { AnalyzedDocument } = await import('../../src/analysis.js');
    const { extractClaims } = await import('../../src/claims/extract-claims.js');
    const { createDocument } = await import('../../src/document/document.js');
    const analyses = new Map<string, InstanceType<typeof AnalyzedDocument>>();
    return (d) => {
      let analysis = analyses.get(d.text);
      if (analysis === undefined) {
        analysis = new AnalyzedDocument(createDocument('bench', d.text, { date: d.date }));
        void analysis.entities;
        analyses.set(d.text, analysis);
      }
      return extractClaims(analysis).length;
    };
  },
};

interface Timing {
  readonly seconds: number;
  /** user + system CPU time of the process: less disturbed than wall time when other work shares the cores */
  readonly cpuSeconds: number;
  readonly found: number;
}

function time(documents: readonly BenchDocument[], step: Step): Timing {
  let found = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const document of documents) found += step(document);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6, found };
}

async function main(): Promise<void> {
  const megabytes = Number(process.env.AMZ_BENCH_MB ?? 5);
  const documents = corpus(megabytes);
  const bytes = documents.reduce((sum, d) => sum + d.bytes, 0);
  const wanted = process.argv.slice(2);
  const names = wanted.length > 0 ? wanted : Object.keys(STEPS);
  console.log(`${documents.length} documents, ${(bytes / 1e6).toFixed(1)} MB of text (the bundled corpus repeated); best of three warm runs`);
  console.log(`load average ${loadavg()[0].toFixed(2)} on ${availableParallelism()} cores before the runs\n`);
  console.log(`${'step'.padEnd(16)} ${'MB/s wall'.padStart(9)} ${'MB/s CPU'.padStart(9)} ${'seconds'.padStart(8)} ${'found'.padStart(9)}`);
  for (const name of names) {
    const load = STEPS[name];
    if (!load) throw new Error(`unknown step ${name}: one of ${Object.keys(STEPS).join(', ')}`);
    const step = await load();
    // two warm-up passes over everything: V8 compiles rarely called functions late, on
    // background threads whose CPU would count against the measured runs
    time(documents, step);
    time(documents, step);
    // the best of three runs: the machine is shared, and the best run is the least disturbed
    const runs = [time(documents, step), time(documents, step), time(documents, step)];
    const seconds = Math.min(...runs.map((run) => run.seconds));
    const cpuSeconds = Math.min(...runs.map((run) => run.cpuSeconds));
    const mbps = (s: number) => (bytes / 1e6 / s).toFixed(1).padStart(9);
    console.log(`${name.padEnd(16)} ${mbps(seconds)} ${mbps(cpuSeconds)} ${seconds.toFixed(2).padStart(8)} ${String(runs[0].found).padStart(9)}`);
  }
}

await main();
