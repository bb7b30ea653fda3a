import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../../src/data/load.js';
import { binPath } from './measure-command.js';

/**
 * The warm-up cost of `extract`: runs it under `--trace-opt --trace-deopt` (and V8's code log,
 * for the files) on a JSONL corpus and prints the TurboFan compilations, their compile time,
 * the deopts by reason and place, and the functions compiled most often.
 *
 *   node dist/scripts/bench/compiles.js corpus.jsonl [jobs] [rows]     (defaults: 1, 15)
 *
 * With jobs > 1 each worker compiles the same functions again, and those count as recompilations.
 */

const [corpus, jobs = '1', rows = '15'] = process.argv.slice(2);
if (!corpus) throw new Error('usage: compiles.js corpus.jsonl [jobs] [rows]');

const root = packageRoot();
const place = (url: string): string => (url.startsWith('file://') ? relative(root, fileURLToPath(url)) : url);
// the log's deopt positions: "<file:///…/a.js:1:2> inlined at <file:/…/b.js:3:4>"
const positions = (text: string): string => text.replaceAll(/<file:\/*([^>]*)>/g, (_, path: string) => relative(root, `/${path}`));
const count = <K>(map: Map<K, number>, key: K, by = 1): void => void map.set(key, (map.get(key) ?? 0) + by);
const top = <K>(map: Map<K, number>, n: number): [K, number][] => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);

const dir = mkdtempSync(join(tmpdir(), 'amz-compiles-'));
try {
  const log = join(dir, 'v8.log');
  const trace = join(dir, 'trace.txt');
  const [input, output] = [openSync(corpus, 'r'), openSync(trace, 'w')];
  // V8 prints its traces on standard output, between the command's own lines
  const v8 = ['--trace-opt', '--trace-deopt', '--log-code', '--log-deopt', `--logfile=${log}`, '--no-logfile-per-isolate'];
  const args = ['extract', '-', '--input', 'jsonl', '--format', 'jsonl', '--jobs', jobs, '--quiet'];
  const result = spawnSync(process.execPath, [...v8, binPath(), ...args], { stdio: [input, output, 'inherit'] });
  closeSync(input);
  closeSync(output);
  if (result.status !== 0) throw new Error(`extract exited with ${result.status}`);

  // shared function info address -> "name file:line" (the log writes the untagged address)
  const where = new Map<string, string>();
  const codeOf = new Map<string, string>();
  const deoptReasons = new Map<string, number>();
  const deoptPlaces = new Map<string, number>();
  for (const line of readFileSync(log, 'utf8').split('\n')) {
    const fields = line.split(',');
    if (fields[0] === 'code-creation' && fields[1] === 'JS') {
      // "name file:line:column", the name itself possibly with spaces (get forms)
      const described = fields.slice(6, -2).join(',');
      const space = described.lastIndexOf(' ');
      const url = described.slice(space + 1).replace(/:\d+$/, '');
      const fn = `${described.slice(0, space) || '(anonymous)'} ${place(url)}`;
      where.set(BigInt(fields.at(-2)!).toString(16), fn);
      codeOf.set(fields[4], fn);
    } else if (fields[0] === 'code-deopt') {
      const reason = `${fields[6]}: ${fields.slice(8).join(',')}`;
      count(deoptReasons, reason);
      count(deoptPlaces, `${reason} in ${codeOf.get(fields[3]) ?? '?'} at ${positions(fields[7])}`);
    }
  }
  let compilations = 0;
  let compileMs = 0;
  const byFunction = new Map<string, number>();
  const msByFunction = new Map<string, number>();
  const completed = /^\[completed compiling 0x[0-9a-f]+ <JSFunction (.*) \(sfi = 0x([0-9a-f]+)\)> \(target TURBOFAN\).* - took [\d.]+, ([\d.]+), [\d.]+ ms\]$/;
  for (const line of readFileSync(trace, 'utf8').split('\n')) {
    const match = line.startsWith('[completed compiling') ? completed.exec(line) : null;
    if (match === null) continue;
    const ms = Number(match[3]);
    const key = where.get((BigInt(`0x${match[2]}`) - 1n).toString(16)) ?? (match[1] || '(anonymous)');
    compilations++;
    compileMs += ms;
    count(byFunction, key);
    count(msByFunction, key, ms);
  }

  const total = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);
  // compilations after a function's first, their time taken at its mean: a share of the compile time, steadier than ms under load
  let recompilations = 0;
  let recompileMs = 0;
  for (const [key, n] of byFunction) {
    recompilations += n - 1;
    recompileMs += (msByFunction.get(key)! * (n - 1)) / n;
  }
  console.log(`extract --jobs ${jobs} on ${corpus}: ${compilations} TurboFan compilations, ${compileMs.toFixed(0)} ms of compile time, ${total(deoptReasons)} deopts`);
  console.log(`recompilations: ${recompilations}, about ${recompileMs.toFixed(0)} ms (${((100 * recompileMs) / compileMs).toFixed(1)} % of the compile time)\n`);
  console.log('deopts by kind and reason:');
  for (const [reason, n] of top(deoptReasons, 100)) console.log(`${String(n).padStart(5)}  ${reason}`);
  console.log(`\nplaces with the most deopts:`);
  for (const [at, n] of top(deoptPlaces, Number(rows))) console.log(`${String(n).padStart(5)}  ${at}`);
  console.log(`\nfunctions compiled most often (times, compile ms):`);
  for (const [key, n] of top(byFunction, Number(rows))) console.log(`${String(n).padStart(5)} ${msByFunction.get(key)!.toFixed(1).padStart(7)}  ${key}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
