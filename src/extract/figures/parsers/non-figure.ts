import { blocker, type Candidate } from '../candidate.js';
import type { FigureContext } from '../context.js';
import { lexemeParser } from '../lexeme-parser.js';
import { isDigits, isPunct, isWord, skipSpace, skipSpaceBack } from '../cursor.js';
import { figureLexicon } from '../lexicon.js';
import { NON_FIGURE_WORD } from '../word-flags.js';
import { clockEnd, isTimeOfDay } from '../clock.js';

/** Words after a year that show it is not a count of things (« en 2019, ... », « 2018 et 2019 »). */
const functionWords = new Set([
  'et', 'ou', 'a', 'au', 'aux', 'les', 'le', 'la', 'l', 'des', 'de', 'du', 'd', 'en', 'pour', 'par', 'sur', 'dans', 'avec', 'ce',
  'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'on', 'qui', 'que', 'qu', 'se', 'sa', 'son', 'ses', 'leur', 'leurs', 'lors', 'alors', 'puis',
  'deja', 'aussi', 'encore', 'avait', 'est', 'etait', 'sera', 'ont', 'sont', 'contre', 'selon', 'apres', 'avant', 'depuis', 'jusqu',
  'mais', 'donc', 'car', 'ne', 'n', 'y', 'un', 'une', 'nous', 'vous', 'je', 'j', 'c', 's', 'pas', 'plus', 'moins', 'vers', 'via',
]);

/** Separators of dates and codes (17/05/2018, 192.168.1.2, 2021-05-17), tried in this order. */
const codeSeparators = ['/', '.', '-'];
/** Words before a day written « 17/05 » (« le 17/05 »). */
const dayArticles = new Set(['le', 'du', 'au']);

const bullets = new Set(['•', '·', '▪', '►', '▶', '*', '-', '‣', '◦', '–', '—']);

/** Ordinal and scale suffixes that may touch digits (« 6e », « 2nd », « 10k », « 3md », « 14h »). */
const digitSuffixes = new Set(['e', 'eme', 'emes', 'es', 'er', 'ers', 'ere', 'eres', 're', 'res', 'nd', 'nde', 'nds', 'ndes', 'd', 'de', 'ieme', 'iemes', 'k', 'md', 'mds', 'mrd', 'mrds', 'mio', 'mia', 'h']);

/** Letters that may touch digits without making an identifier of them. */
function knownSuffix(ctx: FigureContext, i: number): boolean {
  const norm = ctx.lexemes[i].norm;
  const lexicon = figureLexicon();
  return lexicon.unitsByFirst.has(norm) || lexicon.numberWords.has(norm) || digitSuffixes.has(norm);
}

/** Capital letters that may follow digits as a scale or a unit symbol (« 10 K », « 6 M », « 3 L », « 5 W »). */
const capitalSymbols = new Set(['K', 'M', 'L', 'W', 'V', 'A', 'T', 'J', 'N', 'C', 'F']);

/** A single capital letter glued to digits that is none of those (« 5G », « 3D »: an identifier). */
function unknownCapital(ctx: FigureContext, i: number): boolean {
  const l = ctx.lexemes[i];
  if (l.end - l.start !== 1) return false;
  const raw = ctx.text.charAt(l.start);
  return raw !== raw.toLowerCase() && !capitalSymbols.has(raw);
}

function lineStart(ctx: FigureContext, i: number): boolean {
  const j = skipSpaceBack(ctx, i - 1);
  return j < 0 ? ctx.atLineStart : ctx.lexemes[j].kind === 'newline';
}

/** Extends a span over touching non-blank lexemes on both sides (URL, e-mail, handle). */
function token(ctx: FigureContext, i: number, origin: string): Candidate {
  const lex = ctx.lexemes;
  let a = i;
  while (a > 0 && lex[a - 1].kind !== 'space' && lex[a - 1].kind !== 'newline') a--;
  let b = i;
  while (b + 1 < lex.length && lex[b + 1].kind !== 'space' && lex[b + 1].kind !== 'newline') b++;
  return blocker(lex[a].start, lex[b].end, a, b + 1, origin);
}

/** The lexeme after « 24h/24 », « 7j/7 », « 24/7 », « 7/7 » from digits at i, or 0. */
function alwaysEnd(ctx: FigureContext, i: number): number {
  const lex = ctx.lexemes;
  const n = lex[i].norm;
  let k = i + 1;
  if (isWord(ctx, k, 'h') || isWord(ctx, k, 'j')) k++;
  if (!isPunct(ctx, k, '/') || !isDigits(ctx, k + 1)) return 0;
  const d = lex[k + 1].norm;
  const plain = k === i + 1;
  if ((n === '24' && (d === '24' || (plain && d === '7'))) || (n === '7' && d === '7')) return k + 2;
  return 0;
}

/** Marks that end a sentence or a clause: a capitalised word after one may be any word that opens it. */
const OPENING_AFTER = new Set(['.', '!', '?', ':', ';', '«', '"', '(', '-', '–', '—']);

/**
 * Whether the whole number at lexeme i ends a name, a word with a capital written mid-sentence
 * right before it (« du CAC 40 », « en Ligue 1 », « Paris 2024 »): not a unit symbol, month or
 * marker, with no unit, percent, scale or plural noun after the number (« Microsoft 24 % » is a
 * share, « En France 300 salariés » a count).
 */
function numbersName(ctx: FigureContext, i: number): boolean {
  const lex = ctx.lexemes;
  const name = i - 2;
  if (!isSpaceBetween(ctx, name, i) || !isWord(ctx, name) || lex[name].end - lex[name].start < 2) return false;
  const first = ctx.text.charAt(lex[name].start);
  if (first === first.toLowerCase() || isDigits(ctx, i + 2) || isPunct(ctx, i + 1, ',') || isPunct(ctx, i + 1, '.')) return false;
  const { months, titleMarkers, unitsByFirst, numberWords } = figureLexicon();
  if (months.has(lex[name].norm) || titleMarkers.has(lex[name].norm) || unitsByFirst.has(lex[name].norm)) return false;
  const opener = skipSpaceBack(ctx, name - 1);
  if (opener < 0 || lex[opener].kind === 'newline' || (lex[opener].kind === 'punct' && OPENING_AFTER.has(lex[opener].norm))) return false;
  const after = skipSpace(ctx, i + 1);
  if (after < 0) return true;
  const next = lex[after];
  if (next.kind === 'punct') return !'%€$£'.includes(next.norm);
  if (next.kind !== 'word' || functionWords.has(next.norm)) return true;
  // « En France 300 salariés »: a plural noun is what the number counts
  const plural = next.norm.endsWith('s') || next.norm.endsWith('x');
  return !(plural || unitsByFirst.has(next.norm) || numberWords.has(next.norm));
}

/** Whether the number at lexeme i is followed by a capitalised word that is no unit: the number of a list item, not a quantity. */
function numbersItem(ctx: FigureContext, i: number): boolean {
  const k = skipSpace(ctx, i + 1);
  if (k <= i + 1 || !isWord(ctx, k)) return false;
  const first = ctx.text.charAt(ctx.lexemes[k].start);
  return first !== first.toLowerCase() && !figureLexicon().unitsByFirst.has(ctx.lexemes[k].norm);
}

/** Lexemes a and b are separated by a single blank. */
function isSpaceBetween(ctx: FigureContext, a: number, b: number): boolean {
  return b === a + 2 && ctx.lexemes[a + 1]?.kind === 'space';
}

/** What at lexeme i is never a figure; returns the lexeme after a blocker that spans several. */
function readAt(ctx: FigureContext, i: number, found: Candidate[]): number | undefined {
  const lex = ctx.lexemes;
  const { titleMarkers, months, weekdays, yearBefore } = figureLexicon();
  const l = lex[i];
  if (l.kind === 'word') {
    if ((lex[i].flags & NON_FIGURE_WORD) === 0) return undefined;
    if ((l.norm === 'http' || l.norm === 'https' || l.norm === 'ftp') && isPunct(ctx, i + 1, ':') && isPunct(ctx, i + 2, '/')) found.push(token(ctx, i, 'url'));
    else if (l.norm === 'www' && isPunct(ctx, i + 1, '.')) found.push(token(ctx, i, 'url'));
    else if (weekdays.has(l.norm)) {
      const k = skipSpace(ctx, i + 1);
      if (k > i + 1 && isDigits(ctx, k) && l.end - l.start > 0) found.push(blocker(l.start, lex[k].end, i, k + 1, 'date'));
    }
    return undefined;
  }
  if (l.kind === 'punct') {
    if ((l.norm === '@' || l.norm === '#') && lex[i + 1] !== undefined && (lex[i + 1].kind === 'word' || lex[i + 1].kind === 'digits')) found.push(token(ctx, i, 'handle'));
    else if (l.norm === '[' && isDigits(ctx, i + 1) && isPunct(ctx, i + 2, ']')) found.push(blocker(l.start, lex[i + 2].end, i, i + 3, 'footnote'));
    else if (l.norm === '+' && isDigits(ctx, i + 1)) {
      // international phone number: + country code, then groups of digits
      let k = i + 1;
      let digits = 0;
      let groups = 0;
      while (isDigits(ctx, k)) {
        digits += lex[k].end - lex[k].start;
        groups++;
        const sep = lex[k + 1];
        if (sep !== undefined && (sep.norm === ' ' || sep.norm === '-' || sep.norm === '.' || sep.norm === '/') && isDigits(ctx, k + 2)) k += 2;
        else break;
      }
      if (digits >= 8 && groups >= 3) found.push(blocker(l.start, lex[k].end, i, k + 1, 'phone'));
    }
    return undefined;
  }
  if (l.kind !== 'digits') return undefined;
  const length = l.end - l.start;
  const previous = lex[i - 1];
  const next = lex[i + 1];
  // identifiers: letters touching on the left (A320, T3), or letters-hyphen (COVID-19)
  // an exponent is no identifier: 1e10, 12,32e+14
  const signAt = isPunct(ctx, i - 1, '+') || isPunct(ctx, i - 1, '-') ? i - 2 : i - 1;
  const exponent = isWord(ctx, signAt, 'e') && isDigits(ctx, signAt - 1);
  if (!exponent && previous !== undefined && (previous.kind === 'word' || (isPunct(ctx, i - 1, '-') && isWord(ctx, i - 2) && !isDigits(ctx, i - 3)))) {
    let end = i;
    while (end + 1 < lex.length && (lex[end + 1].kind === 'word' || lex[end + 1].kind === 'digits')) end++;
    found.push(blocker(lex[previous.kind === 'word' ? i - 1 : i - 2].start, lex[end].end, i - 1, end + 1, 'identifier'));
    return undefined;
  }
  // unknown letters touching on the right (3D, 5G), and capitals that are no symbol (5G is no gram)
  if (next !== undefined && next.kind === 'word' && (!knownSuffix(ctx, i + 1) || unknownCapital(ctx, i + 1))) {
    found.push(blocker(l.start, next.end, i, i + 2, 'identifier'));
    return undefined;
  }
  // footnote-like and bullets
  if (lineStart(ctx, i)) {
    if ((isPunct(ctx, i + 1, '.') || isPunct(ctx, i + 1, ')')) && lex[i + 2] !== undefined && lex[i + 2].kind !== 'digits') {
      found.push(blocker(l.start, lex[i + 1].end, i, i + 2, 'bullet'));
      return undefined;
    }
  }
  // a number after a line's bullet that heads a name (« • 1 Numerama+ contribue »): a list's own
  // numbering; one with its unit or noun (« - 300 M€ consacrés à … », « • 45 % des salariés ») is a figure
  const bulletAt = skipSpaceBack(ctx, i - 1);
  if (bulletAt >= 0 && lex[bulletAt].kind === 'punct' && bullets.has(lex[bulletAt].norm) && lineStart(ctx, bulletAt) && bulletAt < i - 1 && numbersItem(ctx, i)) {
    found.push(blocker(lex[bulletAt].start, l.end, bulletAt, i + 1, 'bullet'));
    return undefined;
  }
  // numbers of parts and identifiers after a marker (« Episode 4 », « article 17 », « n° 12 »)
  let m = i - 1;
  while (m >= 0 && (lex[m].kind === 'space' || isPunct(ctx, m, '.') || isPunct(ctx, m, '°') || isPunct(ctx, m, ':') || isPunct(ctx, m, '#'))) m--;
  if (m >= 0 && lex[m].kind === 'word' && titleMarkers.has(lex[m].norm) && m < i - 1 && !(lex[m].norm === 'n' && !isPunct(ctx, m + 1, '°'))) {
    // the whole code: « version 2.3.1 », « article L. 121-1 »
    let end = i;
    while ((isPunct(ctx, end + 1, '.') || isPunct(ctx, end + 1, '-')) && isDigits(ctx, end + 2)) end += 2;
    found.push(blocker(l.start, lex[end].end, i, end + 1, 'title-number'));
    return end + 1;
  }
  // the number of a name: « du CAC 40 », « la Ligue 1 », « Paris 2024 », « Windows 11 »
  if (numbersName(ctx, i)) {
    found.push(blocker(l.start, l.end, i, i + 1, 'name-number'));
    return undefined;
  }
  // « 24h/24 », « 7j/7 », « 24/7 »: always, no quantity
  const always = alwaysEnd(ctx, i);
  if (always > 0) {
    found.push(blocker(l.start, lex[always - 1].end, i, always, 'always'));
    return always;
  }
  // times of day: « à 14 h 30 », « 20:00 », « dès 6 h », « de 9 h à 18 h »; not a duration (« livré en 1h30 »)
  const clock = clockEnd(ctx, i);
  if (clock > 0) {
    if (isTimeOfDay(ctx, i, clock)) found.push(blocker(l.start, lex[clock - 1].end, i, clock, 'time'));
    // a duration's minutes (« 1h30 ») are no identifier « h30 »
    return clock;
  }
  // phone numbers: 06 12 34 56 78, 01.23.45.67.89
  if (length === 2 && l.norm.startsWith('0')) {
    let k = i;
    let groups = 1;
    while (lex[k + 1] !== undefined && (lex[k + 1].norm === ' ' || lex[k + 1].norm === '.' || lex[k + 1].norm === '-') && isDigits(ctx, k + 2) && lex[k + 2].end - lex[k + 2].start === 2) {
      k += 2;
      groups++;
    }
    if (groups >= 4) {
      found.push(blocker(l.start, lex[k].end, i, k + 1, 'phone'));
      return k + 1;
    }
  }
  // slash and dotted dates, codes: 17/05/2018, 192.168.1.2, 2.3.1
  for (const sep of codeSeparators) {
    if (!isPunct(ctx, i + 1, sep) || !isDigits(ctx, i + 2)) continue;
    let k = i + 2;
    let parts = 2;
    let allGroups = lex[k].end - lex[k].start === 3;
    while (isPunct(ctx, k + 1, sep) && isDigits(ctx, k + 2)) {
      k += 2;
      parts++;
      if (lex[k].end - lex[k].start !== 3) allGroups = false;
    }
    const leDate = sep === '/' && parts === 2 && length <= 2 && lex[i + 2].end - lex[i + 2].start <= 2 && dayArticles.has(lex[skipSpaceBack(ctx, i - 1)]?.norm ?? '');
    if ((parts >= 3 && !(sep === '.' && allGroups && length <= 3)) || leDate) {
      found.push(blocker(l.start, lex[k].end, i, k + 1, 'date-or-code'));
      return k + 1;
    }
    break;
  }
  // a day before a month name (« 14 avril », « 1er janvier »)
  let afterDay = i + 1;
  if (isWord(ctx, afterDay, 'er') || isWord(ctx, afterDay, 'ere')) afterDay++;
  const monthAt = skipSpace(ctx, afterDay);
  if (length <= 2 && monthAt > afterDay - 1 && monthAt >= 0 && lex[monthAt].kind === 'word' && months.has(lex[monthAt].norm) && Number(l.norm) >= 1 && Number(l.norm) <= 31) {
    found.push(blocker(l.start, lex[afterDay - 1].end, i, afterDay, 'date'));
    return undefined;
  }
  // years and decades (« les années 2010 », « années 80 »)
  const value = Number(l.norm);
  if (isWord(ctx, skipSpaceBack(ctx, i - 1), 'annees') && (length === 2 || length === 4)) {
    found.push(blocker(l.start, l.end, i, i + 1, 'decade'));
    return undefined;
  }
  if (length === 4 && value >= 1000 && value <= 2100 && !isPunct(ctx, i - 1, ',') && !isPunct(ctx, i - 1, '-')) {
    const before = skipSpaceBack(ctx, i - 1);
    const beforeWord = before >= 0 && lex[before].kind === 'word' ? lex[before].norm : undefined;
    const after = skipSpace(ctx, i + 1);
    const afterLex = after >= 0 ? lex[after] : undefined;
    const currencyBefore = before >= 0 && (figureLexicon().unitsByFirst.get(lex[before].norm)?.some((form) => form.pre && form.kind === 'money') ?? false);
    const isYear =
      !currencyBefore &&
      ((beforeWord !== undefined && (yearBefore.has(beforeWord) || months.has(beforeWord))) ||
      (before >= 0 && lex[before].kind === 'digits') ||
      afterLex === undefined ||
      afterLex.kind === 'newline' ||
      (afterLex.kind === 'punct' && !'%€$£'.includes(afterLex.norm)) ||
      (afterLex.kind === 'word' && functionWords.has(afterLex.norm)));
    if (isYear) found.push(blocker(l.start, l.end, i, i + 1, 'year'));
  }
  return undefined;
}

/**
 * Spans whose digits are never figures: URLs, e-mails, hashtags, footnote markers [3], list
 * bullets, numbers of episodes/articles/pages, identifiers (A320, COVID-19, T3), phone numbers,
 * times of day (14h30, 20:00), calendar dates (14 avril, samedi 30, 17/05/2018), years
 * (en 2018), decades (les années 2010) and dotted codes (192.168.1.2, version 2.3.1).
 */
export const nonFigure = lexemeParser('nonFigure', readAt);
