import { describe, expect, it } from 'vitest';
import {
  axisGroups,
  pointValues,
  runCount,
  runPosition,
  runSeed,
  shardRuns,
  withValues,
} from '../../sim/batch/grid.ts';
import { validateSweep } from '../../sim/batch/sweep.ts';
import { formatProblem } from '../../sim/params/validate.ts';
import { deriveSeed } from '../../sim/rng.ts';

const valid = (doc: Record<string, unknown>) => {
  const r = validateSweep({ base: 'classic-schelling', ...doc });
  expect(r.problems.map(formatProblem)).toEqual([]);
  return r.sweep;
};

describe('the grid, the seeds and the shards', () => {
  const sweep = valid({
    seed: 9,
    replicates: 2,
    vary: { 'classic.threshold': [0.3, 0.5, 0.7], 'classic.move': ['random', 'nearest'] },
  });

  it('the last parameter varies fastest, and run r is replicate r % replicates of point r / replicates', () => {
    expect(Array.from({ length: 6 }, (_, p) => pointValues(sweep.vary, p))).toEqual([
      [0.3, 'random'],
      [0.3, 'nearest'],
      [0.5, 'random'],
      [0.5, 'nearest'],
      [0.7, 'random'],
      [0.7, 'nearest'],
    ]);
    expect(runCount(sweep)).toBe(12);
    expect(runPosition(sweep, 7)).toEqual({ point: 3, replicate: 1 });
  });

  it('each run seed derives from the sweep seed and the run index; per-replicate seeds repeat across points', () => {
    expect(runSeed(sweep, 7)).toBe(deriveSeed(9, 7));
    const common = { ...sweep, seeds: 'per-replicate' as const };
    expect(runSeed(common, 7)).toBe(deriveSeed(9, 1));
    expect(runSeed(common, 1)).toBe(runSeed(common, 7));
    expect(deriveSeed(9, 0)).toBe(deriveSeed(9, 0));
    expect(new Set(Array.from({ length: 12 }, (_, r) => runSeed(sweep, r))).size).toBe(12);
  });

  it('shards take every n-th run and together cover each run exactly once', () => {
    expect(shardRuns(10, 1, 3)).toEqual([0, 3, 6, 9]);
    expect(shardRuns(10, 3, 3)).toEqual([2, 5, 8]);
    expect(shardRuns(2, 4, 4)).toEqual([]);
    const all = [1, 2, 3, 4].flatMap((i) => shardRuns(13, i, 4)).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 13 }, (_, r) => r));
  });

  it('axes are checked together per section; rules across sections or a varied mode put every axis in one group', () => {
    const axes = [
      { path: 'classic.size', values: [10] },
      { path: 'ticks', values: [5] },
      { path: 'classic.radius', values: [1] },
    ];
    expect(axisGroups(axes, false).map((g) => g.map((a) => a.path))).toEqual([
      ['classic.size', 'classic.radius'],
      ['ticks'],
    ]);
    expect(axisGroups(axes, true)).toEqual([axes]);
    const withMode = [...axes, { path: 'mode', values: ['classic'] }];
    expect(axisGroups(withMode, false)).toEqual([withMode]);
    expect(axisGroups([], false)).toEqual([]);
  });

  it('values are set at their dotted path in a copy of the document', () => {
    const doc = { mode: 'classic', classic: { size: 20, threshold: [0.375] } };
    const out = withValues(doc, sweep.vary, [0.5, 'nearest']);
    expect(out).toEqual({ mode: 'classic', classic: { size: 20, threshold: 0.5, move: 'nearest' } });
    expect(doc.classic).toEqual({ size: 20, threshold: [0.375] });
  });
});
