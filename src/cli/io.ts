import type { Writable } from 'node:stream';
import { Chalk, type ChalkInstance } from 'chalk';

/** The process's streams and environment, passed in so the command layer can be tested. */
export interface CliIO {
  readonly stdout: Writable & { isTTY?: boolean; columns?: number };
  readonly stderr: Writable & { isTTY?: boolean };
  readonly stdin: () => AsyncIterable<Uint8Array>;
  readonly env: NodeJS.ProcessEnv;
}

export function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: () => process.stdin, env: process.env };
}

/** Colour only on a terminal, without NO_COLOR, and unless --no-color. */
export function colourFor(io: CliIO, wanted: boolean): ChalkInstance {
  const on = wanted && io.stdout.isTTY === true && !io.env.NO_COLOR;
  return new Chalk({ level: on ? 1 : 0 });
}

/** Tables fit the terminal; when piped, 100 columns. */
export function terminalWidth(io: CliIO): number {
  return io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 100;
}

export function reportError(io: CliIO, message: string): void {
  io.stderr.write(`amz-claims: ${message}\n`);
}
