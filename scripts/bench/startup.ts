import { spawnSync } from 'node:child_process';
import { binPath } from './measure-command.js';

/** Median wall time of `amz-claims --help`, in ms, over `runs` runs after one warm-up. */
export function helpStartupMs(runs = 9): number {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [binPath(), '--help'], { stdio: 'ignore' });
    const elapsed = performance.now() - started;
    if (result.status !== 0) throw new Error('amz-claims --help failed');
    if (i > 0) times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
