import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../cli/run-cli.js';
import { syntheticCorpusFile } from './synthetic-files.js';

// --jobs 2 must print exactly what --jobs 1 prints. The corpus is just past the size at
// which workers start (a megabyte of text); AMZ_DEBUG makes the run say it used them, so
// a run that silently stayed on one thread cannot pass.

const corpus = syntheticCorpusFile(1_300_000, 11);
const debug = { AMZ_DEBUG: '1' };

describe('--jobs 2 prints what --jobs 1 prints, byte for byte', () => {
  // json stands for table too: both render on the main thread from the records workers send
  it.each(['jsonl', 'csv', 'json'])('figures --format %s', (format) => {
    const one = runCli(['figures', corpus.path, '--input', 'jsonl', '--format', format, '--jobs', '1'], undefined, debug);
    const two = runCli(['figures', corpus.path, '--input', 'jsonl', '--format', format, '--jobs', '2'], undefined, debug);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(one.stderr).not.toContain('worker threads');
    expect(two.stderr).toContain('amz-claims: 2 worker threads');
    expect(two.stdout.length).toBeGreaterThan(0);
    expect(two.stdout === one.stdout, 'outputs differ').toBe(true);
  });

  it('from standard input, with a malformed line in the middle: same records, same error, status 2', () => {
    const lines = corpus.jsonl.split('\n');
    const broken = Math.floor(lines.length / 2);
    lines.splice(broken, 0, '{"text": broken');
    const input = lines.join('\n');
    const one = runCli(['sentences', '-', '--input', 'jsonl', '--format', 'jsonl', '--jobs', '1'], input);
    const two = runCli(['sentences', '-', '--input', 'jsonl', '--format', 'jsonl', '--jobs', '2'], input);
    expect(one.status).toBe(2);
    expect(two.status).toBe(2);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stderr).toContain(`standard input: line ${broken + 1}: not valid JSON`);
    expect(two.stdout === one.stdout, 'outputs differ').toBe(true);
  });

  it('check --jobs 2 compares the same claims as --jobs 1: same conflicts, summary and status', () => {
    const args = ['check', corpus.path, '--input', 'jsonl', '--format', 'json'];
    const one = runCli([...args, '--jobs', '1'], undefined, debug);
    const two = runCli([...args, '--jobs', '2'], undefined, debug);
    expect(two.stderr).toContain('amz-claims: 2 worker threads');
    expect(two.status).toBe(one.status);
    expect(two.stderr.replace('amz-claims: 2 worker threads\n', '')).toBe(one.stderr);
    expect(JSON.parse(two.stdout).records.length).toBeGreaterThan(0);
    expect(two.stdout === one.stdout, 'outputs differ').toBe(true);
  });

  it('a small input stays on the main thread', () => {
    const result = runCli(['figures', '--format', 'jsonl', '--jobs', '2'], undefined, debug);
    expect(result.status).toBe(0);
    expect(result.stderr).not.toContain('worker threads');
  });

  it('a reader that stops early (| head) ends the run quietly with status 0', () => {
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" tokens "${corpus.path}" --input jsonl --format jsonl --jobs 2 | head -n 3; echo "status \${PIPESTATUS[0]}"`], {
      encoding: 'utf8',
      env: { ...process.env, AMZ_DEBUG: '' },
    });
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('status 0');
    expect(result.stderr).toBe('');
  });

  it('--jobs must be a whole number of at least 1', () => {
    for (const jobs of ['0', '-1', '1.5', 'many']) {
      const result = runCli(['figures', '--jobs', jobs]);
      expect(result.status, jobs).toBe(2);
      expect(result.stdout).toBe('');
    }
  });
});
