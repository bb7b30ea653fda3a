import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOCUMENT_COMMANDS } from '../../src/cli/commands/index.js';
import { chronoFrench, readTexts, recognizersFrench, type Throughput } from './baselines.js';
import { measureCommand, type Measured } from './measure-command.js';
import { helpStartupMs } from './startup.js';
import { writeSyntheticCorpus, type CorpusSize } from './synthetic-corpus.js';

/**
 * `npm run bench`: speed and memory of amz-claims on a synthetic corpus built from the
 * bundled articles, beside chrono-node and Recognizers-Text on the same text.
 *
 *   npm run bench                      the default run (>= 50 MB of text, about two minutes)
 *   npm run bench -- --huge            peak memory on a 1 GB JSONL input instead (AMZ_BENCH_HUGE=1 too)
 *   AMZ_BENCH_MB=10 npm run bench      a smaller corpus, for a quick look (the targets assume >= 50 MB)
 *   AMZ_BENCH_RECOGNIZERS_KB=20 ...    a smaller Recognizers-Text sample (it manages about 1 KB/s)
 */

const TARGET = { mbPerSecond: 10, speedUp: 1.8, helpMs: 150, hugeRssMB: 400 } as const;
const SEED = 1;

function mainCommand(): { name: string; note: string | null } {
  if (DOCUMENT_COMMANDS.some((c) => c.name === 'extract')) return { name: 'extract', note: null };
  return { name: 'figures', note: '`extract` does not exist yet: measuring `figures`, the heaviest existing command, instead' };
}

const mbps = (bytes: number, seconds: number): number => bytes / 1e6 / seconds;
const fixed = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const verdict = (met: boolean): string => (met ? 'met' : 'NOT MET');

function row(what: string, value: string, memory: string, target: string): string {
  return `${what.padEnd(44)} ${value.padStart(14)}  ${memory.padStart(12)}  ${target}`;
}

function checked(run: Measured, what: string): Measured {
  if (run.status !== 0) throw new Error(`${what} exited with ${run.status}: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return run;
}

async function corpusIn(dir: string, megabytes: number): Promise<{ path: string; size: CorpusSize }> {
  const path = join(dir, 'corpus.jsonl');
  const started = performance.now();
  const size = await writeSyntheticCorpus(path, megabytes * 1e6, SEED);
  console.log(
    `synthetic corpus: ${fixed(size.textBytes / 1e6)} MB of text in ${size.documents} documents ` +
      `(${fixed(size.fileBytes / 1e6)} MB of JSONL, seed ${SEED}, built in ${fixed((performance.now() - started) / 1000)} s)`,
  );
  return { path, size };
}

async function defaultRun(dir: string): Promise<void> {
  const megabytes = Number(process.env.AMZ_BENCH_MB ?? 50);
  const recognizersKB = Number(process.env.AMZ_BENCH_RECOGNIZERS_KB ?? 100);
  const { path, size } = await corpusIn(dir, megabytes);
  const command = mainCommand();
  if (command.note) console.log(`note: ${command.note}`);
  const load = loadavg()[0];
  const args = (jobs: number) => [command.name, '-', '--input', 'jsonl', '--format', 'jsonl', '--jobs', String(jobs), '--quiet'];
  const one = checked(await measureCommand(args(1), path), `${command.name} --jobs 1`);
  const two = checked(await measureCommand(args(2), path), `${command.name} --jobs 2`);
  const { texts } = await readTexts(path);
  const chrono: Throughput = chronoFrench(texts);
  const sample = [];
  for (let i = 0, bytes = 0; i < texts.length && bytes < recognizersKB * 1000; i++) {
    sample.push(texts[i]);
    bytes += Buffer.byteLength(texts[i].text);
  }
  const recognizers: Throughput = recognizersFrench(sample);
  const help = helpStartupMs();

  const speedOne = mbps(size.textBytes, one.seconds);
  const speedTwo = mbps(size.textBytes, two.seconds);
  const speedUp = one.seconds / two.seconds;
  console.log(`node ${process.version}, ${availableParallelism()} cores, load average before the runs ${fixed(load, 2)}`);
  if (load > 0.5) console.log('(other processes were using the cores: the speed-up is understated; CPU time shows the work done)');
  console.log('');
  console.log(row('', 'speed', 'peak RSS', 'target'));
  const cpu = (run: Measured): string => `${fixed(run.seconds, 2)} s wall, ${fixed(run.cpuSeconds, 2)} s CPU`;
  console.log(row(`${command.name} --jobs 1`, `${fixed(speedOne)} MB/s`, `${fixed(one.peakRssMB, 0)} MB`, `>= ${TARGET.mbPerSecond} MB/s on one core: ${verdict(speedOne >= TARGET.mbPerSecond)}  (${cpu(one)})`));
  console.log(row(`${command.name} --jobs 2`, `${fixed(speedTwo)} MB/s`, `${fixed(two.peakRssMB, 0)} MB`, `(${cpu(two)})`));
  console.log(row('speed-up with 2 workers', `${fixed(speedUp, 2)}x`, '', `>= ${TARGET.speedUp}x: ${verdict(speedUp >= TARGET.speedUp)}`));
  console.log(row(`chrono-node fr.parse, dates only (warm)`, `${fixed(mbps(chrono.bytes, chrono.seconds))} MB/s`, '', `amz-claims --jobs 1 at least as fast: ${verdict(speedOne >= mbps(chrono.bytes, chrono.seconds))}`));
  console.log(row(`Recognizers-Text fr number+date, ${fixed(recognizers.bytes / 1000, 0)} KB`, `${fixed(recognizers.bytes / 1000 / recognizers.seconds, 2)} KB/s`, '', ''));
  console.log(row('amz-claims --help start-up (median of 9)', `${fixed(help, 0)} ms`, '', `< ${TARGET.helpMs} ms: ${verdict(help < TARGET.helpMs)}`));
  console.log(`\nfound: chrono ${chrono.found} dates; Recognizers-Text ${recognizers.found} numbers and dates in its sample`);
  // V8 compiles and collects garbage on background threads: even --jobs 1 keeps part of a
  // second core busy, which bounds what workers can gain on a machine of this many cores.
  const coresOne = one.cpuSeconds / one.seconds;
  const coresTwo = two.cpuSeconds / two.seconds;
  const cores = availableParallelism();
  console.log(
    `cores kept busy: --jobs 1 ${fixed(coresOne, 2)}, --jobs 2 ${fixed(coresTwo, 2)}; ` +
      `CPU time of --jobs 2 over --jobs 1: ${fixed(two.cpuSeconds / one.cpuSeconds, 2)}x; ` +
      `best possible speed-up on ${cores} cores with no extra work: ${fixed(Math.min(2, cores) / coresOne, 2)}x`,
  );
}

async function hugeRun(dir: string): Promise<void> {
  const megabytes = Number(process.env.AMZ_BENCH_MB ?? 1000);
  const { path, size } = await corpusIn(dir, megabytes);
  const command = mainCommand();
  if (command.note) console.log(`note: ${command.note}`);
  const run = checked(await measureCommand([command.name, path, '--input', 'jsonl', '--format', 'jsonl', '--quiet'], null), command.name);
  console.log(`node ${process.version}, ${availableParallelism()} cores, --jobs default (${availableParallelism()})\n`);
  console.log(row('', 'speed', 'peak RSS', 'target'));
  console.log(
    row(
      `${command.name} on ${fixed(size.fileBytes / 1e9, 2)} GB of JSONL`,
      `${fixed(mbps(size.textBytes, run.seconds))} MB/s`,
      `${fixed(run.peakRssMB, 0)} MB`,
      `<= ${TARGET.hugeRssMB} MB: ${verdict(run.peakRssMB <= TARGET.hugeRssMB)}`,
    ),
  );
}

async function main(): Promise<void> {
  const huge = process.argv.includes('--huge') || process.env.AMZ_BENCH_HUGE === '1';
  const dir = mkdtempSync(join(tmpdir(), 'amz-bench-'));
  try {
    await (huge ? hugeRun(dir) : defaultRun(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
