import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import * as chrono from 'chrono-node';

/** A document's text and its publication date, for the parsers that resolve against one. */
export interface BenchText {
  readonly text: string;
  readonly reference: Date;
}

/** The texts of a JSONL corpus, in order, until `maxBytes` bytes of text (all of them by default). */
export async function readTexts(path: string, maxBytes = Infinity): Promise<{ texts: BenchText[]; bytes: number }> {
  const texts: BenchText[] = [];
  let bytes = 0;
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (bytes >= maxBytes) break;
    if (line === '') continue;
    const { text, date } = JSON.parse(line) as { text: string; date?: string };
    texts.push({ text, reference: new Date(`${date ?? '2021-01'}-01`.slice(0, 10)) });
    bytes += Buffer.byteLength(text);
  }
  lines.close();
  return { texts, bytes };
}

export interface Throughput {
  readonly bytes: number;
  readonly seconds: number;
  readonly found: number;
}

/** chrono-node's French parser over every text, timed after a warm-up on the first ones. */
export function chronoFrench(texts: readonly BenchText[]): Throughput {
  for (const { text, reference } of texts.slice(0, 200)) chrono.fr.parse(text, reference);
  let found = 0;
  let bytes = 0;
  const started = performance.now();
  for (const { text, reference } of texts) {
    found += chrono.fr.parse(text, reference).length;
    bytes += Buffer.byteLength(text);
  }
  return { bytes, seconds: (performance.now() - started) / 1000, found };
}

interface RecognizersSuite {
  readonly Culture: { readonly French: string };
  recognizeNumber(text: string, culture: string): unknown[];
  recognizeDateTime(text: string, culture: string, options?: unknown, reference?: Date): unknown[];
}

/** Recognizers-Text French, number and date-time models, document by document, after a warm-up. */
export function recognizersFrench(texts: readonly BenchText[]): Throughput {
  // the suite ships as UMD/CommonJS
  const suite = createRequire(import.meta.url)('@microsoft/recognizers-text-suite') as RecognizersSuite;
  const culture = suite.Culture.French;
  suite.recognizeNumber('Il a vendu 3 livres le 14 avril 2021.', culture);
  suite.recognizeDateTime('Il a vendu 3 livres le 14 avril 2021.', culture);
  let found = 0;
  let bytes = 0;
  const started = performance.now();
  for (const { text, reference } of texts) {
    found += suite.recognizeNumber(text, culture).length;
    found += suite.recognizeDateTime(text, culture, undefined, reference).length;
    bytes += Buffer.byteLength(text);
  }
  return { bytes, seconds: (performance.now() - started) / 1000, found };
}
