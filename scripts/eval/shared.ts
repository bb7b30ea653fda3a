import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The third-party test suites live beside the project in ../shared/data (never copied in).
 * AMZ_SHARED_DATA overrides the place.
 */
export function sharedDataDir(): string {
  return resolve(process.env.AMZ_SHARED_DATA ?? '../shared/data');
}

/** True (after printing why) when a data folder is absent, so an evaluation skips cleanly. */
export function skipWhenAbsent(path: string, what: string): boolean {
  if (existsSync(path)) return false;
  console.log(`${what}: skipped (${path} not found)`);
  return true;
}

export function percent(numerator: number, denominator: number): string {
  return denominator === 0 ? '   n/a' : `${((100 * numerator) / denominator).toFixed(2).padStart(6)} %`;
}

/** F1 from counts of true positives, predictions and gold items. */
export function f1(truePositives: number, predicted: number, gold: number): { precision: number; recall: number; f1: number } {
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = gold === 0 ? 0 : truePositives / gold;
  const f = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1: f };
}

/** Runs an evaluation when its module is the program (`node dist/scripts/eval/ud.js`). */
export function runIfMain(moduleUrl: string, run: (dataDir: string) => Promise<void>): void {
  if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === moduleUrl) {
    run(sharedDataDir()).catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
  }
}
