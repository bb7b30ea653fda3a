import type { Writable } from 'node:stream';

/** Raised when the reader of stdout has gone (`… | head`): the run stops quietly, status 0. */
export class BrokenPipe extends Error {
  constructor() {
    super('broken pipe');
  }
}

/**
 * Text held before it is handed to the stream (UTF-16 units): one write per document made a
 * system call for each short article.
 */
const BUFFERED_CHARS = 64 << 10;

/**
 * Writes to a stream with back-pressure (large outputs stay bounded in memory) and turns
 * a closed pipe into BrokenPipe instead of an unhandled EPIPE. Text is gathered into
 * larger writes, and handed over as soon as the run waits for input, so a pipeline
 * reading records as they come is not kept waiting; `end` writes what is left.
 */
export class Output {
  private closed = false;
  private pending = '';
  private idleFlush: NodeJS.Immediate | null = null;
  private drained: Promise<void> | null = null;

  constructor(private readonly stream: Writable) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else throw error;
    });
  }

  async write(chunk: string): Promise<void> {
    if (this.closed) throw new BrokenPipe();
    this.pending += chunk;
    if (this.pending.length >= BUFFERED_CHARS) await this.end();
    // setImmediate runs once the event loop waits on I/O: when the input, not the work, is slow.
    else if (this.pending !== '' && this.idleFlush === null) this.idleFlush = setImmediate(() => this.handOver());
  }

  /** Writes everything held and waits until the stream can take more. */
  async end(): Promise<void> {
    this.handOver();
    if (this.drained !== null) await this.drained;
    if (this.closed) throw new BrokenPipe();
  }

  private handOver(): void {
    if (this.idleFlush !== null) {
      clearImmediate(this.idleFlush);
      this.idleFlush = null;
    }
    if (this.pending === '' || this.closed) return;
    const text = this.pending;
    this.pending = '';
    if (this.stream.write(text) || this.drained !== null) return;
    this.drained = new Promise<void>((resolve) => {
      const done = (): void => {
        this.stream.off('drain', done);
        this.stream.off('close', done);
        this.stream.off('error', done);
        this.drained = null;
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('close', done);
      this.stream.on('error', done);
    });
  }
}
