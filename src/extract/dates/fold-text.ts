/**
 * Folding for matching: lower-cased, Latin accents removed, typographic apostrophes and dashes
 * and non-breaking spaces made plain. Every UTF-16 unit folds to exactly one unit, so an offset
 * in folded text is an offset in the original. The text is never folded whole: the scanner folds
 * unit by unit, and a token's folded text is made only when a parser asks for that token.
 */
const ACCENTED = 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿ';
const PLAIN = 'aaaaaaceeeeiiiinooooouuuuyy';

/** The folded form of every unit below U+2100; units above fold to themselves. */
const FOLD = new Uint16Array(0x2100);
for (let code = 0; code < FOLD.length; code++) {
  const lower = String.fromCharCode(code).toLowerCase();
  FOLD[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
}
for (let i = 0; i < ACCENTED.length; i++) FOLD[ACCENTED.charCodeAt(i)] = PLAIN.charCodeAt(i);
for (let i = 0; i < ACCENTED.length; i++) {
  const upper = ACCENTED[i].toUpperCase();
  if (upper.length === 1) FOLD[upper.charCodeAt(0)] = PLAIN.charCodeAt(i);
}
for (const apostrophe of '\u2019\u2018\u02bc\u00b4\u0060') FOLD[apostrophe.charCodeAt(0)] = 0x27;
for (const dash of '\u2010\u2011\u2012\u2013\u2014\u2212') FOLD[dash.charCodeAt(0)] = 0x2d;
for (const space of '\u00a0\u2007\u2009\u202f\u200a\u2002\u2003') FOLD[space.charCodeAt(0)] = 0x20;

/** The folded form of a unit that is not a surrogate. */
export function foldCode(code: number): number {
  return code < FOLD.length ? FOLD[code] : code;
}

/** True when the surrogate at i belongs to a pair (a high one followed by a low one). */
export function isPairedSurrogate(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff;
  }
  const previous = text.charCodeAt(i - 1);
  return previous >= 0xd800 && previous <= 0xdbff;
}

/** The folded unit at i: a surrogate pair stays; a lone surrogate becomes U+FFFD, as a UTF-16 decoder does. */
export function foldedCodeAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < FOLD.length) return FOLD[code];
  if (code < 0xd800 || code > 0xdfff || isPairedSurrogate(text, i)) return code;
  return 0xfffd;
}

/** The folded copy of text[start, end) (a token: short); the slice itself when folding changes nothing. */
export function foldSlice(text: string, start: number, end: number): string {
  let i = start;
  while (i < end && foldedCodeAt(text, i) === text.charCodeAt(i)) i++;
  if (i === end) return text.slice(start, end);
  let folded = text.slice(start, i);
  for (; i < end; i++) folded += String.fromCharCode(foldedCodeAt(text, i));
  return folded;
}
