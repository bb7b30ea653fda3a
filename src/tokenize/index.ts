import { CharClass, charClass, codePointAt, isAsciiDigit, isHyphen } from './char-class.js';
import { scanBracketMarkup } from './scan-bracket-markup.js';
import { localPartEnd, scanEmailDomain } from './scan-email.js';
import { scanEmoji } from './scan-emoji.js';
import { isHourMark, isNumberSign, scanNumber } from './scan-number.js';
import { scanPunctuation } from './scan-punctuation.js';
import { scanUrl } from './scan-url.js';
import { scanWord } from './scan-word.js';
import { invertedCliticCuts } from './split-inverted-clitics.js';
import type { Token, TokenKind } from './token.js';

export type { Token, TokenKind } from './token.js';

/**
 * Splits French text into tokens, in order, with UTF-16 offsets into `text`. Every character
 * that is not white space belongs to exactly one token. One left-to-right pass: at each token
 * start the scanners are tried from the most specific (URL, e-mail, emoji, number, bracketed
 * marker) to the most general (word, punctuation), each reading only the characters it keeps.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  // The @-less run of e-mail characters last looked at ends here: starts inside it are no address.
  let noEmailBefore = 0;
  // The next « @ » at or after i (n when none): a word far before it cannot start an address.
  let nextAtSign = -1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      i++;
      continue;
    }
    const cp = codePointAt(text, i);
    const cls = charClass(cp);
    if (cls === CharClass.Space) {
      i++;
      continue;
    }
    if (cls === CharClass.Letter || cls === CharClass.Digit) {
      if (c === 0x68 || c === 0x48 || c === 0x77 || c === 0x57 || c === 0x66 || c === 0x46) {
        const url = scanUrl(text, i);
        if (url > 0) {
          i = push(tokens, i, url, 'url');
          continue;
        }
      }
      if (nextAtSign < i) nextAtSign = atSignFrom(text, i);
      if (c < 0x80 && i >= noEmailBefore && nextAtSign - i <= MAX_LOCAL_PART) {
        const at = localPartEnd(text, i);
        const email = scanEmailDomain(text, i, at);
        if (email > 0) {
          i = push(tokens, i, email, 'email');
          continue;
        }
        noEmailBefore = at;
      }
      if (isAsciiDigit(c)) {
        const keycap = scanEmoji(text, i);
        if (keycap > 0) {
          i = push(tokens, i, keycap, 'emoji');
          continue;
        }
        i = pushNumber(text, tokens, i);
        continue;
      }
      i = pushWord(text, tokens, i, scanWord(text, i));
      continue;
    }
    if (cls === CharClass.WordExtender) {
      i = pushWord(text, tokens, i, scanWord(text, i));
      continue;
    }
    if (cls === CharClass.Emoji || cls === CharClass.TextPictograph || c === 0x23 || c === 0x2a) {
      const emoji = scanEmoji(text, i);
      if (emoji > 0) {
        i = push(tokens, i, emoji, 'emoji');
        continue;
      }
    }
    if (isNumberSign(text, i)) {
      i = pushNumber(text, tokens, i);
      continue;
    }
    if (c === 0x5b /* [ */) {
      const marker = scanBracketMarkup(text, i);
      if (marker > 0) {
        i = push(tokens, i, marker, 'symbol');
        continue;
      }
    }
    const punctuation = scanPunctuation(text, i);
    i = push(tokens, i, punctuation.end, punctuation.kind);
  }
  return tokens;
}

/** The longest local part of an e-mail address (RFC 5321: 64 octets). */
const MAX_LOCAL_PART = 64;

function atSignFrom(text: string, from: number): number {
  const at = text.indexOf('@', from);
  return at === -1 ? text.length : at;
}

function push(tokens: Token[], start: number, end: number, kind: TokenKind): number {
  tokens.push({ start, end, kind });
  return end;
}

function pushNumber(text: string, tokens: Token[], start: number): number {
  const number = scanNumber(text, start);
  if (number.lettersFrom < 0) {
    const end = push(tokens, start, number.end, 'number');
    return isHourMark(text, end) ? push(tokens, end, end + 1, 'word') : end;
  }
  // « 1er », « 2cm », « 8ème »: letters run on, and the whole is a word, as in UD French.
  return pushWord(text, tokens, start, scanWord(text, start, number.lettersFrom));
}

/** Pushes the word [start, end), splitting off inverted pronouns when it is hyphenated. */
function pushWord(text: string, tokens: Token[], start: number, end: number): number {
  let hyphenated = false;
  for (let k = start + 1; k < end - 1; k++) {
    if (isHyphen(text.charCodeAt(k))) {
      hyphenated = true;
      break;
    }
  }
  if (!hyphenated) return push(tokens, start, end, 'word');
  let from = start;
  for (const cut of invertedCliticCuts(text, start, end)) {
    push(tokens, from, cut, 'word');
    from = cut;
  }
  return push(tokens, from, end, 'word');
}
