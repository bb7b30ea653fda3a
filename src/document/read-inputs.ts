import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { textLines } from './byte-lines.js';
import { bundledCorpusDir, readManifest } from './bundled-corpus.js';
import { decodeText } from './decode.js';
import { createDocument, type Document } from './document.js';
import { parseJsonlDocument } from './jsonl-document.js';

export type InputFormat = 'text' | 'jsonl';

/** A document read, or an input (or one line of it) that could not be read. */
export type InputItem = { readonly document: Document } | { readonly error: InputError };

export interface InputError {
  /** The input as the user named it (a path, `-`, `bundled corpus`). */
  readonly input: string;
  readonly message: string;
}

export interface ReadOptions {
  readonly format: InputFormat;
  /** Publication date for documents that have none (`--date`). */
  readonly defaultDate: string | null;
  /** Standard input, read only when `-` is among the inputs. */
  readonly stdin: () => AsyncIterable<Uint8Array>;
}

const TEXT_EXTENSIONS = new Set(['.txt', '.md']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

/**
 * Reads inputs one document at a time, in order: none means the bundled corpus; `-` is
 * standard input; a directory is every text file below it in sorted path order. A bad
 * input yields an error item and reading goes on with the next.
 */
export async function* readInputs(inputs: readonly string[], options: ReadOptions): AsyncGenerator<InputItem> {
  if (inputs.length === 0) {
    yield* readBundledCorpus(options);
    return;
  }
  for (const input of inputs) {
    if (input === '-') yield* readStdin(options);
    else yield* readPath(input, options);
  }
}

async function* readBundledCorpus(options: ReadOptions): AsyncGenerator<InputItem> {
  const dir = bundledCorpusDir();
  for (const entry of readManifest(dir)) {
    const item = await readTextFile(join(dir, `${entry.id}.txt`), `bundled corpus ${entry.id}`);
    if ('error' in item) {
      yield item;
      continue;
    }
    yield {
      document: createDocument(entry.id, item.document.text, {
        title: entry.title,
        source: entry.source,
        url: entry.url,
        date: entry.date ?? options.defaultDate,
      }, item.document.path),
    };
  }
}

async function* readStdin(options: ReadOptions): AsyncGenerator<InputItem> {
  if (options.format === 'jsonl') {
    yield* readJsonlLines(options.stdin(), 'standard input', options);
    return;
  }
  const chunks: Uint8Array[] = [];
  for await (const chunk of options.stdin()) chunks.push(chunk);
  const decoded = decodeText(Buffer.concat(chunks));
  if ('problem' in decoded) yield { error: { input: 'standard input', message: decoded.detail } };
  else yield { document: createDocument('stdin', decoded.text, { date: options.defaultDate }) };
}

async function* readPath(path: string, options: ReadOptions): AsyncGenerator<InputItem> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield { error: { input: path, message: describeFsError(error) } };
    return;
  }
  if (info.isDirectory()) {
    const extensions = options.format === 'jsonl' ? JSONL_EXTENSIONS : TEXT_EXTENSIONS;
    let files: string[];
    try {
      files = await listFiles(path, extensions);
    } catch (error) {
      yield { error: { input: path, message: describeFsError(error) } };
      return;
    }
    if (files.length === 0) {
      const wanted = [...extensions].map((e) => `*${e}`).join(' or ');
      yield { error: { input: path, message: `directory holds no ${wanted} files` } };
      return;
    }
    for (const file of files) yield* readFileInput(file, options);
    return;
  }
  yield* readFileInput(path, options);
}

async function* readFileInput(path: string, options: ReadOptions): AsyncGenerator<InputItem> {
  if (options.format === 'jsonl') {
    yield* readJsonlLines(createReadStream(path), path, options);
    return;
  }
  const item = await readTextFile(path, path);
  if ('error' in item) yield item;
  else yield { document: createDocument(item.document.id, item.document.text, { date: options.defaultDate }, path) };
}

async function readTextFile(path: string, label: string): Promise<InputItem> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { error: { input: label, message: describeFsError(error) } };
  }
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return { error: { input: label, message: decoded.detail } };
  return { document: createDocument(basename(path, extname(path)), decoded.text, {}, path) };
}

async function* readJsonlLines(chunks: AsyncIterable<Uint8Array>, label: string, options: ReadOptions): AsyncGenerator<InputItem> {
  for await (const line of textLines(chunks)) {
    if ('readError' in line) {
      yield { error: { input: label, message: describeFsError(line.readError) } };
      continue;
    }
    const parsed = 'text' in line ? parseJsonlDocument(line.text, line.lineNumber) : line;
    if ('problem' in parsed) {
      yield { error: { input: label, message: parsed.problem } };
      continue;
    }
    const document = parsed.document;
    yield { document: document.date === null && options.defaultDate ? { ...document, date: options.defaultDate } : document };
  }
}

/** Every file below `dir` with one of `extensions`, in sorted path order (hidden entries skipped). */
async function listFiles(dir: string, extensions: ReadonlySet<string>): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (extensions.has(extname(entry.name).toLowerCase())) found.push(path);
    }
  };
  await walk(dir);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return (error as Error).message;
  }
}
