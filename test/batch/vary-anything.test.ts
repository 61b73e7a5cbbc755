// Varying anything a scenario holds: list items by index or name, a lever switched on and off,
// whole scenarios as an axis (with a scenario column), all checked before any run.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSweepFile, scenarioAt } from '../../cli/batch/plan.ts';
import { withValues } from '../../sim/batch/grid.ts';
import { locate } from '../../sim/batch/paths.ts';
import { loadScenario, scenarioForOutput } from '../../sim/scenario/resolve.ts';
import { kiez } from '../cli/kiez.ts';
import { kiezHere, sweepFile } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'kiez-vary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cityDoc = scenarioForOutput(
  loadScenario({
    mode: 'city',
    policies: [
      { type: 'socialHousing', placement: 'dispersed' },
      { type: 'cap', cap: 0.35, unit: 'quarter' },
    ],
  }),
);

describe('paths into lists', () => {
  it('set a lever by index and by type, and a group by name', () => {
    const out = withValues(
      cityDoc,
      [
        { path: 'policies[1].cap', values: [] },
        { path: 'policies[cap].unit', values: [] },
        { path: 'households.groups[refugee].arrivals', values: [] },
      ],
      [0.2, 'building', 1.5],
    );
    const policies = out['policies'] as Record<string, unknown>[];
    expect(policies[1]).toMatchObject({ type: 'cap', cap: 0.2, unit: 'building' });
    const groups = (out['households'] as { groups: { name: string; arrivals: number }[] }).groups;
    expect(groups.find((g) => g.name === 'refugee')!.arrivals).toBe(1.5);
    // The base is not touched.
    expect((cityDoc['policies'] as Record<string, unknown>[])[1]!['cap']).toBe(0.35);
  });

  it('switch a lever off by leaving it out, the other levers kept', () => {
    const axes = [{ path: 'policies[cap].on', values: [] }];
    expect((withValues(cityDoc, axes, [false])['policies'] as { type: string }[]).map((p) => p.type)).toEqual(
      ['socialHousing'],
    );
    expect((withValues(cityDoc, axes, [true])['policies'] as unknown[]).length).toBe(2);
  });

  it('say in one line why a path names no parameter, with the nearest one', () => {
    const problem = (p: string) => {
      const r = locate(p, cityDoc);
      return 'problem' in r ? r.problem : r.kind;
    };
    expect(problem('policies[1].cpa')).toBe('no such parameter (did you mean "policies[1].cap"?)');
    expect(problem('policies[5].cap')).toBe('policies has 2 items in the base (indices from 0)');
    expect(problem('policies[asylum].start')).toBe(
      'policies has no item with type "asylum" (items: socialHousing, cap)',
    );
    expect(problem('households.groups[refugees].arrivals')).toBe(
      'households.groups has no item with name "refugees" (did you mean "refugee"?)',
    );
    expect(problem('policies[0]')).toMatch(/^an item of a list, not a parameter/);
    expect(problem('policies[0].on')).toBe('switch');
    expect(problem('households.groups[0].share')).toBe('value');
  });
});

describe('a sweep over cap level x cap on/off x two base scenarios', () => {
  const file = join(ROOT, 'scenarios', 'sweeps', 'cap-study.json');

  it('plans 24 runs whose scenarios carry the base, the level and the switch of their point', () => {
    const plan = loadSweepFile(file);
    expect(plan.totalRuns).toBe(24);
    const at = (p: number) =>
      scenarioAt(plan, p).policies.map((x) => `${x.type}${'cap' in x ? `:${x.cap}` : ''}`);
    expect(at(0)).toEqual(['cap:0.25']);
    expect(at(1)).toEqual([]);
    expect(at(4)).toEqual(['cap:0.5']);
    expect(at(6)).toEqual(['socialHousing', 'cap:0.25']);
    expect(at(7)).toEqual(['socialHousing']);
  });

  it('runs, and its table names the base scenario of every row', () => {
    const out = join(dir, 'cap-study');
    const r = kiez(['sweep', file, '--out', out, '--jobs', '2']);
    expect(r.code, r.stderr).toBe(0);
    const lines = readFileSync(join(out, 'results.csv'), 'utf8').trim().split('\n');
    expect(
      lines[0]!.startsWith('run,point,replicate,seed,scenario,policies[cap].cap,policies[cap].on,tick,'),
    ).toBe(true);
    expect(lines).toHaveLength(1 + 24 * 5);
    const firstAtEnd = lines
      .filter((l) => l.split(',')[7] === '24')
      .map((l) => l.split(',').slice(4, 7).join(' '));
    expect(firstAtEnd.slice(0, 4)).toEqual([
      'bases/seminar-cap-quarter.json 0.25 true',
      'bases/seminar-cap-quarter.json 0.25 true',
      'bases/seminar-cap-quarter.json 0.25 false',
      'bases/seminar-cap-quarter.json 0.25 false',
    ]);
    expect(firstAtEnd.at(-1)).toBe('bases/seminar-cap-social.json 0.5 false');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.bases)).toEqual([
      'bases/seminar-cap-quarter.json',
      'bases/seminar-cap-social.json',
    ]);
  }, 120_000);
});

describe('bad input of such a sweep: one line, exit 2, before any run', () => {
  const base = { seed: 1, ticks: 2, vary: {} as Record<string, unknown> };

  it('a path naming no parameter suggests the nearest', async () => {
    const f = sweepFile(
      dir,
      { ...base, base: 'classic-schelling', vary: { 'classic.treshold': [0.3] } },
      'a.json',
    );
    const r = await kiezHere(['sweep', f, '--out', join(dir, 'a')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      `kiez sweep: ${f}: vary.classic.treshold: [0.3]: no such parameter (did you mean "classic.threshold"?)`,
    ]);
  });

  it('a scenario axis naming a missing file', async () => {
    const f = sweepFile(
      dir,
      { ...base, vary: { scenario: ['classic-schelling', 'nothere.json'] } },
      'b.json',
    );
    const r = await kiezHere(['sweep', f, '--out', join(dir, 'b')]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/vary\.scenario \(nothere\.json\).*nothere\.json/);
  });

  it('a list index past the end, in the base that lacks it', async () => {
    const f = sweepFile(
      dir,
      { ...base, base: 'classic-schelling', vary: { 'policies[0].cap': [0.3] } },
      'c.json',
    );
    const r = await kiezHere(['sweep', f, '--out', join(dir, 'c')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      `kiez sweep: ${f}: vary.policies[0].cap: policies has 0 items in the base (indices from 0)`,
    ]);
  });
});
