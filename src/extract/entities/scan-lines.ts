import { scanWords, type WordToken } from './scan-words.js';

/**
 * The tokens of many short strings (gazetteer names, cue phrases, canonical names), from one
 * scan of the strings joined by line breaks: the same tokens as scanning each string alone, since
 * no token spans a line break and a token's forms depend only on its own characters. One long
 * scan instead of thousands of short ones also keeps the scanner compiled for long documents.
 * Offsets are into the joined text; callers read the tokens' forms and flags only.
 */
export function scanLines(lines: readonly string[]): WordToken[][] {
  const tokens = scanWords(lines.join('\n'));
  const byLine: WordToken[][] = lines.map(() => []);
  let line = 0;
  let lineEnd = lines.length > 0 ? lines[0].length : 0;
  for (const token of tokens) {
    while (token.start > lineEnd) {
      line++;
      lineEnd += 1 + lines[line].length;
    }
    byLine[line].push(token);
  }
  return byLine;
}
