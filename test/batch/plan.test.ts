import { describe, expect, it } from 'vitest';
import { jobOf, loadSweepFile, scenarioAt } from '../../cli/batch/plan.ts';
import { UsageError } from '../../cli/errors.ts';
import { deriveSeed } from '../../sim/rng.ts';
import { tempDir } from '../cli/kiez.ts';
import { sweepFile } from './helpers.ts';

describe('the plan of a sweep', () => {
  const dir = tempDir();

  it('a million-point grid over two sections is checked without resolving a million scenarios', () => {
    const file = sweepFile(dir, {
      base: 'classic-schelling',
      vary: { 'classic.size': { from: 3, to: 1002, step: 1 }, ticks: { from: 0, to: 999, step: 1 } },
    });
    const plan = loadSweepFile(file);
    expect(plan.totalRuns).toBe(1_000_000);
    const s = scenarioAt(plan, 1_000_000 - 1);
    expect([s.classic.size, s.ticks]).toEqual([1002, 999]);
    expect(jobOf(plan, 1001)).toMatchObject({
      run: 1001,
      point: 1001,
      replicate: 0,
      seed: deriveSeed(1, 1001),
    });
    expect(jobOf(plan, 1001).scenario.classic.size).toBe(4);
    expect(jobOf(plan, 1001).scenario.ticks).toBe(1);
  });

  it('a cross-field rule is checked at every combination within its section', () => {
    const file = sweepFile(dir, {
      base: 'classic-schelling',
      vary: { 'classic.size': [9, 6], 'classic.radius': [1, 3], ticks: [1, 2] },
    });
    let lines: readonly string[] = [];
    try {
      loadSweepFile(file);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      lines = e.lines;
    }
    expect(lines).toEqual([
      `${file}: vary: where classic.size=6, classic.radius=3: classic.size: 6: at least 7 on a torus with radius 3, so no neighbour is counted twice`,
    ]);
  });

  it('the base path is relative to the sweep file, follows extends, and takes the sweep ticks', () => {
    sweepFile(dir, { extends: 'classic-threshold-30', ticks: 500 }, 'my-base.json');
    const plan = loadSweepFile(sweepFile(dir, { base: 'my-base.json', ticks: 7 }));
    expect(plan.base.ticks).toBe(7);
    expect(plan.base.classic.size).toBe(60);
    expect(plan.base.classic.threshold).toEqual([0.3]);
  });
});
