import { readDataLines } from '../data/load.js';
import { classAt, isWordChar } from './char-class.js';

/** How an abbreviation with a final period behaves at a sentence boundary. */
export interface Abbreviation {
  /** True when the abbreviation can close a sentence (« etc. », « av. J.-C. »). */
  readonly final: boolean;
}

let table: Map<string, Abbreviation> | undefined;
let dottedByFirstChar: Map<string, readonly string[]> | undefined;
/** 1 for each UTF-16 unit a dotted entry starts with: most words are settled without a look-up. */
const startsDotted = new Uint8Array(0x10000);

function load(): Map<string, Abbreviation> {
  if (table) return table;
  table = new Map();
  const dotted = new Map<string, string[]>();
  for (const line of readDataLines('tokenize/abbreviations.txt')) {
    const [form = '', flag] = line.split('\t');
    const entry: Abbreviation = { final: flag?.trim() === 'final' };
    const forms = [form];
    const first = form.charAt(0);
    if (first !== first.toUpperCase()) forms.push(first.toUpperCase() + form.slice(1));
    for (const f of forms) {
      table.set(f, entry);
      // Entries with inner punctuation (« c.-à-d. », « J.-C. ») are matched before word scanning.
      if (/[.\-]/.test(f.slice(0, -1))) {
        const list = dotted.get(f.charAt(0)) ?? [];
        list.push(f);
        dotted.set(f.charAt(0), list);
      }
    }
  }
  for (const [first, list] of dotted) {
    list.sort((a, b) => b.length - a.length);
    startsDotted[first.charCodeAt(0)] = 1;
  }
  dottedByFirstChar = dotted;
  return table;
}

/** The abbreviation spelled exactly `form` (final period included), if it is one. */
export function abbreviation(form: string): Abbreviation | undefined {
  return load().get(form);
}

/**
 * End of a listed abbreviation with inner punctuation (« c.-à-d. », « J.-C. ») written at
 * `start`, or -1. It must not run on into a letter or digit.
 */
export function dottedAbbreviationEnd(text: string, start: number): number {
  load();
  if (startsDotted[text.charCodeAt(start)] !== 1) return -1;
  const candidates = dottedByFirstChar?.get(text.charAt(start));
  if (!candidates) return -1;
  for (const form of candidates) {
    if (text.startsWith(form, start)) {
      if (!isWordChar(classAt(text, start + form.length))) return start + form.length;
    }
  }
  return -1;
}

