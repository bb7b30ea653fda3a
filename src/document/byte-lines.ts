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
