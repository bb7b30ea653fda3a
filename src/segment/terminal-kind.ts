import { abbreviation } from '../tokenize/abbreviations.js';
import type { Token } from '../tokenize/token.js';

/** How a token can end a sentence. */
export const Terminal = {
  /** Never ends a sentence by itself. */
  None: 0,
  /** « . », « ! », « ? », « ?! », « ... », « … »: ends one when the next word may start one. */
  Strong: 1,
  /** « etc. », « S.N.C.F. »: a period that is also part of the word; ends one before a capital. */
  AbbreviationPeriod: 2,
} as const;
export type Terminal = (typeof Terminal)[keyof typeof Terminal];

/** Whether and how `token` can close a sentence. */
export function terminalKind(text: string, token: Token): Terminal {
  const first = text.charCodeAt(token.start);
  const last = text.charCodeAt(token.end - 1);
  if (token.kind === 'punct') {
    if (first === 0x2e || first === 0x21 || first === 0x3f || first === 0x2026) return Terminal.Strong;
    return Terminal.None;
  }
  if (token.kind !== 'word' || last !== 0x2e || token.end - token.start < 2) return Terminal.None;
  const form = text.slice(token.start, token.end);
  const listed = abbreviation(form);
  if (listed) return listed.final ? Terminal.AbbreviationPeriod : Terminal.None;
  return isInitials(form) ? Terminal.None : Terminal.AbbreviationPeriod;
}

/** « J. », « J.-P. », « J.P. »: one or two single capitals with periods, a first name cut short. */
function isInitials(form: string): boolean {
  const letters = form.replace(/[.\-\u2010]/g, '');
  return letters.length <= 2 && letters === letters.toUpperCase();
}
