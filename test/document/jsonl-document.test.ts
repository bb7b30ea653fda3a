import { describe, expect, it } from 'vitest';
import { byteLines } from '../../src/document/byte-lines.js';
import { parseJsonlDocument } from '../../src/document/jsonl-document.js';

describe('parseJsonlDocument', () => {
  it('reads every field and keeps the text as given', () => {
    const parsed = parseJsonlDocument('{"id":"a","text":" Le titre\\u00a0a gagné 3,49 %. ","date":"2021-04-14","source":"X","title":"T","url":"https://x.fr"}', 1);
    expect(parsed).toEqual({
      document: { id: 'a', text: ' Le titre\u00a0a gagné 3,49 %. ', date: '2021-04-14', source: 'X', title: 'T', url: 'https://x.fr' },
    });
  });

  it('names a document without id after its line', () => {
    expect(parseJsonlDocument('{"text":"x"}', 7)).toMatchObject({ document: { id: 'line-7' } });
  });

  it.each([
    ['{not json', 'line 2: not valid JSON'],
    ['[1,2]', 'line 2: expected a JSON object'],
    ['{"id":"a"}', 'line 2: missing "text"'],
    ['{"text":"x","date":"14/04/2021"}', 'line 2: "date" must be'],
    ['{"text":"x","id":3}', 'line 2: "id" must be a string'],
  ])('rejects %s with a message naming the line', (line, message) => {
    const parsed = parseJsonlDocument(line, 2);
    expect('problem' in parsed && parsed.problem).toContain(message);
  });
});

describe('byteLines', () => {
  async function* chunks(...parts: string[]): AsyncGenerator<Uint8Array> {
    for (const part of parts) yield new TextEncoder().encode(part);
  }
  const collect = async (source: AsyncIterable<Uint8Array>): Promise<string[]> => {
    const lines: string[] = [];
    for await (const line of byteLines(source)) lines.push(new TextDecoder().decode(line));
    return lines;
  };

  it('joins lines split across chunks, even inside a multi-byte character', async () => {
    const encoded = new TextEncoder().encode('{"text":"été"}\r\n{"text":"b"}');
    async function* split(): AsyncGenerator<Uint8Array> {
      yield encoded.subarray(0, 11); // cuts « é » in two
      yield encoded.subarray(11);
    }
    expect(await collect(split())).toEqual(['{"text":"été"}', '{"text":"b"}']);
  });

  it('keeps empty lines so line numbers stay true, and has no phantom last line', async () => {
    expect(await collect(chunks('a\n\nb\n'))).toEqual(['a', '', 'b']);
  });
});
