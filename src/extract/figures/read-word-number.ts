import type { FigureContext } from './context.js';
import { isPunct, isWord } from './cursor.js';
import { figureLexicon, type NumberWord } from './lexicon.js';

/** A number written in French words, read from a lexeme. */
export interface WordNumber {
  readonly value: number;
  /** Lexeme index after the last word. */
  readonly endLex: number;
  /** Number of number words read. */
  readonly words: number;
  /** The last word was an ordinal (« vingt-cinquième »). */
  readonly ordinal: boolean;
  /** Class of the last word, and its plural mark (« cinquièmes », « millions »). */
  readonly lastClass: NumberWord['cls'];
  readonly lastPlural: boolean;
}

type Last = 'none' | 'zero' | 'unit' | 'teen' | 'ten' | 'tenunit' | 'hundred' | 'thousand' | 'scale';

/**
 * « un » read first and alone: French writes « cent », « mille », never « un cent » or « un
 * mille », so before them « un » is the numerator of a fraction (« un cent-millième ») or an
 * article (« un mille marin »), and they start a number of their own.
 */
function leadingOne(count: number, last: Last, lastValue: number): boolean {
  return count === 1 && last === 'unit' && lastValue === 1;
}

/**
 * The next word of a compound number after lexeme i (a blank, a hyphen, or « et » before
 * un/une/onze: « vingt et un », « soixante et onze »). Returns its index and whether « et »
 * joined it, or -1.
 */
function nextWord(ctx: FigureContext, i: number): { index: number; et: boolean } | undefined {
  const lex = ctx.lexemes;
  let j = i;
  if (lex[j] !== undefined && lex[j].kind === 'space') j++;
  else if (isPunct(ctx, j, '-')) j++;
  else return undefined;
  if (isWord(ctx, j, 'et')) {
    let k = j + 1;
    if (lex[k] !== undefined && lex[k].kind === 'space') k++;
    else if (isPunct(ctx, k, '-')) k++;
    else return undefined;
    return isWord(ctx, k) ? { index: k, et: true } : undefined;
  }
  return isWord(ctx, j) ? { index: j, et: false } : undefined;
}

const etJoinable = new Set(['un', 'une', 'unieme', 'onze', 'onzieme']);

/**
 * Reads French number words from lexeme i with their grammar (« quatre-vingt-dix-neuf »,
 * « deux cent deux mille », « trois million sept »), stopping before a word that cannot
 * continue the number (« un vingt cinquième » reads « un »). With `allowOrdinal`, a final
 * ordinal word is read too (« cent vingt-cinquième » → 125, ordinal). `lead` is a number from
 * 1 to 19 written in digits just before (« 3 cent un »): the words continue it.
 */
export function readWordNumber(ctx: FigureContext, i: number, allowOrdinal: boolean, lead = 0): WordNumber | undefined {
  const words = figureLexicon().numberWords;
  const lex = ctx.lexemes;
  let total = 0;
  let sub = 0;
  let group = lead;
  let last = (lead === 0 ? 'none' : lead < 10 ? 'unit' : 'teen') as Last;
  let lastValue = lead;
  let tens = 0;
  let lastScale = Infinity;
  let endLex = -1;
  let count = 0;
  let ordinal = false;
  let lastClass: NumberWord['cls'] = 'unit';
  let lastPlural = false;
  let j = i;
  let viaEt = false;
  for (;;) {
    const l = lex[j];
    if (l === undefined || l.kind !== 'word') break;
    // plural ordinals (« cinq huitièmes ») read as their singular
    const entry = words.get(l.norm) ?? (l.norm.endsWith('iemes') ? words.get(l.norm.slice(0, -1)) : undefined);
    if (entry === undefined || (entry.ordinal && !allowOrdinal)) break;
    const { value, cls } = entry;
    if (viaEt && !etJoinable.has(l.norm)) break;
    if (l.norm === 'unieme' && !(last === 'ten' && (viaEt || isPunct(ctx, j - 1, '-')))) break;
    if (l.norm === 'vingts' && !(last === 'unit' && lastValue === 4)) break;
    let next: Last;
    if (cls === 'unit' && value === 0) {
      if (last !== 'none') break;
      next = 'zero';
    } else if (cls === 'unit') {
      const ok =
        last === 'none' ||
        last === 'hundred' ||
        last === 'thousand' ||
        last === 'scale' ||
        (last === 'ten' && tens !== 0) ||
        (last === 'teen' && lastValue === 10 && value >= 7 && tens % 20 === 0);
      if (!ok) break;
      group += value;
      next = last === 'ten' || last === 'teen' ? 'tenunit' : 'unit';
    } else if (cls === 'teen') {
      const ok = last === 'none' || last === 'hundred' || last === 'thousand' || last === 'scale' || (last === 'ten' && (tens === 60 || tens === 80));
      if (!ok) break;
      group += value;
      next = 'teen';
    } else if (cls === 'ten') {
      if (last === 'unit' && lastValue === 4 && value === 20 && group % 100 === 4) {
        group += 76;
        tens = 80;
      } else if (last === 'none' || last === 'hundred' || last === 'thousand' || last === 'scale') {
        group += value;
        tens = value;
      } else break;
      next = 'ten';
    } else if (cls === 'hundred') {
      // « dix-neuf cents » (1900) but « vingt cents » is no number
      if (!(last === 'none' || last === 'unit' || last === 'teen' || last === 'tenunit' || last === 'thousand' || last === 'scale')) break;
      if (group >= 20 || leadingOne(count, last, lastValue)) break;
      group = (group || 1) * 100;
      next = 'hundred';
    } else if (cls === 'thousand') {
      if (sub !== 0 || last === 'zero' || leadingOne(count, last, lastValue)) break;
      sub = (group || 1) * 1000;
      group = 0;
      next = 'thousand';
    } else {
      if (value >= lastScale || last === 'zero') break;
      total += (sub + group || 1) * value;
      sub = 0;
      group = 0;
      lastScale = value;
      next = 'scale';
    }
    if (next !== 'ten') tens = next === 'tenunit' || next === 'teen' ? tens : 0;
    last = next;
    lastValue = value;
    lastClass = cls;
    lastPlural = l.norm.endsWith('s') && cls !== 'teen' && l.norm !== 'trois' && l.norm !== 'tiers';
    count++;
    endLex = j + 1;
    if (entry.ordinal) {
      ordinal = true;
      break;
    }
    if (last === 'zero') break;
    const step = nextWord(ctx, j + 1);
    if (step === undefined) break;
    j = step.index;
    viaEt = step.et;
    if (viaEt && last !== 'ten') break;
  }
  if (endLex < 0) return undefined;
  return { value: total + sub + group, endLex, words: count, ordinal, lastClass, lastPlural };
}

/**
 * The scale word a number in words ends with (« trois millions » → 1e6, the largest power of
 * 1000 from a million up dividing it), or 1 when it ends with none (« deux cent mille »).
 */
export function endingScale(number: WordNumber): number {
  if (number.lastClass !== 'scale') return 1;
  for (let scale = 1e18; scale >= 1e6; scale /= 1000) if (number.value >= scale && number.value % scale === 0) return scale;
  return 1;
}
