import { Session } from 'node:inspector/promises';

/**
 * A deterministic measure of the work a piece of code does: V8's block coverage counts
 * how many times each block of each function runs (every loop iteration, every branch
 * taken), summed over the project's own modules (`src/`). Unlike a clock it gives the
 * same number on every run and every machine, and unlike counting records it sees the
 * loops that produce nothing (a scanner re-reading the text for each candidate). Regular
 * expressions and built-ins run natively and are not counted here; the characters each
 * regular expression steps over are counted apart (see `countRegexScans`).
 */
export class WorkCounter {
  private readonly session = new Session();

  /** Starts counting; modules imported afterwards are counted exactly. */
  async start(): Promise<void> {
    this.session.connect();
    await this.session.post('Profiler.enable');
    await this.session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  }

  /** Block executions in files whose URL matches `scope` since the last call (counters reset). */
  async take(scope: RegExp): Promise<number> {
    const { result } = await this.session.post('Profiler.takePreciseCoverage');
    let steps = 0;
    for (const script of result) {
      if (!scope.test(script.url)) continue;
      for (const fn of script.functions) for (const range of fn.ranges) steps += range.count;
    }
    return steps;
  }

  async stop(): Promise<void> {
    await this.session.post('Profiler.stopPreciseCoverage');
    await this.session.post('Profiler.disable');
    this.session.disconnect();
  }
}
