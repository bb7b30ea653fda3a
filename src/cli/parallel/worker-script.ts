import { existsSync } from 'node:fs';

let script: URL | null | undefined;

/**
 * The compiled worker beside this module (dist/src/cli/parallel/worker.js), or null when
 * running from TypeScript sources (tests), where the run stays on the main thread.
 */
export function workerScript(): URL | null {
  if (script !== undefined) return script;
  const url = new URL('./worker.js', import.meta.url);
  script = url.protocol === 'file:' && existsSync(url) ? url : null;
  return script;
}
