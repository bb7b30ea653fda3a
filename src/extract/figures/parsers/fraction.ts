import type { Parser } from '../../pipeline.js';
import { candidate, type Candidate } from '../candidate.js';
import type { FigureContext } from '../context.js';
import { afterDe, isPunct, isWord, signWordBefore, skipSpace, skipSpaceBack } from '../cursor.js';
import { figureLexicon } from '../lexicon.js';
import { readDigitNumber } from '../read-digit-number.js';
import { endingScale, readWordNumber } from '../read-word-number.js';
import { SHARE_OF_UNIT, unitNounAfterDe, unitNounAt } from '../unit-nouns.js';
import { HALF_WORD, NUMBER_WORD, SHARE_WORD } from '../word-flags.js';

/** Adjectives between « un » and a share noun that make it rough (« un bon tiers », « une petite moitié »). */
const ROUGH_SHARE = new Set(['bon', 'bonne', 'petit', 'petite', 'gros', 'grosse', 'large']);

/** A dozen halves too: « une demi-douzaine » (scales of a million and up come from number-words.tsv). */
const dozen = 'douzaine';

interface Denominator {
  readonly value: number;
  readonly endLex: number;
  readonly plural: boolean;
}

/** The next word after a blank or a hyphen from lexeme i, or -1. */
function following(ctx: FigureContext, i: number): number {
  const l = ctx.lexemes[i];
  if (l === undefined) return -1;
  const j = l.kind === 'space' || isPunct(ctx, i, '-') ? i + 1 : -1;
  return j >= 0 && isWord(ctx, j) ? j : -1;
}

function readDenominator(ctx: FigureContext, j: number): Denominator | undefined {
  if (j < 0) return undefined;
  const share = figureLexicon().shareWords.get(ctx.lexemes[j].norm);
  if (share !== undefined) {
    // « un demi-million » is a count, read below
    if (share.denominator === 2 && isPunct(ctx, j + 1, '-')) return undefined;
    return { value: share.denominator, endLex: j + 1, plural: share.plural };
  }
  // halves and thirds have their own nouns: « un troisième mandat » is a rank, « un tiers » the share
  const ordinal = readWordNumber(ctx, j, true);
  if (ordinal === undefined || !ordinal.ordinal || ordinal.value <= 3) return undefined;
  return { value: ordinal.value, endLex: ordinal.endLex, plural: ordinal.lastPlural };
}

/** « de million », « d'un milliard » after a fraction: the scale and the lexeme after it. */
function scaleAfter(ctx: FigureContext, endLex: number): { value: number; endLex: number } | undefined {
  const de = skipSpace(ctx, endLex);
  if (de < 0 || de === endLex) return undefined;
  let k = afterDe(ctx, de);
  if (k < 0) return undefined;
  if (isWord(ctx, k, 'un')) k = skipSpace(ctx, k + 1);
  if (k < 0 || !isWord(ctx, k)) return undefined;
  const entry = figureLexicon().numberWords.get(ctx.lexemes[k].norm);
  if (entry === undefined || entry.cls !== 'scale' || entry.ordinal || entry.value < 1e6) return undefined;
  return { value: entry.value, endLex: k + 1 };
}

/**
 * « demi-million », « demi milliard », « demi-douzaine » from the lexeme of « demi »: half the
 * scale joined to it, the scale, and the lexeme after it. « demi-heure », « demi-point »: half,
 * ending at « demi », the unit being attached after it by attachUnit.
 */
function readHalf(ctx: FigureContext, demi: number): { value: number; scale: number; endLex: number } | undefined {
  const lex = ctx.lexemes;
  if (figureLexicon().shareWords.get(lex[demi].norm)?.denominator !== 2) return undefined;
  if (!(isPunct(ctx, demi + 1, '-') || lex[demi + 1]?.kind === 'space') || !isWord(ctx, demi + 2)) return undefined;
  if (unitNounAt(ctx, demi + 2)) return { value: 0.5, scale: 1, endLex: demi + 1 };
  const norm = lex[demi + 2].norm;
  if (norm === dozen) return { value: 6, scale: 1, endLex: demi + 3 };
  const entry = figureLexicon().numberWords.get(norm);
  if (entry === undefined || entry.cls !== 'scale' || entry.ordinal || entry.value < 1e6 || norm.endsWith('s')) return undefined;
  return { value: entry.value / 2, scale: entry.value, endLex: demi + 3 };
}

/** A word that may name what a share counts (« salarié », « Français »): no number word, no unit, no connector. */
function countedNoun(ctx: FigureContext, i: number): boolean {
  const l = ctx.lexemes[i];
  if (l.kind !== 'word' || l.end - l.start < 3 || (l.flags & NUMBER_WORD) !== 0) return false;
  return !figureLexicon().unitsByFirst.has(l.norm) && !shareConnectors.has(l.norm);
}

const shareConnectors = new Set(['et', 'ou', 'des', 'les', 'par', 'pour', 'dans', 'avec', 'sans', 'entre', 'plus', 'moins', 'fois', 'jours', 'jour', 'heures', 'ans']);

/**
 * A plural word right after the denominator: « sur » was then a place (« un regard sur deux
 * décennies »), not a share. After « deux » and up a noun is plural; a verb (« achètent ») is not.
 */
function pluralNounAfter(ctx: FigureContext, endLex: number): boolean {
  const k = skipSpace(ctx, endLex);
  if (k <= endLex || !isWord(ctx, k)) return false;
  const last = ctx.lexemes[k].norm.charCodeAt(ctx.lexemes[k].norm.length - 1);
  return last === 0x73 || last === 0x78; // s, x
}

function make(ctx: FigureContext, first: number, endLex: number, value: number, whole: boolean): Candidate {
  const lex = ctx.lexemes;
  // « négative un sur vingt », as « négatif un » for a whole number
  const signWord = signWordBefore(ctx, first);
  if (signWord >= 0) {
    first = signWord;
    value = -value;
  }
  // a share of a whole reads as a percentage (« un tiers » → 33.3 %); more than one is a count
  const share = !whole && value !== 0 && Math.abs(value) <= 1;
  return candidate({
    start: lex[first].start,
    end: lex[endLex - 1].end,
    firstLex: first,
    endLex,
    value: share ? value * 100 : value,
    kind: share ? 'percent' : 'count',
    unit: share ? '%' : null,
    decimal: true,
    origin: 'fraction',
  });
}

/**
 * A share of a scale or a unit with no number before it, read from the share noun: « (un bon)
 * quart de million », « le tiers d'un milliard », « (un bon) demi-million », « chaque quart
 * d'heure », « la demi-heure ». After a number (« trois quarts de million », « un
 * demi-million ») the whole is read from the number.
 */
function shareWithoutNumber(ctx: FigureContext, i: number): Candidate | undefined {
  const lex = ctx.lexemes;
  let p = i - 1;
  if (lex[p] !== undefined && (lex[p].kind === 'space' || isPunct(ctx, p, '-'))) p--;
  const before = lex[p];
  if (before !== undefined && (before.kind === 'digits' || (before.kind === 'word' && (before.flags & NUMBER_WORD) !== 0))) return undefined;
  const share = figureLexicon().shareWords.get(lex[i].norm);
  if (share === undefined || share.plural) return undefined;
  const half = readHalf(ctx, i);
  const ofScale = half ?? scaleAfter(ctx, i + 1);
  if (ofScale !== undefined) {
    const c = make(ctx, i, ofScale.endLex, half !== undefined ? half.value : ofScale.value / share.denominator, true);
    c.scale = half !== undefined ? half.scale : ofScale.value;
    return c;
  }
  return unitNounAfterDe(ctx, i + 1) ? ofUnit(make(ctx, i, i + 1, 1 / share.denominator, true)) : undefined;
}

/** A share read as an amount of the unit after it (« un quart d'heure »): attachUnit adds the unit. */
function ofUnit(c: Candidate): Candidate {
  c.origin = SHARE_OF_UNIT;
  return c;
}

/**
 * Fractions: « un tiers », « trois quarts », « un cinquième », « cent trente cinquièmes »,
 * mixed « cinq et un quart », « trois et un cinquième », shares « un sur trois », « 1 sur 20 »,
 * « la moitié », and halves of a scale (« un demi-million »).
 */
export const fraction: Parser<FigureContext, Candidate> = {
  name: 'fraction',
  parse(ctx) {
    const found: Candidate[] = [];
    const lex = ctx.lexemes;
    for (const i of ctx.interesting) {
      const l = lex[i];
      if (l.kind === 'word' && (lex[i].flags & (NUMBER_WORD | HALF_WORD | SHARE_WORD)) === 0) continue;
      if (l.kind === 'word' && (lex[i].flags & SHARE_WORD) !== 0) {
        const share = shareWithoutNumber(ctx, i);
        if (share !== undefined) found.push(share);
        continue;
      }
      if (l.kind === 'word' && l.norm === 'moitie') {
        // « la moitié », « une moitié », « réduit de moitié »; not « à moitié » (half-)
        let det = skipSpaceBack(ctx, i - 1);
        // « une bonne moitié », « la petite moitié »: told roughly
        const rough = det >= 0 && det < i - 1 && lex[det].kind === 'word' && ROUGH_SHARE.has(lex[det].norm);
        if (rough) det = skipSpaceBack(ctx, det - 1);
        const detWord = det >= 0 && det < i - 1 && lex[det].kind === 'word' ? lex[det].norm : '';
        if (detWord === 'la' || detWord === 'une' || detWord === 'de') {
          const c = make(ctx, det, i + 1, 0.5, false);
          c.approx = rough;
          found.push(c);
        }
        continue;
      }
      let numerator: { value: number; endLex: number; words: number; etUn: boolean; scale: number } | undefined;
      if (l.kind === 'digits') {
        const d = readDigitNumber(ctx, i);
        if (d === undefined || !d.plain) continue;
        numerator = { value: d.value, endLex: d.endLex, words: 1, etUn: false, scale: 1 };
      } else if (l.kind === 'word') {
        if (isPunct(ctx, i - 1, '-') || lex[i - 1]?.kind === 'digits') continue;
        const w = readWordNumber(ctx, i, false);
        if (w === undefined) continue;
        const lastWord = lex[w.endLex - 1].norm;
        const etUn = w.words >= 2 && (lastWord === 'un' || lastWord === 'une') && isWord(ctx, w.endLex - 3, 'et');
        numerator = { value: w.value, endLex: w.endLex, words: w.words, etUn, scale: endingScale(w) };
      } else continue;
      const n = numerator;
      const next = following(ctx, n.endLex);
      // « un demi-million », « un demi million »
      const half = next >= 0 && n.value === 1 ? readHalf(ctx, next) : undefined;
      if (half !== undefined) {
        const c = make(ctx, i, half.endLex, half.value, true);
        c.scale = half.scale;
        found.push(c);
        continue;
      }
      // « un et demi », « cinq et un quart », « cent trois et deux tiers »
      const et = skipSpace(ctx, n.endLex);
      if (et >= 0 && et > n.endLex && isWord(ctx, et, 'et') && l.kind === 'word') {
        const after = skipSpace(ctx, et + 1);
        if (after > et + 1) {
          const half = lex[after].norm === 'demi' || lex[after].norm === 'demie';
          if (half && !isPunct(ctx, after + 1, '-')) {
            found.push(make(ctx, i, after + 1, n.value + 0.5, true));
            continue;
          }
          const m = readWordNumber(ctx, after, false);
          if (m !== undefined) {
            const d = readDenominator(ctx, following(ctx, m.endLex));
            if (d !== undefined) {
              // « six millions et deux tiers »: a share of the last scale
              found.push(make(ctx, i, d.endLex, n.value + (m.value / d.value) * n.scale, true));
              continue;
            }
          }
        }
      }
      // « un sur trois », « 1 sur 20 », and with the noun counted: « un salarié sur cinq », « 3 Français sur 4 »
      let sur = skipSpace(ctx, n.endLex);
      let counted = false;
      if (sur > n.endLex && !isWord(ctx, sur, 'sur') && countedNoun(ctx, sur)) {
        const k = skipSpace(ctx, sur + 1);
        if (k > sur + 1 && isWord(ctx, k, 'sur')) {
          sur = k;
          counted = true;
        }
      }
      if (sur > n.endLex && isWord(ctx, sur, 'sur')) {
        const m = skipSpace(ctx, sur + 1);
        if (m > sur + 1) {
          const digitsDenominator = lex[m].kind === 'digits' ? readDigitNumber(ctx, m) : undefined;
          const wordsDenominator = lex[m].kind === 'word' ? readWordNumber(ctx, m, false) : undefined;
          const dValue = digitsDenominator?.plain ? digitsDenominator.value : wordsDenominator?.ordinal === false ? wordsDenominator.value : undefined;
          const dEnd = digitsDenominator?.plain ? digitsDenominator.endLex : wordsDenominator?.endLex;
          if (dValue !== undefined && dEnd !== undefined && n.value >= 1 && n.value < dValue && dValue <= 1000 && !(counted && pluralNounAfter(ctx, dEnd))) {
            found.push(make(ctx, i, dEnd, n.value / dValue, false));
            continue;
          }
        }
      }
      if (l.kind !== 'word') continue;
      // « un bon tiers », « une petite moitié »: a share told roughly
      const rough = n.value === 1 && next >= 0 && ROUGH_SHARE.has(lex[next].norm);
      const d = readDenominator(ctx, rough ? following(ctx, next + 1) : next);
      if (d === undefined) continue;
      if (rough) {
        const c = make(ctx, i, d.endLex, 1 / d.value, false);
        c.approx = true;
        found.push(c);
        continue;
      }
      if (n.etUn) {
        // « vingt et un cinquième »: twenty and one fifth
        found.push(make(ctx, i, d.endLex, n.value - 1 + 1 / d.value, true));
        continue;
      }
      if (!d.plural && n.value !== 1) {
        // singular after a number that it continues: an ordinal (« deux centième » → 200th)
        const whole = readWordNumber(ctx, i, true);
        if (whole !== undefined && whole.ordinal && whole.endLex === d.endLex) continue;
      }
      // a share of a scale is a count: « deux tiers de million », « les trois quarts d'un milliard »
      const ofScale = scaleAfter(ctx, d.endLex);
      if (ofScale !== undefined) {
        const c = make(ctx, i, ofScale.endLex, (n.value / d.value) * ofScale.value, true);
        c.scale = ofScale.value;
        found.push(c);
        continue;
      }
      // « trois quarts d'heure », « un dixième de seconde », « un quart de point »: an amount of the unit
      if (unitNounAfterDe(ctx, d.endLex)) found.push(ofUnit(make(ctx, i, d.endLex, n.value / d.value, true)));
      else found.push(make(ctx, i, d.endLex, n.value / d.value, false));
    }
    return found;
  },
};
