import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The folder of the installed package (the one holding package.json), found by walking
 * up from this module: the same whether the code runs from src/ (tests) or dist/src/.
 */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('amz-claims: cannot find the package root');
    dir = parent;
  }
  root = dir;
  return dir;
}

/** A knowledge file shipped in src/data/, as text. */
export function readDataFile(name: string): string {
  return readFileSync(join(packageRoot(), 'src', 'data', name), 'utf8');
}

export function readDataJson<T>(name: string): T {
  return JSON.parse(readDataFile(name)) as T;
}

/**
 * The lines of a list file: one entry a line, `#` starts a comment (provenance lives
 * at the top of each file), blank lines are skipped.
 */
export function readDataLines(name: string): string[] {
  const lines: string[] = [];
  for (const raw of readDataFile(name).split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) continue;
    lines.push(line);
  }
  return lines;
}
