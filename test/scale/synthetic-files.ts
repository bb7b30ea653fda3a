import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticJsonl } from '../../scripts/bench/synthetic-corpus.js';

/** A synthetic JSONL corpus of about `textBytes` bytes of text, written to a fresh temporary folder. */
export function syntheticCorpusFile(textBytes: number, seed: number): { dir: string; path: string; jsonl: string; documents: number } {
  const dir = mkdtempSync(join(tmpdir(), 'amz-scale-'));
  const { jsonl, size } = syntheticJsonl(textBytes, seed);
  const path = join(dir, 'corpus.jsonl');
  writeFileSync(path, jsonl);
  return { dir, path, jsonl, documents: size.documents };
}
