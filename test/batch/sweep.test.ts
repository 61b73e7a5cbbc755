import { describe, expect, it } from 'vitest';
import { pointCount, runCount } from '../../sim/batch/grid.ts';
import { parameterPathProblem, validateSweep } from '../../sim/batch/sweep.ts';
import { formatProblem } from '../../sim/params/validate.ts';

const valid = (doc: Record<string, unknown>) => {
  const r = validateSweep({ base: 'classic-schelling', ...doc });
  expect(r.problems.map(formatProblem)).toEqual([]);
  return r.sweep;
};

describe('the sweep document', () => {
  it('fills in defaults: one replicate, seed 1, per-run seeds, every tick recorded, nothing varied', () => {
    const s = valid({});
    expect(s).toMatchObject({ seed: 1, seeds: 'per-run', replicates: 1, ticks: 0, vary: [] });
    expect(s.record).toEqual({ every: 1, at: [], columns: '*', households: { sample: 0, every: 0 } });
    expect(s.design).toEqual({ method: 'grid', samples: 0, levels: 4 });
    expect(runCount(s)).toBe(1);
  });

  it('a range includes its end and gives the values the user wrote, not 0.30000000000000004', () => {
    const s = valid({ vary: { 'classic.threshold': { from: 0.1, to: 0.5, step: 0.1 } } });
    expect(s.vary[0]!.values).toEqual([0.1, 0.2, 0.3, 0.4, 0.5]);
    const down = valid({ vary: { 'classic.size': { from: 50, to: 20, step: -15 } } });
    expect(down.vary[0]!.values).toEqual([50, 35, 20]);
  });

  it('lists may hold numbers, text, true/false and lists of numbers', () => {
    const s = valid({
      vary: {
        'classic.move': ['random', 'nearest'],
        'classic.torus': [true, false],
        'classic.shares': [[0.5, 0.5]],
      },
    });
    expect(s.vary.map((a) => a.values.length)).toEqual([2, 2, 1]);
    expect(pointCount(s.vary)).toBe(4);
  });

  it('reports every problem at once: unknown key, bad replicates, unknown parameter, empty list, empty range, zero step', () => {
    const r = validateSweep({
      base: 'classic-schelling',
      colour: 'red',
      replicates: 0,
      vary: {
        'classic.thresh': [0.3],
        'classic.size': [],
        'classic.vacancy': { from: 0.5, to: 0.1, step: 0.1 },
        'classic.radius': { from: 1, to: 3, step: 0 },
      },
    });
    expect(r.problems.map(formatProblem)).toEqual([
      'colour: "red": no such key; known keys: name, description, base, seed, seeds, replicates, ticks, record, design, vary',
      'replicates: 0: a whole number from 1 to 100000 (runs)',
      'vary.classic.thresh: [0.3]: no such parameter (did you mean "classic.threshold"?)',
      'vary.classic.size: []: a list of 1 to 10000 values',
      'vary.classic.vacancy: {"from":0.5,"to":0.1,"step":0.1}: a range that yields at least one run: from 0.5, steps of 0.1 never reach 0.1',
      'vary.classic.radius.step: 0: a number other than 0',
    ]);
  });

  it('requires a base scenario and refuses a grid of more than a million runs', () => {
    expect(validateSweep({}).problems.map((p) => p.path)).toEqual(['base']);
    const big = validateSweep({
      base: 'x',
      replicates: 1000,
      vary: { 'classic.size': { from: 3, to: 2002, step: 1 } },
    });
    expect(big.problems.map(formatProblem)).toEqual([
      'vary: "2000000 runs": at most 1000000 runs (points x replicates); split the sweep',
    ]);
  });

  it('a path must name one parameter: not a section, not the seed, not an unknown key', () => {
    expect(parameterPathProblem('classic.threshold')).toBeUndefined();
    expect(parameterPathProblem('ticks')).toBeUndefined();
    expect(parameterPathProblem('classic')).toMatch(/^a section, not a parameter/);
    expect(parameterPathProblem('seed')).toMatch(/each run seed derives from the sweep seed/);
    expect(parameterPathProblem('classic.size.x')).toBe('no such parameter (did you mean "classic.size"?)');
    expect(parameterPathProblem('city.dwelings')).toBe('no such parameter (did you mean "city.dwellings"?)');
    expect(parameterPathProblem('zzz.qqq')).toBe('no such parameter; kiez params lists them');
    expect(parameterPathProblem('policies.cap')).toBe('policies is a list: name an item, e.g. policies[0]');
  });
});
