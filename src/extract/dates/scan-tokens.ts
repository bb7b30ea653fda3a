/** A word, a run of digits or one other visible character of the folded text. */
export interface DateToken {
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'number' | 'mark';
  /** The folded text of the token. */
  readonly text: string;
  /** What separates it from the previous token: nothing, spaces, or a line break. */
  readonly gap: 'none' | 'space' | 'line';
}

const enum Class {
  Space,
  Line,
  Letter,
  Digit,
  Other,
}

function classify(code: number): Class {
  if (code >= 0x61 && code <= 0x7a) return Class.Letter;
  if (code >= 0x30 && code <= 0x39) return Class.Digit;
  if (code === 0x20 || code === 0x09) return Class.Space;
  if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) return Class.Line;
  if (code >= 0x41 && code <= 0x5a) return Class.Letter;
  if (code < 0xc0) return Class.Other;
  // other scripts' letters and ligatures (œ, æ) belong to words; symbols and punctuation do not
  if (code === 0xd7 || code === 0xf7 || (code >= 0x2000 && code <= 0x2bff) || (code >= 0xd800 && code <= 0xdfff)) return Class.Other;
  return Class.Letter;
}

/** Splits the folded text in one pass; whitespace is dropped but remembered in `gap`. */
export function scanTokens(folded: string): DateToken[] {
  const tokens: DateToken[] = [];
  let gap: DateToken['gap'] = 'none';
  let i = 0;
  while (i < folded.length) {
    const kind = classify(folded.charCodeAt(i));
    if (kind === Class.Space) {
      if (gap === 'none') gap = 'space';
      i++;
      continue;
    }
    if (kind === Class.Line) {
      gap = 'line';
      i++;
      continue;
    }
    const start = i;
    i++;
    if (kind === Class.Letter || kind === Class.Digit) {
      while (i < folded.length && classify(folded.charCodeAt(i)) === kind) i++;
    }
    const tokenKind = kind === Class.Letter ? 'word' : kind === Class.Digit ? 'number' : 'mark';
    tokens.push({ start, end: i, kind: tokenKind, text: folded.slice(start, i), gap });
    gap = 'none';
  }
  return tokens;
}
