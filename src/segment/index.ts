import type { Span } from '../document/span.js';
import { isUpperAt } from '../tokenize/char-class.js';
import { tokenize } from '../tokenize/index.js';
import type { Token } from '../tokenize/token.js';
import { canStartSentence } from './can-start-sentence.js';
import { startsAfterEmoji } from './after-emoji.js';
import { startsWithCapitalisedCommonWord } from './capitalised-common-word.js';
import { startsWithCapitalisedOpener } from './capitalised-opener.js';
import { startsAtCapitalsEdge } from './capitals-run.js';
import { isClosingMark } from './closing-mark.js';
import { LineBreak, lineBreakBetween } from './line-break.js';
import { lineContinues } from './line-continues.js';
import { startsListItem } from './list-dash.js';
import { isListLabel } from './list-label.js';
import { commonWords } from './segment-lexicon.js';
import { Terminal, terminalKind } from './terminal-kind.js';

/**
 * Splits French text into sentences: spans in order, non-overlapping, from the first token
 * of each sentence to its last, together covering every token (`tokens` are computed when
 * not given). A sentence ends
 * - after final punctuation (« . », « ! », « ? », « … », « ?! ») with the closing quotes and
 *   brackets that follow it, when the next token can start a sentence;
 * - after an abbreviation that may close a sentence (« etc. ») before a capital;
 * - at a blank line, and at a line break unless the line visibly goes on (hard wrap).
 */
export function splitSentences(text: string, tokens: readonly Token[] = tokenize(text)): Span[] {
  const sentences: Span[] = [];
  const n = tokens.length;
  let first = 0;
  let straightQuotes = 0;
  let openBrackets = 0;
  let i = 0;
  while (i < n) {
    const token = tokens[i] as Token;
    if (isStraightQuote(text, token)) straightQuotes++;
    openBrackets = Math.max(0, openBrackets + bracketDepthChange(text, token));
    let last = i;
    const terminal = terminalKind(text, token);
    if (terminal !== Terminal.None && !opensAfterBracket(text, tokens, i, first)) {
      // Take the closing marks and further final punctuation that belong to this end.
      let k = i + 1;
      while (k < n && gapIsInline(text, tokens[k - 1] as Token, tokens[k] as Token)) {
        const next = tokens[k] as Token;
        // no read past the end of `tokens`, which would deoptimise this loop
        const after = k + 1 < n ? tokens[k + 1] : undefined;
        if (isClosingMark(text, next, straightQuotes, after, tokens[k - 1])) {
          if (isStraightQuote(text, next)) straightQuotes++;
        } else if (terminalKind(text, next) !== Terminal.Strong) {
          break;
        }
        k++;
      }
      last = k - 1;
      const next = tokens[k];
      const ends =
        next === undefined ||
        lineBreakBetween(text, (tokens[last] as Token).end, next.start) !== LineBreak.None ||
        (!gluedPunctuation(text, tokens[last] as Token, next) &&
          (terminal === Terminal.Strong
            ? canStartSentence(text, next) || lowerCaseStartCounts(text, tokens, i)
            : startsWithCapital(text, next)));
      if (ends) {
        close(sentences, tokens, first, last);
        first = k;
        straightQuotes = 0;
        openBrackets = 0;
        i = k;
        continue;
      }
      i = last + 1;
      continue;
    }
    const next = tokens[i + 1];
    if (next !== undefined) {
      const lineBreak = lineBreakBetween(text, token.end, next.start);
      if (
        lineBreak === LineBreak.Paragraph ||
        (lineBreak === LineBreak.Single && !lineContinues(text, token, next)) ||
        (lineBreak === LineBreak.None && openBrackets === 0 && startsAfterLostBreak(text, tokens, i + 1, first))
      ) {
        close(sentences, tokens, first, i);
        first = i + 1;
        straightQuotes = 0;
        openBrackets = 0;
      }
    }
    i++;
  }
  if (first < n) close(sentences, tokens, first, n - 1);
  return sentences;
}

/** Whether a sentence starts at `tokens[next]` though no punctuation or line break ends the one before. */
function startsAfterLostBreak(text: string, tokens: readonly Token[], next: number, first: number): boolean {
  // Every such start is a capital or a list dash: most tokens are settled here.
  const start = (tokens[next] as Token).start;
  const c = text.charCodeAt(start);
  if (!isUpperAt(text, start) && c !== 0x2d && c !== 0x2013) return false;
  if (isListLabel(text, tokens, first, next)) return false;
  return (
    startsWithCapitalisedOpener(text, tokens, next) ||
    startsWithCapitalisedCommonWord(text, tokens, next) ||
    startsAtCapitalsEdge(text, tokens, next) ||
    startsListItem(text, tokens, next) ||
    (next - 1 > first && startsAfterEmoji(text, tokens, next))
  );
}

function close(sentences: Span[], tokens: readonly Token[], first: number, last: number): void {
  sentences.push({ start: (tokens[first] as Token).start, end: (tokens[last] as Token).end });
}

function bracketDepthChange(text: string, token: Token): number {
  if (token.end - token.start !== 1) return 0;
  const c = text.charCodeAt(token.start);
  return c === 0x28 || c === 0x5b || c === 0xab ? 1 : c === 0x29 || c === 0x5d || c === 0xbb ? -1 : 0;
}

function isStraightQuote(text: string, token: Token): boolean {
  return token.end - token.start === 1 && text.charCodeAt(token.start) === 0x22;
}

/** True when no line break separates two tokens (a blank line always ends the sentence). */
function gapIsInline(text: string, before: Token, after: Token): boolean {
  return lineBreakBetween(text, before.end, after.start) === LineBreak.None;
}

/** « (...) » and « [...] » mark a cut inside a quotation, not the end of a sentence. */
function opensAfterBracket(text: string, tokens: readonly Token[], i: number, first: number): boolean {
  if (i === first) return false;
  const before = tokens[i - 1] as Token;
  const c = text.charCodeAt(before.start);
  return before.end - before.start === 1 && before.end === (tokens[i] as Token).start && (c === 0x28 || c === 0x5b);
}

/**
 * After a bare period, a lower-case word still starts a sentence when the period follows a
 * full word, a number or a closing mark: an abbreviation not in the list is short (« suppl. »),
 * while « ... de la Libye. promulgation ... » is a sentence typed without its capital.
 */
function lowerCaseStartCounts(text: string, tokens: readonly Token[], period: number): boolean {
  const dot = tokens[period] as Token;
  if (dot.end - dot.start !== 1 || text.charCodeAt(dot.start) !== 0x2e) return false;
  const before = tokens[period - 1];
  if (before === undefined || before.end !== dot.start) return false;
  if (before.kind === 'number') return true;
  if (before.kind === 'punct') return isClosingMark(text, before, 1, dot, tokens[period - 2]);
  if (before.kind !== 'word') return false;
  const length = before.end - before.start;
  // Abbreviations are short; a capitalised name rarely is one (« Gdem Izik. iii) ... »), nor
  // is a frequent word (« ... semblaient bons. très bon accueil »).
  if (length >= 5) return true;
  if (length < 4) return false;
  return startsWithCapital(text, before) || commonWords().has(text.slice(before.start, before.end));
}

/** « enfer ?/Probablement » : punctuation glued to the end mark goes on with the sentence. */
function gluedPunctuation(text: string, last: Token, next: Token): boolean {
  if (next.start !== last.end || next.kind !== 'punct') return false;
  const c = text.charCodeAt(next.start);
  return c !== 0x28 && c !== 0x5b && c !== 0xab && c !== 0x22 && c !== 0x201c && c !== 0x2d && c !== 0x2013 && c !== 0x2014;
}

function startsWithCapital(text: string, token: Token): boolean {
  return isUpperAt(text, token.start);
}
