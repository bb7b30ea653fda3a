import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/document/decode.js';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

describe('decodeText', () => {
  it('drops a leading BOM and nothing else', () => {
    const decoded = decodeText(new TextEncoder().encode('\ufeff\ufeffÉté\r\n'));
    expect(decoded).toEqual({ text: '\ufeffÉté\r\n' });
  });

  it('rejects Latin-1 bytes and names the offset of the first bad byte', () => {
    const decoded = decodeText(bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x31));
    expect(decoded).toMatchObject({ problem: 'invalid-utf8' });
    expect('problem' in decoded && decoded.detail).toContain('byte 3');
  });

  it('calls a file with NUL bytes binary', () => {
    expect(decodeText(bytes(0x00, 0x01, 0x02, 0xff))).toMatchObject({ problem: 'binary' });
  });

  it('accepts an empty file', () => {
    expect(decodeText(bytes())).toEqual({ text: '' });
  });
});
