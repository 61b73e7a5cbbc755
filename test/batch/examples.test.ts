import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobOf, loadSweepFile } from '../../cli/batch/plan.ts';
import { runJob } from '../../sim/batch/run.ts';
import { sweepReference } from '../../sim/batch/sweep.ts';
import { deriveSeed } from '../../sim/rng.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SWEEPS = join(ROOT, 'scenarios', 'sweeps');

describe('the example sweeps', () => {
  it.each(readdirSync(SWEEPS).filter((f) => f.endsWith('.json')))(
    '%s is valid and its first run steps',
    (f) => {
      const plan = loadSweepFile(join(SWEEPS, f));
      expect(plan.totalRuns).toBeGreaterThan(1);
      const job = jobOf(plan, 0);
      const r = runJob({ ...job, scenario: { ...job.scenario, ticks: 2 } });
      expect(r.rows.map((row) => row[0])).toEqual([0, 2]);
      expect(r.metrics.length).toBeGreaterThan(3);
    },
  );
});

describe('docs/researchers.md and examples/library.ts', () => {
  it('the docs show the sweep file reference exactly as generated from its declaration', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'researchers.md'), 'utf8');
    expect(doc).toContain(sweepReference());
  });

  it('the library example runs: restore continues identically, replicates are seeded by deriveSeed', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'examples/library.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/snapshot and restore: identical state/);
    expect(r.stderr).toMatch(/indices at tick 3: \d+ columns/);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('replicate,seed,ticks,similarShare,D.group.block10');
    expect(lines.slice(1).map((l) => Number(l.split(',')[1]))).toEqual(
      [0, 1, 2, 3, 4].map((i) => deriveSeed(2026, i)),
    );
    for (const l of lines.slice(1)) expect(Number(l.split(',')[3])).toBeGreaterThan(0.6);
  });
});
