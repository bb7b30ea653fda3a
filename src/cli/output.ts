import type { Writable } from 'node:stream';

/** Raised when the reader of stdout has gone (`… | head`): the run stops quietly, status 0. */
export class BrokenPipe extends Error {
  constructor() {
    super('broken pipe');
  }
}

/**
 * Writes to a stream with back-pressure (large outputs stay bounded in memory) and turns
 * a closed pipe into BrokenPipe instead of an unhandled EPIPE.
 */
export class Output {
  private closed = false;

  constructor(private readonly stream: Writable) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else throw error;
    });
  }

  async write(chunk: string): Promise<void> {
    if (chunk === '') return;
    if (this.closed) throw new BrokenPipe();
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          this.stream.off('drain', done);
          this.stream.off('close', done);
          this.stream.off('error', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('close', done);
        this.stream.on('error', done);
      });
    }
    if (this.closed) throw new BrokenPipe();
  }
}
