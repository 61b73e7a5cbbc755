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
    expect(r.stdout).toMatch(
      /measure\s+mean A\s+sd A\s+mean B\s+sd B\s+B - A\s+95 % interval\s+d_z\s+p \(holm\)/,
    );
    expect(r.stdout).toMatch(/\nsimilarShare\s+0\.\d+/);
    expect(r.stdout).toMatch(/p: two-sided paired t-test, Holm-adjusted over \d+ comparisons/);
    const rows = readFileSync(out, 'utf8').trim().split('\n');
    expect(rows[0]).toBe(
      'measure,from,to,n,meanA,sdA,meanB,sdB,difference,sdDifference,low,high,t,df,p,pAdjusted,dz',
    );
    const similar = rows
      .find((row) => row.startsWith('similarShare,'))!
      .split(',')
      .map(Number);
    expect(similar[3]).toBe(4);
    // A stricter threshold segregates more: the mean share of like neighbours rises.
    expect(similar[8]).toBeGreaterThan(0);
    expect(similar[8]).toBeCloseTo(similar[6]! - similar[4]!, 12);
    // Cohen's d_z is the mean difference over the sd of the differences; the adjusted p is not below the raw one.
    expect(similar[16]).toBeCloseTo(similar[8]! / similar[9]!, 12);
    expect(similar[15]).toBeGreaterThanOrEqual(similar[14]!);
    const meta = JSON.parse(readFileSync(join(dir, 'cmp.meta.json'), 'utf8'));
    expect(meta.kiez).toMatch(/^\d+\.\d+\.\d+/);
    expect(meta.scenarios.A.file).toBe(a);
    expect(meta.scenarios.B.scenario.classic.threshold).toEqual([0.5]);
    expect(meta.seeds.values).toHaveLength(4);
    expect(meta.ticks.kind).toBe('end');
    expect(meta.method.adjust).toBe('holm');
    expect(meta.method.effectSize).toMatch(/d_z/);
  });

  it('compares chosen measures at a tick, over a window, or at every tick, with Benjamini-Hochberg on request', async () => {
    const dir = tempDir();
    const a = sweepFile(
      dir,
      { extends: 'classic-schelling', classic: { size: 16, threshold: 0.3 } },
      'a.json',
    );
    const b = sweepFile(
      dir,
      { extends: 'classic-schelling', classic: { size: 16, threshold: 0.6 } },
      'b.json',
    );
    const base = [
      'compare',
      a,
      b,
      '--seeds',
      '3',
      '--ticks',
      '6',
      '--jobs',
      '1',
      '--measures',
      'similar*,mov?s',
    ];
    const at = await kiezHere([...base, '--at', '2', '--adjust', 'BH', '--out', join(dir, 'at.csv')]);
    expect(at.code, at.stderr).toBe(0);
    expect(at.stdout).toMatch(/values at tick 2/);
    expect(at.stdout).toMatch(/Benjamini-Hochberg-adjusted/);
    const atRows = readFileSync(join(dir, 'at.csv'), 'utf8').trim().split('\n').slice(1);
    expect(atRows.map((r) => r.split(',').slice(0, 3).join(','))).toEqual(['similarShare,2,2', 'moves,2,2']);
    const window = await kiezHere([...base, '--window', '1:4', '--out', join(dir, 'w.csv')]);
    expect(window.code, window.stderr).toBe(0);
    expect(window.stdout).toMatch(/mean of each run over ticks 1 to 4/);
    expect(readFileSync(join(dir, 'w.csv'), 'utf8')).toMatch(/\nsimilarShare,1,4,\d,/);
    const series = await kiezHere([...base, '--series', '--every', '3', '--out', join(dir, 's.csv')]);
    expect(series.code, series.stderr).toBe(0);
    const ticks = readFileSync(join(dir, 's.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .filter((r) => r.startsWith('similarShare,'))
      .map((r) => r.split(',')[1]);
    // Every third tick, and the last tick of each run (a run may settle before tick 6).
    expect(ticks.slice(0, 2)).toEqual(['0', '3']);
  });

  it('refuses two statistics at once, an unknown adjustment and a window out of order, exit 2 before any run', async () => {
    const r1 = await kiezHere(['compare', 'classic-schelling', 'classic-schelling', '--at', '3', '--series']);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toBe('kiez compare: --at, --window and --series: choose one of them\n');
    const r2 = await kiezHere(['compare', 'classic-schelling', 'classic-schelling', '--adjust', 'bonf']);
    expect(r2.stderr).toBe('kiez compare: --adjust: "bonf": one of holm, BH, none\n');
    const r3 = await kiezHere(['compare', 'classic-schelling', 'classic-schelling', '--window', '9:3']);
    expect(r3.stderr).toMatch(
      /^kiez compare: --window: "9:3": two ticks T1:T2 with 0 <= T1 <= T2 <= 100000\n$/,
    );
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
      /interrupted \(SIGINT\); \d+ of 40 runs finished and kept in .*runs\. To resume, run the same command again: npx kiez sweep /,
    );
    expect(finished()).toBeGreaterThanOrEqual(1);
    expect(finished()).toBeLessThan(40);
    expect(readdirSync(runs).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(join(out, 'results.csv'))).toBe(false);
  });
});
