import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../../src/data/load.js';
import { binPath } from './measure-command.js';
import { writeSyntheticCorpus } from './synthetic-corpus.js';

/**
 * Where the time goes: runs a command under `node --cpu-prof` on the synthetic corpus
 * and prints the functions with the most self time, then the files.
 *
 *   node dist/scripts/bench/profile.js [command] [MB of text] [jobs]     (defaults: extract or figures, 10, 1)
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time (µs) per function and per file over one or more profiles (one per thread). */
export function selfTimes(profiles: readonly CpuProfile[]): { functions: Map<string, number>; files: Map<string, number>; total: number } {
  const functions = new Map<string, number>();
  const files = new Map<string, number>();
  let total = 0;
  const root = packageRoot();
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, i) => {
      const delta = profile.timeDeltas[i] ?? 0;
      const frame = byId.get(id)!.callFrame;
      const file = frame.url.startsWith('file://') ? relative(root, fileURLToPath(frame.url)) : frame.url || '(native)';
      const fn = `${file}:${frame.functionName || '(anonymous)'}:${frame.lineNumber + 1}`;
      const key = frame.url === '' ? `(${frame.functionName})` : fn;
      functions.set(key, (functions.get(key) ?? 0) + delta);
      files.set(frame.url === '' ? `(${frame.functionName})` : file, (files.get(frame.url === '' ? `(${frame.functionName})` : file) ?? 0) + delta);
      total += delta;
    });
  }
  return { functions, files, total };
}

/** Files grouped by the part of the pipeline they belong to. */
function areas(files: Map<string, number>): Map<string, number> {
  const grouped = new Map<string, number>();
  for (const [file, micros] of files) {
    const parts = file.replace(/^dist\//, '').split('/');
    const area = parts[0] !== 'src' ? file.startsWith('node:') ? 'node internals' : file : parts[1] === 'extract' && parts.length > 3 ? `src/extract/${parts[2]}` : parts.length > 2 ? `src/${parts[1]}` : `src/${parts[1]}`;
    grouped.set(area, (grouped.get(area) ?? 0) + micros);
  }
  return grouped;
}

function top(map: Map<string, number>, total: number, count: number): string[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, micros]) => `${((100 * micros) / total).toFixed(1).padStart(5)} %  ${(micros / 1000).toFixed(0).padStart(6)} ms  ${name}`);
}

async function main(): Promise<void> {
  const { DOCUMENT_COMMANDS } = await import('../../src/cli/commands/index.js');
  const command = process.argv[2] ?? (DOCUMENT_COMMANDS.some((c) => c.name === 'extract') ? 'extract' : 'figures');
  const megabytes = Number(process.argv[3] ?? 10);
  const jobs = process.argv[4] ?? '1';
  const dir = mkdtempSync(join(tmpdir(), 'amz-profile-'));
  try {
    const corpus = join(dir, 'corpus.jsonl');
    const size = await writeSyntheticCorpus(corpus, megabytes * 1e6, 1);
    const profiles = join(dir, 'profiles');
    const started = performance.now();
    const result = spawnSync(
      process.execPath,
      ['--cpu-prof', '--cpu-prof-dir', profiles, binPath(), command, '-', '--input', 'jsonl', '--format', 'jsonl', '--jobs', jobs, '--quiet'],
      { stdio: [openSync(corpus, 'r'), 'ignore', 'inherit'] },
    );
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0) throw new Error(`${command} exited with ${result.status}`);
    const loaded = readdirSync(profiles).map((name) => JSON.parse(readFileSync(join(profiles, name), 'utf8')) as CpuProfile);
    const { functions, files, total } = selfTimes(loaded);
    console.log(
      `${command} --jobs ${jobs} on ${(size.textBytes / 1e6).toFixed(1)} MB of text: ${seconds.toFixed(2)} s under the profiler ` +
        `(${(size.textBytes / 1e6 / seconds).toFixed(1)} MB/s), ${loaded.length} thread profile(s), ${(total / 1e6).toFixed(2)} s sampled\n`,
    );
    console.log('self time by function:');
    for (const line of top(functions, total, Number(process.env.AMZ_PROFILE_TOP ?? 30))) console.log(line);
    console.log('\nself time by file:');
    for (const line of top(files, total, 20)) console.log(line);
    console.log('\nself time by area (src/<area>/, src/extract/<extractor>/):');
    for (const line of top(areas(files), total, 15)) console.log(line);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
