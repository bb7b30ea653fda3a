import { unitAt } from './char-class.js';

/** Characters of the local part of an e-mail address (before the @). */
function isLocalChar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d
  );
}

function isLabelChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d;
}

/** End of the run of local-part characters starting at `start`. */
export function localPartEnd(text: string, start: number): number {
  let k = start;
  while (k < text.length && isLocalChar(text.charCodeAt(k))) k++;
  return k;
}

/**
 * End of the e-mail address whose local part is [start, at) and whose @ is at `at`, or -1.
 * The domain needs at least two labels; a final period is left to the sentence.
 */
export function scanEmailDomain(text: string, start: number, at: number): number {
  if (at === start || unitAt(text, at) !== 0x40) return -1;
  let k = at + 1;
  let labels = 0;
  let end = -1;
  for (;;) {
    const labelStart = k;
    while (k < text.length && isLabelChar(text.charCodeAt(k))) k++;
    if (k === labelStart) break;
    labels++;
    end = k;
    if (unitAt(text, k) !== 0x2e || !isLabelChar(unitAt(text, k + 1))) break;
    k++;
  }
  return labels >= 2 ? end : -1;
}
