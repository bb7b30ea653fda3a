import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../cli/run-cli.js';
import { syntheticCorpusFile } from './synthetic-files.js';

// A pipeline that sends one document and waits for its records must get them while its
// input is still open, whatever --jobs says: output is gathered into larger writes and the
// run reads ahead to decide on workers, and neither may hold an answer back. When more text
// comes later, workers take over, and the output is still that of --jobs 1.

interface Conversation {
  /** stdout when the first document's records came, before anything else was sent */
  readonly firstAnswer: string;
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number | null;
}

function converse(args: readonly string[], first: string, rest: string): Promise<Conversation> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, AMZ_DEBUG: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let firstAnswer: string | null = null;
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no records while the input was open (stdout: ${JSON.stringify(stdout)})`));
    }, 30_000);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      if (firstAnswer !== null || !stdout.endsWith('\n')) return;
      firstAnswer = stdout;
      clearTimeout(timer);
      child.stdin.end(rest);
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ firstAnswer: firstAnswer ?? '', stdout, stderr, status }));
    child.stdin.write(first);
  });
}

const firstDocument = `${JSON.stringify({ id: 'first', text: 'Amazon détient 30 % du marché.' })}\n`;

describe('records come while the input is open', () => {
  it.each([['1'], ['2']])('--jobs %s: one document is answered before the input ends', async (jobs) => {
    const run = await converse(['figures', '-', '--input', 'jsonl', '--format', 'jsonl', '--jobs', jobs], firstDocument, '');
    const record = JSON.parse(run.firstAnswer.split('\n')[0]) as { doc: string; text: string };
    expect(record.doc).toBe('first');
    expect(record.text).toBe('30 %');
    expect(run.status).toBe(0);
  });

  it('after a stalled start, workers take the rest, and the output is that of --jobs 1', async () => {
    const corpus = syntheticCorpusFile(1_300_000, 12);
    const args = ['figures', '-', '--input', 'jsonl', '--format', 'jsonl'];
    const run = await converse([...args, '--jobs', '2'], firstDocument, corpus.jsonl);
    const one = runCli([...args, '--jobs', '1'], firstDocument + corpus.jsonl);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('amz-claims: 2 worker threads');
    expect(run.stdout.length).toBeGreaterThan(run.firstAnswer.length);
    expect(run.stdout === one.stdout, 'outputs differ').toBe(true);
  });
});
