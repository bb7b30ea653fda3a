import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines, runCli } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'amz-check-'));

describe('amz-claims check on the bundled corpus', () => {
  it('finds exactly the one real conflict, AWS at 47,8 % and 30 %, and exits 1', () => {
    const result = runCli(['check', '--format', 'jsonl']);
    expect(result.status).toBe(1);
    const conflicts = jsonLines(result.stdout);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ type: 'conflict', subject: 'Amazon Web Services', metric: 'part de marché', unit: '%', spread: 17.8 });
    expect((conflicts[0].values as { value: number; time: string | null }[]).map((v) => [v.value, v.time])).toEqual([
      [30, null],
      [47.8, '2018'],
    ]);
    expect(result.stderr).toBe('amz-claims check: 1 conflict, 0 warnings among 15 claims from 5 documents\n');
  });

  it('--expect 32 % for 2021 reports both articles', () => {
    const reference = join(tmp, 'reference.json');
    writeFileSync(reference, JSON.stringify([{ subject: 'Amazon Web Services', metric: 'part de marché', value: 32, unit: '%', time: '2021' }]));
    const records = jsonLines(runCli(['check', '--expect', reference, '--format', 'jsonl']).stdout);
    const expected = records.find((record) => record.expected);
    expect((expected?.values as { doc: string }[]).map((v) => v.doc)).toEqual(['001_c9f2b22a65d99850', '002_2c6913958cf5d153']);
  });

  it('--tolerance and --abs-tolerance wide enough accept the disagreement: exit 0', () => {
    expect(runCli(['check', '--tolerance', '0.5']).status).toBe(0);
    expect(runCli(['check', '--abs-tolerance', '20']).status).toBe(0);
    expect(runCli(['check', '--abs-tolerance', '10']).status).toBe(1);
  });

  it('--fail-on never reports but exits 0', () => {
    const result = runCli(['check', '--fail-on', 'never', '--format', 'jsonl']);
    expect(result.status).toBe(0);
    expect(jsonLines(result.stdout)).toHaveLength(1);
  });

  it('--same-time still compares a known period with an unknown one', () => {
    expect(runCli(['check', '--same-time']).status).toBe(1);
  });

  it('--format github annotates each disagreeing line', () => {
    const lines = runCli(['check', '--format', 'github']).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::error file=.*001_c9f2b22a65d99850\.txt,line=30,col=515,title=amz-claims check%3A conflict::Amazon Web Services, part de marché: 30 %25 here, but 47\.8 %25 \(2018\) in 002_2c6913958cf5d153$/);
  });

  it('--claims over extract output in shards gives what check over the documents gives', () => {
    const shardA = join(tmp, 'a.jsonl');
    const shardB = join(tmp, 'b.jsonl');
    writeFileSync(shardA, runCli(['extract', 'corpus/000_8ba525a34b38d8cf.txt', 'corpus/001_c9f2b22a65d99850.txt', '--format', 'jsonl']).stdout);
    writeFileSync(shardB, runCli(['extract', 'corpus/002_2c6913958cf5d153.txt', 'corpus/003_0b396bf961b7b65d.txt', 'corpus/004_9430139aac550042.txt', '--format', 'jsonl']).stdout);
    const fromShards = runCli(['check', '--claims', shardA, '--claims', shardB, '--format', 'jsonl']);
    const fromDocuments = runCli(['check', 'corpus/', '--format', 'jsonl']);
    expect(fromShards.status).toBe(1);
    const strip = (stdout: string) => jsonLines(stdout).map((r) => ({ ...r, values: (r.values as object[]).map(({ path: _p, line: _l, column: _c, ...v }: Record<string, unknown>) => v) }));
    expect(strip(fromShards.stdout)).toEqual(strip(fromDocuments.stdout));
  });
});

describe('check: bad input is exit 2', () => {
  it('an unreadable --expect file', () => {
    const result = runCli(['check', '--expect', join(tmp, 'missing.json')]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('missing.json: no such file');
  });

  it('a malformed claims line, named by its number', () => {
    const claims = join(tmp, 'bad.jsonl');
    writeFileSync(claims, '{"type":"claim"}\n');
    const result = runCli(['check', '--claims', claims]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('bad.jsonl: line 1: claim without a "doc" string');
  });

  it('a negative tolerance', () => {
    expect(runCli(['check', '--tolerance', '-1']).status).toBe(2);
  });
});
