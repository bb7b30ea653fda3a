import { createWriteStream } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { packageRoot } from '../../src/data/load.js';
import { pick, prng } from './prng.js';

/**
 * A synthetic French corpus as large as wanted, built from the bundled articles: each
 * document is paragraphs drawn from every article in a shuffled order, with every number
 * perturbed (same number of digits, years kept plausible), from a seeded PRNG: the same
 * bytes on every run.
 */

export interface SyntheticDocument {
  readonly id: string;
  readonly text: string;
  readonly date: string;
  readonly source: string;
  readonly title: string;
}

interface BundledArticle {
  readonly title: string;
  readonly source: string;
  readonly paragraphs: string[];
}

export function bundledArticles(): BundledArticle[] {
  const dir = join(packageRoot(), 'corpus');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    documents: { id: string; title: string; source: string }[];
  };
  return manifest.documents.map((entry) => ({
    title: entry.title,
    source: entry.source,
    paragraphs: readFileSync(join(dir, `${entry.id}.txt`), 'utf8')
      .split(/\n{2,}/)
      .map((p) => p.trim())
      .filter((p) => p !== ''),
  }));
}

/** Replaces every run of digits by another of the same length; four-digit years stay years. */
export function perturbNumbers(text: string, random: () => number): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    out += text.slice(last, i) + newDigits(text.slice(i, end), random);
    last = end;
    i = end - 1;
  }
  return out + text.slice(last);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function newDigits(digits: string, random: () => number): string {
  if (digits.length === 4 && (digits.startsWith('19') || digits.startsWith('20'))) return String(1990 + Math.floor(random() * 40));
  let out = '';
  for (let k = 0; k < digits.length; k++) {
    const keepNonZero = k === 0 && digits.length > 1;
    out += String(keepNonZero ? 1 + Math.floor(random() * 9) : Math.floor(random() * 10));
  }
  return out;
}

/** An endless, deterministic sequence of synthetic documents. */
export function* syntheticDocuments(seed = 1): Generator<SyntheticDocument> {
  const random = prng(seed);
  const articles = bundledArticles();
  for (let n = 1; ; n++) {
    const count = 3 + Math.floor(random() * 10);
    const paragraphs: string[] = [];
    for (let k = 0; k < count; k++) paragraphs.push(perturbNumbers(pick(random, pick(random, articles).paragraphs), random));
    const article = pick(random, articles);
    const month = 1 + Math.floor(random() * 12);
    yield {
      id: `syn-${String(n).padStart(7, '0')}`,
      text: paragraphs.join('\n\n'),
      date: `${2015 + Math.floor(random() * 9)}-${String(month).padStart(2, '0')}`,
      source: article.source,
      title: perturbNumbers(article.title, random),
    };
  }
}

export interface CorpusSize {
  readonly documents: number;
  /** UTF-8 bytes of document text (what MB/s counts). */
  readonly textBytes: number;
  /** Bytes of the JSONL file. */
  readonly fileBytes: number;
}

/** Synthetic documents as JSONL lines until their text reaches `textBytes`. */
export function syntheticJsonl(textBytes: number, seed = 1): { jsonl: string; size: CorpusSize } {
  const lines: string[] = [];
  let text = 0;
  let file = 0;
  for (const document of syntheticDocuments(seed)) {
    if (text >= textBytes) break;
    const line = JSON.stringify(document) + '\n';
    lines.push(line);
    text += Buffer.byteLength(document.text);
    file += Buffer.byteLength(line);
  }
  return { jsonl: lines.join(''), size: { documents: lines.length, textBytes: text, fileBytes: file } };
}

/** Writes a synthetic JSONL corpus of at least `textBytes` bytes of text to `path`, streaming. */
export async function writeSyntheticCorpus(path: string, textBytes: number, seed = 1): Promise<CorpusSize> {
  const out = createWriteStream(path);
  let documents = 0;
  let text = 0;
  let file = 0;
  let batch = '';
  for (const document of syntheticDocuments(seed)) {
    if (text >= textBytes) break;
    const line = JSON.stringify(document) + '\n';
    batch += line;
    documents++;
    text += Buffer.byteLength(document.text);
    file += Buffer.byteLength(line);
    if (batch.length >= 1 << 20) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch);
  await once(out, 'finish');
  return { documents, textBytes: text, fileBytes: file };
}
