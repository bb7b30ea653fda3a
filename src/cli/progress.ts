import type { Writable } from 'node:stream';

/** Quiet for the first second: short runs print nothing. */
const FIRST_DRAW_MS = 1000;
/** At most ten redraws a second. */
const REDRAW_MS = 100;

/**
 * A progress line on stderr (documents, MB, documents/s, MB/s, elapsed time), redrawn in
 * place while a long run goes on and erased at the end. Silent unless enabled.
 */
export class Progress {
  private documents = 0;
  private bytes = 0;
  private readonly started: number;
  private lastDraw = -Infinity;
  private drawn = false;

  constructor(
    private readonly stream: Writable,
    private readonly label: string,
    private readonly enabled: boolean,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** One more document done; its text counts in MB as UTF-8. */
  document(text: string): void {
    this.documents++;
    if (!this.enabled) return;
    this.bytes += Buffer.byteLength(text, 'utf8');
    const now = this.now();
    if (now - this.started < FIRST_DRAW_MS || now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.drawn = true;
    this.stream.write(`\r\x1b[K${this.line(now)}`);
  }

  /** Erases the line (before an error message, and at the end). */
  clear(): void {
    if (!this.drawn) return;
    this.drawn = false;
    this.lastDraw = -Infinity;
    this.stream.write('\r\x1b[K');
  }

  line(now: number): string {
    const seconds = Math.max((now - this.started) / 1000, 1e-3);
    const megabytes = this.bytes / 1e6;
    const elapsed = `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;
    return (
      `${this.label}: ${this.documents} documents, ${megabytes.toFixed(1)} MB, ` +
      `${Math.round(this.documents / seconds)} documents/s, ${(megabytes / seconds).toFixed(1)} MB/s, ${elapsed}`
    );
  }
}

/** Progress only on a terminal, and never with --quiet. */
export function createProgress(stderr: Writable & { isTTY?: boolean }, label: string, quiet: boolean | undefined): Progress {
  return new Progress(stderr, label, stderr.isTTY === true && quiet !== true);
}
