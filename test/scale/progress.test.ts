import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress, Progress } from '../../src/cli/progress.js';

class Captured extends Writable {
  text = '';
  isTTY?: boolean;
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** A progress line driven by a clock the test moves. */
function progressAt(enabled = true): { progress: Progress; stream: Captured; tick: (ms: number) => void } {
  let now = 0;
  const stream = new Captured();
  const progress = new Progress(stream, 'amz-claims figures', enabled, () => now);
  return { progress, stream, tick: (ms) => (now += ms) };
}

describe('progress on stderr', () => {
  it('says nothing during the first second', () => {
    const { progress, stream, tick } = progressAt();
    for (let i = 0; i < 9; i++) {
      tick(100);
      progress.document('Amazon');
    }
    progress.clear();
    expect(stream.text).toBe('');
  });

  it('then redraws one line in place with documents/s and MB/s, at most ten times a second', () => {
    const { progress, stream, tick } = progressAt();
    tick(1000);
    for (let i = 0; i < 1000; i++) {
      progress.document('x'.repeat(1000));
      tick(1);
    }
    const draws = stream.text.split('\r\x1b[K').filter(Boolean);
    expect(draws.length).toBe(10);
    // drawn at 1.0 s, 1.1 s, … 1.9 s: the last after 901 documents
    expect(draws.at(-1)).toBe('amz-claims figures: 901 documents, 0.9 MB, 474 documents/s, 0.5 MB/s, 0:01');
    expect(stream.text).not.toContain('\n');
  });

  it('counts MB as UTF-8 bytes', () => {
    const { progress, stream, tick } = progressAt();
    tick(2000);
    progress.document('é'.repeat(500_000));
    expect(stream.text).toContain('1 documents, 1.0 MB,');
  });

  it('is erased at the end and before an error message', () => {
    const { progress, stream, tick } = progressAt();
    tick(1500);
    progress.document('a');
    progress.clear();
    expect(stream.text.endsWith('\r\x1b[K')).toBe(true);
    const length = stream.text.length;
    progress.clear();
    expect(stream.text.length).toBe(length);
  });

  it('is silent when disabled', () => {
    const { progress, stream, tick } = progressAt(false);
    tick(5000);
    progress.document('a');
    progress.clear();
    expect(stream.text).toBe('');
  });

  it('is enabled only on a terminal and without --quiet', () => {
    const terminal = Object.assign(new Captured(), { isTTY: true });
    const pipe = new Captured();
    const enabled = (stream: Captured, quiet: boolean | undefined): boolean => {
      const progress = createProgress(stream, 'x', quiet);
      return (progress as unknown as { enabled: boolean }).enabled;
    };
    expect(enabled(terminal, undefined)).toBe(true);
    expect(enabled(terminal, true)).toBe(false);
    expect(enabled(pipe, undefined)).toBe(false);
  });
});
