import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { syntheticCorpusFile } from './synthetic-files.js';

// amz-claims as the map step of a map/reduce (Hadoop Streaming, Spark's RDD.pipe, GNU
// parallel across hosts): a corpus split into shards, each shard run on its own and the
// outputs concatenated, gives exactly the records of one run over the whole corpus.

/** The map step, as a distributed engine would run it on each shard. */
const MAP_STEP = ['extract', '--input', 'jsonl', '--format', 'jsonl', '--jobs', '1'];

const corpus = syntheticCorpusFile(400_000, 5);

/** Splits JSONL lines into shards of uneven sizes, as an engine's input splits fall. */
function shardFiles(jsonl: string, sizes: readonly number[]): string[] {
  const lines = jsonl.split('\n').filter(Boolean);
  const paths: string[] = [];
  let from = 0;
  sizes.forEach((share, i) => {
    const to = i === sizes.length - 1 ? lines.length : from + Math.round(share * lines.length);
    const path = join(corpus.dir, `shard-${i}.jsonl`);
    writeFileSync(path, lines.slice(from, to).map((line) => line + '\n').join(''));
    paths.push(path);
    from = to;
  });
  return paths;
}

function mapOutput(inputs: readonly string[]): string {
  const result = runCli([MAP_STEP[0], ...inputs, ...MAP_STEP.slice(1)]);
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

describe('sharded runs concatenate to one run', () => {
  const whole = mapOutput([corpus.path]);
  const shards = shardFiles(corpus.jsonl, [0.5, 0.2, 0.3]);

  it('the corpus gives records', () => {
    expect(whole.split('\n').filter(Boolean).length).toBeGreaterThan(corpus.documents);
  });

  it('one process per shard, outputs concatenated in shard order', () => {
    const concatenated = shards.map((shard) => mapOutput([shard])).join('');
    expect(concatenated === whole, 'sharded output differs').toBe(true);
  });

  it('the shards as the inputs of one run', () => {
    expect(mapOutput(shards) === whole, 'output differs').toBe(true);
  });
});

describe('check --claims over the shards is the reduce step', () => {
  it('gives the conflicts that check over the whole corpus gives', () => {
    const shards = shardFiles(corpus.jsonl, [0.4, 0.6]);
    const claimFiles = shards.map((shard, i) => {
      const path = join(corpus.dir, `claims-${i}.jsonl`);
      writeFileSync(path, mapOutput([shard]));
      return path;
    });
    const reduced = runCli(['check', ...claimFiles.flatMap((path) => ['--claims', path]), '--format', 'jsonl']);
    const direct = runCli(['check', corpus.path, '--input', 'jsonl', '--format', 'jsonl', '--jobs', '1']);
    expect(direct.status).toBe(reduced.status);
    // claims read from files carry no line and column: compare what both know
    const comparable = (stdout: string) =>
      stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const record = JSON.parse(line) as { values: Record<string, unknown>[] };
          return { ...record, values: record.values.map(({ path: _path, line: _line, column: _column, ...value }) => value) };
        });
    expect(comparable(reduced.stdout)).toEqual(comparable(direct.stdout));
    expect(reduced.stderr.replace(/\d+ documents?/, '')).toBe(direct.stderr.replace(/\d+ documents?/, ''));
  });
});
