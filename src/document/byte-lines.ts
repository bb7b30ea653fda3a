import { decodeText } from './decode.js';

/**
 * Splits a stream of byte chunks into lines (LF, a trailing CR dropped) without decoding
 * first, so each line can be checked for valid UTF-8 on its own and a bad line is named
 * by its number. Memory holds one line at a time.
 */
export async function* byteLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  const flush = (tail: Uint8Array): Uint8Array => {
    if (pending.length === 0) return tail;
    const line = new Uint8Array(pendingLength + tail.length);
    let offset = 0;
    for (const part of pending) {
      line.set(part, offset);
      offset += part.length;
    }
    line.set(tail, offset);
    pending = [];
    pendingLength = 0;
    return line;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let newline = chunk.indexOf(10, start); newline !== -1; newline = chunk.indexOf(10, start)) {
      yield dropCarriageReturn(flush(chunk.subarray(start, newline)));
      start = newline + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      pending.push(rest.slice());
      pendingLength += rest.length;
    }
  }
  if (pendingLength > 0) yield dropCarriageReturn(flush(new Uint8Array(0)));
}

function dropCarriageReturn(line: Uint8Array): Uint8Array {
  return line.length > 0 && line[line.length - 1] === 13 ? line.subarray(0, line.length - 1) : line;
}

/** A non-blank line as text with its number (from 1), a line that is not UTF-8, or the read failing. */
export type TextLine =
  | { readonly lineNumber: number; readonly text: string }
  | { readonly lineNumber: number; readonly problem: string }
  | { readonly readError: unknown };

/**
 * The lines of a stream decoded one by one, for line-oriented inputs (JSONL documents,
 * claims): blank lines are skipped but still counted, a line that is not UTF-8 is named by
 * its number, and a failing read ends the lines with the error.
 */
export async function* textLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<TextLine> {
  let lineNumber = 0;
  try {
    for await (const bytes of byteLines(chunks)) {
      lineNumber++;
      const decoded = decodeText(bytes);
      if ('problem' in decoded) yield { lineNumber, problem: `line ${lineNumber}: ${decoded.detail}` };
      else if (decoded.text.trim() !== '') yield { lineNumber, text: decoded.text };
    }
  } catch (error) {
    yield { readError: error };
  }
}
