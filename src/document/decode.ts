/** Why bytes could not be read as a document. */
export type DecodeProblem = 'binary' | 'invalid-utf8';

export type Decoded = { readonly text: string } | { readonly problem: DecodeProblem; readonly detail: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes UTF-8 text as the contract reads it: a leading BOM dropped, nothing else changed.
 * A NUL byte marks a binary file (no text format we read has one); malformed UTF-8 is an
 * error rather than a silent U+FFFD, so no data is lost unseen.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.includes(0)) return { problem: 'binary', detail: 'binary file (contains NUL bytes), not text' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { problem: 'invalid-utf8', detail: `invalid UTF-8 at byte ${firstInvalidUtf8Byte(bytes)}` };
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    if (length > 1) {
      try {
        utf8.decode(bytes.subarray(i, i + length));
      } catch {
        return i;
      }
    }
    i += length;
  }
  return i;
}
