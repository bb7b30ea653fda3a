import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs, type InputItem, type ReadOptions } from '../../src/document/read-inputs.js';

async function* noStdin(): AsyncGenerator<Uint8Array> {}
const stdinOf = (text: string) => async function* (): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
};
const options = (over: Partial<ReadOptions> = {}): ReadOptions => ({ format: 'text', defaultDate: null, stdin: noStdin, ...over });
const collect = async (inputs: string[], opts: ReadOptions): Promise<InputItem[]> => {
  const items: InputItem[] = [];
  for await (const item of readInputs(inputs, opts)) items.push(item);
  return items;
};
const ids = (items: InputItem[]): string[] => items.map((item) => ('document' in item ? item.document.id : `error:${item.error.message}`));

describe('readInputs', () => {
  it('reads the bundled corpus with its manifest metadata when given no input', async () => {
    const items = await collect([], options());
    expect(items).toHaveLength(5);
    const first = items[0];
    expect('document' in first && first.document).toMatchObject({ id: '000_8ba525a34b38d8cf', source: 'Numerama', date: '2021-04' });
  });

  it('walks a directory recursively in sorted path order, text files only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'amz-inputs-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'z.txt'), 'z');
    writeFileSync(join(dir, 'a.txt'), 'a');
    writeFileSync(join(dir, 'b.md'), 'b');
    writeFileSync(join(dir, 'c.json'), '{}');
    writeFileSync(join(dir, '.hidden.txt'), 'h');
    expect(ids(await collect([dir], options()))).toEqual(['a', 'z', 'b']);
  });

  it('goes on after a bad input and gives the default date to undated documents', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'amz-inputs-'));
    writeFileSync(join(dir, 'ok.txt'), 'Bonjour.');
    const items = await collect([join(dir, 'missing.txt'), join(dir, 'ok.txt')], options({ defaultDate: '2020' }));
    expect(ids(items)).toEqual(['error:no such file or directory', 'ok']);
    expect('document' in items[1] && items[1].document.date).toBe('2020');
  });

  it('reads JSONL from standard input, naming bad lines by number', async () => {
    const stdin = stdinOf('{"id":"a","text":"x","date":"2019"}\n\n{oops\n{"text":"y"}\n');
    const items = await collect(['-'], options({ format: 'jsonl', stdin, defaultDate: '2021' }));
    expect(ids(items)).toEqual(['a', expect.stringMatching(/^error:line 3: not valid JSON/), 'line-4']);
    expect('document' in items[0] && items[0].document.date).toBe('2019');
    expect('document' in items[2] && items[2].document.date).toBe('2021');
  });

  it('calls plain standard input « stdin »', async () => {
    expect(ids(await collect(['-'], options({ stdin: stdinOf('Amazon.') })))).toEqual(['stdin']);
  });

  it('says a directory without text files is an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'amz-inputs-'));
    expect(ids(await collect([dir], options()))).toEqual(['error:directory holds no *.txt or *.md files']);
  });
});
