import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../../src/data/load.js';

export interface Measured {
  readonly seconds: number;
  /** Peak resident set size of the whole process (all threads), MB. */
  readonly peakRssMB: number;
  /** CPU time, user + system, every thread (NaN when GNU time is missing). */
  readonly cpuSeconds: number;
  readonly status: number | null;
  readonly stderr: string;
}

const GNU_TIME = '/usr/bin/time';

export function binPath(): string {
  return join(packageRoot(), 'bin', 'amz-claims.js');
}

/**
 * Runs `amz-claims args…` with `input` as standard input and stdout discarded; wall time
 * from the parent, peak RSS and CPU time from GNU time when installed, else peak RSS
 * from the child itself (process.resourceUsage().maxRSS at exit, through a preloaded hook).
 */
export async function measureCommand(args: readonly string[], input: string | null): Promise<Measured> {
  const scratch = mkdtempSync(join(tmpdir(), 'amz-bench-run-'));
  const rssFile = join(scratch, 'rss');
  const hook = fileURLToPath(new URL('./rss-hook.js', import.meta.url));
  const useTime = existsSync(GNU_TIME);
  const node = [...(useTime ? [] : ['--import', hook]), binPath(), ...args];
  const [command, commandArgs] = useTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, process.execPath, ...node]] : [process.execPath, node];
  const stdin = input === null ? 'ignore' : openSync(input, 'r');
  const started = performance.now();
  const child = spawn(command, commandArgs, {
    stdio: [stdin, 'ignore', 'pipe'],
    env: { ...process.env, AMZ_BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const seconds = (performance.now() - started) / 1000;
  if (typeof stdin === 'number') closeSync(stdin);
  // GNU time writes "Command exited with non-zero status" first when it does
  const fields = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number) : [];
  rmSync(scratch, { recursive: true, force: true });
  const [kilobytes = NaN, user = NaN, system = NaN] = fields;
  return { seconds, peakRssMB: kilobytes / 1024, cpuSeconds: user + system, status, stderr };
}
