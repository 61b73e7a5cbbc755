import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../cli/kiez.ts';
import { kiezHere, sweepFile } from './helpers.ts';

describe('kiez compare', () => {
  it('prints a table of every measure for both scenarios over the same seeds, and writes it as CSV', async () => {
    const dir = tempDir();
    const a = sweepFile(
      dir,
      { extends: 'classic-schelling', classic: { size: 20, threshold: 0.3 } },
      'a.json',
    );
    const b = sweepFile(
      dir,
      { extends: 'classic-schelling', classic: { size: 20, threshold: 0.5 } },
      'b.json',
    );
    const out = join(dir, 'cmp.csv');
    const r = await kiezHere(['compare', a, b, '--seeds', '4', '--ticks', '30', '--jobs', '2', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/4 seeds from deriveSeed\(1, i\), the same for both/);
    expect(r.stdout).toMatch(/measure\s+mean A\s+sd A\s+mean B\s+sd B\s+B - A\s+95 % interval/);
    expect(r.stdout).toMatch(/\nsimilarShare\s+0\.\d+/);
    const rows = readFileSync(out, 'utf8').trim().split('\n');
    expect(rows[0]).toBe('measure,n,meanA,sdA,meanB,sdB,difference,low,high');
    const similar = rows
      .find((row) => row.startsWith('similarShare,'))!
      .split(',')
      .map(Number);
    expect(similar[1]).toBe(4);
    // A stricter threshold segregates more: the mean share of like neighbours rises.
    expect(similar[6]).toBeGreaterThan(0);
    expect(similar[6]).toBeCloseTo(similar[4]! - similar[2]!, 12);
  });

  it('a scenario compared with itself differs by exactly 0', async () => {
    const r = await kiezHere([
      'compare',
      'classic-schelling',
      'classic-schelling',
      '--seeds',
      '2',
      '--ticks',
      '5',
      '--jobs',
      '1',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\nsimilarShare(\s+[\d.]+){4}\s+0\s+0 to 0\n/);
  });

  it('bad scenarios give every problem of both files and exit 2', async () => {
    const dir = tempDir();
    const a = sweepFile(dir, { classic: { size: 1 } }, 'a.json');
    const r = await kiezHere(['compare', a, join(dir, 'missing.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
  });
});

describe('kiez sweep interrupted with Ctrl-C', () => {
  it('stops the workers, keeps finished runs, says how to resume, and exits 130', async () => {
    const dir = tempDir();
    const file = sweepFile(dir, {
      base: 'classic-schelling',
      replicates: 40,
      ticks: 60,
      vary: { 'classic.size': [120], 'classic.threshold': [0.8] },
    });
    const out = join(dir, 'out');
    const child = spawn(process.execPath, [
      resolve('bin/kiez.mjs'),
      'sweep',
      file,
      '--out',
      out,
      '--jobs',
      '1',
    ]);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let exited = false;
    const done = new Promise<number | null>((ok) =>
      child.on('exit', (code) => {
        exited = true;
        ok(code);
      }),
    );
    const runs = join(out, 'runs');
    const finished = () =>
      existsSync(runs) ? readdirSync(runs).filter((f) => /^\d+\.json$/.test(f)).length : 0;
    while (finished() < 1 && !exited) await new Promise((ok) => setTimeout(ok, 50));
    expect(exited, stderr).toBe(false);
    child.kill('SIGINT');
    expect(await done).toBe(130);
    expect(stderr).toMatch(
      /interrupted \(SIGINT\); \d+ of 40 runs finished and kept in .*runs\. To resume, run the same command/,
    );
    expect(finished()).toBeGreaterThanOrEqual(1);
    expect(finished()).toBeLessThan(40);
    expect(readdirSync(runs).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(join(out, 'results.csv'))).toBe(false);
  });
});
