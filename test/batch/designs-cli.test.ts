// Sampled designs through the CLI: a Sobol' sweep runs reproducibly and kiez sensitivity reads it;
// bad designs and bad sensitivity requests are one line each, exit 2, before anything runs.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSweepFile, scenarioAt } from '../../cli/batch/plan.ts';
import { kiez } from '../cli/kiez.ts';
import { kiezHere, sweepFile } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'kiez-designs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SOBOL = {
  base: 'classic-schelling',
  seed: 3,
  seeds: 'per-replicate',
  ticks: 6,
  record: { every: 3 },
  design: { method: 'sobol', samples: 8 },
  vary: {
    'classic.threshold': { from: 0.2, to: 0.7 },
    'classic.vacancy': { from: 0.05, to: 0.3 },
    'classic.size': { from: 16, to: 24 },
  },
};

describe('a sampled design', () => {
  it('gives Saltelli N (k + 2) points inside the ranges, whole numbers where the parameter is, the same on every load', () => {
    const f = sweepFile(dir, SOBOL, 'sobol.json');
    const plan = loadSweepFile(f);
    expect(plan.totalRuns).toBe(8 * 5);
    const first = Array.from({ length: 5 }, (_, p) => scenarioAt(plan, p).classic);
    // A_0, then A_0 with column i of B_0, then B_0: each A_B^i differs from A in parameter i only.
    expect(first[1]!.threshold).toEqual(first[4]!.threshold);
    expect(first[1]!.vacancy).toBe(first[0]!.vacancy);
    expect(first[2]!.vacancy).toBe(first[4]!.vacancy);
    expect(first[3]!.size).toBe(first[4]!.size);
    for (let p = 0; p < plan.totalRuns; p++) {
      const c = scenarioAt(plan, p).classic;
      expect(c.threshold[0]).toBeGreaterThanOrEqual(0.2);
      expect(c.threshold[0]).toBeLessThanOrEqual(0.7);
      expect(Number.isInteger(c.size)).toBe(true);
    }
    expect(scenarioAt(loadSweepFile(f), 17)).toEqual(scenarioAt(plan, 17));
  });

  it('runs, and kiez sensitivity prints S1 and ST with intervals for a measure at a tick', () => {
    const out = join(dir, 'sobol-out');
    const r = kiez(['sweep', join(dir, 'sobol.json'), '--out', out, '--jobs', '2']);
    expect(r.code, r.stderr).toBe(0);
    const header = readFileSync(join(out, 'results.csv'), 'utf8').split('\n')[0]!;
    expect(
      header.startsWith('run,point,replicate,seed,classic.threshold,classic.vacancy,classic.size,tick,'),
    ).toBe(true);
    const s = kiez([
      'sensitivity',
      out,
      '--measure',
      'similarShare',
      '--tick',
      '6',
      '--csv',
      join(dir, 's.csv'),
    ]);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stdout).toMatch(/^Sobol' indices of similarShare at tick 6: N = 8, 40 points/);
    expect(s.stdout).toMatch(/classic\.threshold\s+-?\d\.\d{4}\s+\[/);
    const rows = readFileSync(join(dir, 's.csv'), 'utf8').trim().split('\n');
    expect(rows[0]).toBe('parameter,S1,S1_low,S1_high,ST,ST_low,ST_high');
    expect(rows.map((l) => l.split(',')[0])).toEqual([
      'parameter',
      'classic.threshold',
      'classic.vacancy',
      'classic.size',
    ]);
    // The same request gives the same numbers (the bootstrap is seeded).
    expect(kiez(['sensitivity', out, '--measure', 'similarShare', '--tick', '6']).stdout).toBe(s.stdout);
  }, 120_000);

  it('refuses sensitivity requests the sweep cannot answer: one line, exit 2', async () => {
    const out = join(dir, 'sobol-out');
    const line = async (args: string[]) => {
      const r = await kiezHere(['sensitivity', ...args]);
      expect(r.code).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      return lines[0];
    };
    expect(await line([out, '--measure', 'similarShar'])).toBe(
      'kiez sensitivity: --measure: "similarShare" not recorded'.replace(
        '"similarShare" not recorded',
        '"similarShar": not recorded by this sweep (did you mean "similarShare"?)',
      ),
    );
    expect(await line([out, '--measure', 'similarShare', '--tick', '4'])).toBe(
      'kiez sensitivity: --tick: 4: not recorded by this sweep; recorded ticks: 0, 3, 6',
    );
    expect(await line([join(dir, 'nothing'), '--measure', 'moves'])).toMatch(
      /not a finished sweep \(no manifest\.json\)/,
    );
  });
});

describe('bad designs: one line, exit 2, before any run', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    [
      'an empty range',
      { vary: { ...SOBOL.vary, 'classic.vacancy': { from: 0.3, to: 0.3 } } },
      'vary.classic.vacancy: {"from":0.3,"to":0.3}: a range that is not empty: from below to (from 0.3, to 0.3)',
    ],
    [
      'a Sobol sample size that is not a power of 2',
      { design: { method: 'sobol', samples: 12 } },
      "design.samples: 12: a power of 2 (at least 2) for Sobol' samples, e.g. 64, 128, 256: the sequence is balanced only there",
    ],
    [
      'Morris with an odd number of levels',
      { design: { method: 'morris', samples: 4, levels: 3 } },
      'design.levels: 3: an even number of levels, at least 2 (e.g. 4)',
    ],
    [
      'a Latin hypercube of one point',
      { design: { method: 'lhs', samples: 1 } },
      'design.samples: 1: at least 2 points for a Latin hypercube',
    ],
    [
      'a list where a range is needed',
      { vary: { 'classic.threshold': [0.3, 0.5] } },
      'vary.classic.threshold: [0.3,0.5]: a range {"from": A, "to": B} that the design samples within',
    ],
    [
      'a range over a parameter that is not a number',
      { vary: { 'classic.move': { from: 0, to: 1 } } },
      'vary.classic.move: a choice parameter; a sampled design varies numbers only',
    ],
  ];
  it.each(cases)('%s', async (_name, change, message) => {
    const f = sweepFile(dir, { ...SOBOL, ...change }, 'bad.json');
    const out = join(dir, 'bad-out');
    const r = await kiezHere(['sweep', f, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([`kiez sweep: ${f}: ${message}`]);
    expect(existsSync(out)).toBe(false);
  });
});
