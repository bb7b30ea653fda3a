/**
 * A same-length copy of the text for matching: lower-cased, Latin accents removed,
 * typographic apostrophes and dashes and non-breaking spaces made plain. Every UTF-16 unit
 * maps to exactly one unit, so an offset in the copy is an offset in the original text.
 */
const ACCENTED = 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿ';
const PLAIN = 'aaaaaaceeeeiiiinooooouuuuyy';

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

export function foldText(text: string): string {
  const n = text.length;
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < FOLD.length) codes[i] = FOLD[code];
    else if (code < 0xd800 || code > 0xdfff) codes[i] = code;
    else {
      // a surrogate pair stays; a lone surrogate becomes U+FFFD, as a UTF-16 decoder does
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        codes[i] = code;
        codes[++i] = next;
      } else codes[i] = 0xfffd;
    }
  }
  // Buffer's UTF-16LE reads the platform's byte order, little-endian on the platforms Node runs on
  return Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength).toString('utf16le');
}
