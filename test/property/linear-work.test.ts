import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticDocuments } from '../../scripts/bench/synthetic-corpus.js';
import { measureNativeWork } from './native-work.js';
import { WorkCounter } from './work-counter.js';

// Work must grow linearly with the input. Work is counted, not timed: V8 block coverage
// counts every block of the project's code that runs (loop iterations included), and the
// built-ins that scan (regular expressions, indexOf, splice...) add what they step over.
// Both counts are deterministic, so the test cannot flake on a busy machine.

const SCOPE = /\/src\/.*\.[jt]s$/;
const SMALL = 4_000;
/** The larger input is this many times the smaller. */
const FACTOR = 2;
/** Work per character may vary this much between the two sizes (tokens differ at the cut). */
const TOLERANCE = 0.25;

/** Runs one command (a label: `lang --by sentence`) on a fresh document of `text`. */
type Analyse = (label: string, text: string) => void;
const counter = new WorkCounter();
let analyse: Analyse;
let labels: string[] = [];

beforeAll(async () => {
  // Counting starts before the project's modules load, so every function is counted.
  await counter.start();
  const { AnalyzedDocument } = await import('../../src/analysis.js');
  const { DOCUMENT_COMMANDS } = await import('../../src/cli/commands/index.js');
  const { createDocument } = await import('../../src/document/document.js');
  type Options = Parameters<(typeof DOCUMENT_COMMANDS)[number]['records']>[1];
  const variants = new Map<string, [(typeof DOCUMENT_COMMANDS)[number], Options]>();
  for (const command of DOCUMENT_COMMANDS) variants.set(command.name, [command, { format: 'jsonl', color: false, input: 'text' }]);
  const lang = DOCUMENT_COMMANDS.find((c) => c.name === 'lang')!;
  variants.set('lang --by sentence', [lang, { format: 'jsonl', color: false, input: 'text', by: 'sentence' }]);
  labels = [...variants.keys()];
  analyse = (label, text) => {
    const [command, options] = variants.get(label)!;
    command.records(new AnalyzedDocument(createDocument('doc', text, { date: '2021-04-14' })), options);
  };
});

afterAll(async () => {
  await counter.stop();
});

interface Work {
  readonly blocks: number;
  readonly native: number;
}

/** The work of each command on `text`, each on a fresh document (its layers computed anew). */
async function work(text: string): Promise<Map<string, Work>> {
  const done = new Map<string, Work>();
  for (const label of labels) {
    await counter.take(SCOPE);
    const { steps } = measureNativeWork(() => analyse(label, text));
    done.set(label, { blocks: await counter.take(SCOPE), native: steps });
  }
  return done;
}

/** Whole paragraphs of the synthetic corpus until `length` characters. */
function articles(length: number): string {
  let text = '';
  for (const document of syntheticDocuments(7)) {
    text += document.text + '\n\n';
    if (text.length >= length) return text.slice(0, length);
  }
  return text;
}

const repeated = (unit: string) => (length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Unknown names, all different, of the same length and start (« Velmora Bakitu Conseil »): near misses are looked for among them. */
function distinctNames(length: number): string {
  const syllables = ['ba', 'ki', 'tu', 'lo', 'me', 'ra', 'si', 'no', 'pe', 'du'];
  let text = '';
  for (let n = 0; text.length < length; n++) {
    let word = '';
    for (let rest = n, k = 0; k < 4; k++, rest = Math.floor(rest / 10)) word += syllables[rest % 10];
    text += `Le cabinet Velmora ${word.charAt(0).toUpperCase()}${word.slice(1)} Conseil publie. `;
  }
  return text.slice(0, length);
}

const FAMILIES: readonly [string, (length: number) => string][] = [
  ['French articles', articles],
  ['one line of words and figures, no full stop', repeated('Amazon détient 47,8 % du marché du cloud selon Synergy, soit 3,5 milliards de dollars en 2021 ')],
  ['short sentences', repeated('Il a 3 %. Elle a dit « oui ». ')],
  ['capitalised names', repeated('Amazon Web Services Jeff Bezos Paris France ')],
  ['distinct unknown names', distinctNames],
  ['figures and dates back to back', repeated('1 500 euros, 47,8 %, le 14 avril 2021, 6 millions, entre 50 et 80 %, ')],
  ['a run of digits', repeated('7')],
  ['digits and spaces', repeated('1 ')],
  ['spaces', repeated(' ')],
  ['full stops', repeated('.')],
  ['an opening quote never closed', (length) => '« ' + repeated('il a dit 3 % et ')(length - 2)],
  ['astral characters and combining marks', repeated('😀e\u0301 ')],
];

describe(`work grows linearly: ${SMALL} then ${SMALL * FACTOR} characters, each command`, () => {
  it.each(FAMILIES)('%s', async (_family, make) => {
    const small = make(SMALL);
    const large = make(SMALL * FACTOR);
    await work(small); // first use loads knowledge files and fills caches
    const before = await work(small);
    const after = await work(large);
    const lengthRatio = large.length / small.length;
    // growth of work per character, per command: 1 is linear
    const growth = (a: number, b: number): number => b / Math.max(a, 1) / lengthRatio;
    const superlinear: string[] = [];
    let totalBefore = 0;
    let totalAfter = 0;
    for (const label of labels) {
      const a = before.get(label)!;
      const b = after.get(label)!;
      totalBefore += a.blocks + a.native;
      totalAfter += b.blocks + b.native;
      const blocks = growth(a.blocks, b.blocks);
      const native = a.native > 1000 ? growth(a.native, b.native) : 1;
      if (blocks > 1 + TOLERANCE || native > 1 + TOLERANCE) {
        superlinear.push(`${label}: blocks ${a.blocks} -> ${b.blocks} (x${blocks.toFixed(2)} per character), native ${a.native} -> ${b.native} (x${native.toFixed(2)})`);
      }
    }
    expect(superlinear).toEqual([]);
    expect(growth(totalBefore, totalAfter)).toBeGreaterThan(1 - TOLERANCE);
  });
});
