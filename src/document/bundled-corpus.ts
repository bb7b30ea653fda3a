import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../data/load.js';
import type { DocumentMeta } from './document.js';

export interface ManifestEntry extends DocumentMeta {
  readonly id: string;
  /** How the date is known (« dated in the text », « reports an investigation dated … »). */
  readonly dateBasis?: string;
}

/** The bundled French corpus ships in the package, beside package.json, whatever the working directory. */
export function bundledCorpusDir(): string {
  return join(packageRoot(), 'corpus');
}

export function readManifest(dir = bundledCorpusDir()): ManifestEntry[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { documents: ManifestEntry[] };
  return manifest.documents;
}
