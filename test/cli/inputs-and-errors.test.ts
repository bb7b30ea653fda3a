import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, jsonLines, runCli } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'amz-cli-'));
writeFileSync(join(tmp, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x31, 0x30, 0x20, 0x25]));
writeFileSync(join(tmp, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff]));
writeFileSync(join(tmp, 'empty.txt'), '');
writeFileSync(join(tmp, 'bom.txt'), '\ufeffAmazon détient 30 %.');
mkdirSync(join(tmp, 'nothing'));

describe('bad input: status 2, one line on stderr naming the input, nothing on stdout', () => {
  it.each([
    ['a missing path', [join(tmp, 'missing.txt')], 'missing.txt: no such file or directory'],
    ['invalid UTF-8', [join(tmp, 'latin1.txt')], 'latin1.txt: invalid UTF-8 at byte 3'],
    ['a binary file', [join(tmp, 'binary.txt')], 'binary.txt: binary file'],
    ['a directory without text files', [join(tmp, 'nothing')], 'holds no *.txt or *.md files'],
  ])('%s', (_what, inputs, message) => {
    const result = runCli(['sentences', ...inputs, '--format', 'json']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(message);
  });

  it('an unknown command or option is a usage error', () => {
    for (const args of [['frobnicate'], ['tokens', '--frob'], ['tokens', '--format', 'xml'], ['dates', '--date', '2021-13']]) {
      const result = runCli(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/error/);
    }
  });

  it('a malformed JSONL line is named by its number; the other lines still run', () => {
    const input = '{"id":"ok","text":"Il a 14 marques."}\n{not json\n{"text":"Deux."}\n';
    const result = runCli(['sentences', '-', '--input', 'jsonl', '--format', 'jsonl'], input);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('standard input: line 2: not valid JSON');
    expect(jsonLines(result.stdout).map((r) => r.doc)).toEqual(['ok', 'line-3']);
  });

  it('readable inputs are still processed beside a bad one', () => {
    const result = runCli(['corpus', join(tmp, 'missing.txt'), join(tmp, 'bom.txt'), '--format', 'jsonl']);
    expect(result.status).toBe(2);
    expect(jsonLines(result.stdout).map((r) => r.doc)).toEqual(['bom']);
  });
});

describe('inputs', () => {
  it('an empty file is a document with no sentences, not an error', () => {
    const result = runCli(['corpus', join(tmp, 'empty.txt'), '--format', 'jsonl']);
    expect(result.status).toBe(0);
    expect(jsonLines(result.stdout)).toEqual([
      expect.objectContaining({ doc: 'empty', chars: 0, sentences: 0, tokens: 0, lang: 'und' }),
    ]);
  });

  it('drops the BOM before counting offsets', () => {
    const result = runCli(['tokens', join(tmp, 'bom.txt'), '--format', 'jsonl']);
    expect(jsonLines(result.stdout)[0]).toMatchObject({ start: 0, end: 6, text: 'Amazon' });
  });

  it('finds the bundled corpus from any working directory', () => {
    const result = runCli(['corpus', '--format', 'jsonl'], undefined, {});
    expect(result.status).toBe(0);
    expect(jsonLines(result.stdout)).toHaveLength(5);
  });

  it('--date dates documents that have none', () => {
    const result = runCli(['corpus', '-', '--date', '2021-04', '--format', 'jsonl'], 'Bonjour à tous.');
    expect(jsonLines(result.stdout)[0]).toMatchObject({ doc: 'stdin', date: '2021-04' });
  });
});

describe('output', () => {
  it('json is one document with schema, version and records', () => {
    const result = runCli(['sentences', '-', '--json'], 'Une phrase. Une autre.');
    const parsed = JSON.parse(result.stdout) as { schema: string; version: string; records: unknown[] };
    expect(parsed.schema).toBe('amz-claims/sentences@1');
    expect(parsed.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(parsed.records).toHaveLength(2);
  });

  it('json of an input with no records is still a complete document', () => {
    const parsed = JSON.parse(runCli(['sentences', join(tmp, 'empty.txt'), '--format', 'json']).stdout) as { records: unknown[] };
    expect(parsed.records).toEqual([]);
  });

  it('csv has a header row and quotes fields holding commas or quotes', () => {
    const result = runCli(['sentences', '-', '--format', 'csv'], 'Il dit « oui, "bien" ».');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('doc,i,start,end,text');
    expect(lines[1]).toBe('stdin,0,0,23,"Il dit « oui, ""bien"" »."');
  });

  it('tables carry no colour codes off a terminal and fit 100 columns', () => {
    const result = runCli(['sentences']);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(/\u001b\[/);
    for (const line of result.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it('a closed pipe ends quietly with status 0', () => {
    // the corpus's tokens are far more than a pipe buffer, so the writer meets the closed pipe
    const script = `"${process.execPath}" "${BIN}" tokens --format jsonl | head -1; exit \${PIPESTATUS[0]}`;
    const piped = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(0);
    expect(piped.stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('--help lists the commands and examples on stdout with status 0', () => {
    const result = runCli(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Examples:');
    for (const command of ['corpus', 'tokens', 'sentences', 'lang', 'entities', 'figures', 'dates']) expect(result.stdout).toContain(command);
  });
});
