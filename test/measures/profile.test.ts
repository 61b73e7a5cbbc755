/**
 * The multiscale profile: environment sizes checkable by hand, the index values of the same
 * columns, ordering by size, and `kiez profile` as a user runs it.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeMeasures } from '../../sim/measures/compute.ts';
import { environmentSizes, multiscaleProfile, profileProblems } from '../../sim/measures/profile.ts';
import { kiez } from '../cli/kiez.ts';
import { gridInputs, randomInputs } from './fixtures.ts';
import { selection } from './select.ts';

describe('the multiscale profile', () => {
  it('sizes environments by the households the average household has around it', () => {
    // A full 4 x 4 torus, one household a cell: blocks of 2 hold 4, a radius-1 box 9, radius 2 all 16.
    const full = gridInputs({
      width: 4,
      height: 4,
      cells: new Array(16).fill(0).map((_, i) => i % 2),
      sides: [2, 4],
    });
    expect(environmentSizes(full, [1, 2])).toEqual([4, 16, 9, 16]);
  });

  it('gives the index of every scale in order of size, with its random twins when asked', () => {
    const inputs = randomInputs(2, {
      width: 30,
      height: 30,
      torus: true,
      households: 1500,
      categories: [3],
      sides: [3, 10],
      radii: [],
      clustered: true,
    });
    const base = selection({ random: true, replicates: 3 });
    const rows = multiscaleProfile(inputs, { column: 'H.d0', maxRadius: 6 }, base, 2, 9);
    expect(rows.map((r) => r.scale)).toEqual(['block3', 'r1', 'r2', 'r3', 'r4', 'block10', 'r5', 'r6']);
    const m = computeMeasures(
      inputs,
      { ...base, indices: 'H', scales: 'block3,block10,r1,r2,r3,r4,r5,r6' },
      2,
      9,
    );
    for (const r of rows) {
      expect(r.values['']).toBe(m[`H.d0.${r.scale}`]);
      expect(r.values['.random']).toBe(m[`H.d0.${r.scale}.random`]);
      expect(r.values['.random.sd']).toBe(m[`H.d0.${r.scale}.random.sd`]);
    }
    for (let i = 1; i < rows.length; i++)
      expect(rows[i]!.households).toBeGreaterThanOrEqual(rows[i - 1]!.households);
    // A category's index works the same way.
    const iso = multiscaleProfile(inputs, { column: 'isolation.d0=c2', maxRadius: 2 }, selection(), 0, 0);
    expect(iso.find((r) => r.scale === 'r2')!.values['']).toBe(
      computeMeasures(inputs, selection({ indices: 'isolation', scales: 'r2' }))['isolation.d0=c2.r2'],
    );
  });

  it('names an unknown index or dimension and a radius out of range', () => {
    const inputs = gridInputs({ width: 4, height: 4, cells: new Array(16).fill(0), sides: [2] });
    expect(profileProblems(inputs, { column: 'G.group', maxRadius: 0 })).toEqual([
      'radius 0: a whole number from 1 to 50',
      '"G.group": an index among D, H, M, isolation, exposure, moran first',
    ]);
    expect(profileProblems(inputs, { column: 'H.origin', maxRadius: 3 })).toEqual([
      '"H.origin": a dimension among group after the index',
    ]);
  });

  it('kiez profile writes the table of a run, one line per scale', () => {
    const r = kiez([
      'profile',
      resolve(import.meta.dirname, '../../scenarios/classic-schelling.json'),
      '--ticks',
      '2',
      '--column',
      'D.group',
      '--radius',
      '3',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('scale,kind,households,value');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([
      'block3',
      'r1',
      'block5',
      'r2',
      'r3',
      'block10',
      'block25',
    ]);
    const bad = kiez(['profile', 'classic-schelling', '--column', 'D.origin']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('kiez profile: --column: "D.origin": a dimension among group after the index\n');
  });
});
