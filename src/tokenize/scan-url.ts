import { CharClass, classAt } from './char-class.js';

const SCHEMES = ['https://', 'http://', 'ftp://', 'www.'];

/** Case-insensitive ASCII prefix test at `i`, without building a string. */
function startsWithAscii(text: string, i: number, prefix: string): boolean {
  if (i + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    let c = text.charCodeAt(i + k);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

/** Characters that cannot be inside a URL written in running text. */
function stopsUrl(c: number): boolean {
  return c === 0x3c || c === 0x3e || c === 0x22 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x60;
}

/** Characters that end a sentence or a clause rather than the URL when they come last. */
function isTrailing(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x27 || c === 0x2019 || c === 0x2026;
}

/**
 * End of the URL starting at `start` (http://, https://, ftp:// or www.), or -1. It runs to
 * the next space or quote; final punctuation is left out, and so is a closing bracket that
 * has no opening one inside the URL (« (voir https://x.fr/a) »).
 */
export function scanUrl(text: string, start: number): number {
  let schemeLength = 0;
  for (const scheme of SCHEMES) {
    if (startsWithAscii(text, start, scheme)) {
      schemeLength = scheme.length;
      break;
    }
  }
  if (schemeLength === 0) return -1;
  let k = start + schemeLength;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (stopsUrl(c)) break;
    // a character outside the Basic Multilingual Plane moves as one (its two halves are
    // never cut apart); an emoji or pictograph there ends the URL (« …/x?y=1😀 »)
    if (c >= 0xd800 && c <= 0xdbff) {
      const point = text.codePointAt(k) ?? c;
      if (point >= 0x1f000 || point === c) break;
      k += 2;
      continue;
    }
    const cls = classAt(text, k);
    if (cls === CharClass.Space || cls === CharClass.Ignorable) break;
    k++;
  }
  for (;;) {
    const c = text.charCodeAt(k - 1);
    if (isTrailing(c)) {
      k--;
      continue;
    }
    if ((c === 0x29 && !hasOpening(text, start, k - 1, 0x28)) || (c === 0x5d && !hasOpening(text, start, k - 1, 0x5b))) {
      k--;
      continue;
    }
    break;
  }
  return k - start > schemeLength ? k : -1;
}

function hasOpening(text: string, from: number, to: number, open: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === open) return true;
  return false;
}
