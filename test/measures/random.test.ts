/** The random baseline and the behaviour of the indices on random patterns. */
import { describe, expect, it } from 'vitest';
import { computeMeasures, MeasuresContext } from '../../sim/measures/compute.ts';
import { stream } from '../../sim/rng.ts';
import { gridInputs, randomInputs } from './fixtures.ts';
import { selection } from './select.ts';

/** A fully occupied torus grid with categories drawn at random (equal shares). */
function randomGrid(seed: number, size: number, k: number, sides: number[], radii: number[] = []) {
  const rng = stream(seed, 'test/random-grid');
  return gridInputs({
    width: size,
    height: size,
    cells: Array.from({ length: size * size }, () => Math.floor(rng() * k)),
    labels: Array.from({ length: k }, (_, i) => `g${i + 1}`),
    sides,
    radii,
  });
}

describe('random allocation', () => {
  it("Moran's I of a random pattern averages -1/(n-1) over seeds (100 units, 200 seeds)", () => {
    let sum = 0;
    const seeds = 200;
    for (let seed = 1; seed <= seeds; seed++) {
      sum += computeMeasures(randomGrid(seed, 30, 2, [3]), selection({ indices: 'moran' }))[
        'moran.group=g1.block3'
      ]!;
    }
    const mean = sum / seeds;
    // Standard error of the mean is about 0.1 / sqrt(200) = 0.007.
    expect(Math.abs(mean - -1 / 99)).toBeLessThan(0.02);
    // And clearly away from the clustered value it would take if the pattern were segregated.
    expect(Math.abs(mean)).toBeLessThan(0.03);
  });

  it('D on 3 x 3 blocks of a random two-group grid is about 0.27 (mean over 20 seeds)', () => {
    let sum = 0;
    for (let seed = 1; seed <= 20; seed++) {
      sum += computeMeasures(randomGrid(seed, 60, 2, [3]), selection({ indices: 'D' }))['D.group.block3']!;
    }
    // E|Bin(9, 1/2)/9 - 1/2| / (1/2) = 0.2734 for full blocks of 9.
    expect(sum / 20).toBeCloseTo(0.273, 1);
    expect(Math.abs(sum / 20 - 0.2734)).toBeLessThan(0.01);
  });

  it('the .random columns estimate that noise level for the same households and places', () => {
    const inputs = randomGrid(7, 60, 2, [3, 10], [1]);
    const m = computeMeasures(inputs, selection({ indices: 'D,H', random: true, replicates: 20 }), 0, 7);
    expect(Math.abs(m['D.group.block3.random']! - 0.2734)).toBeLessThan(0.01);
    // Larger units, less noise: the scale effect of a random pattern.
    expect(m['D.group.block10.random']!).toBeLessThan(m['D.group.block3.random']! / 2);
    // A random pattern sits at its own baseline.
    expect(Math.abs(m['D.group.block3']! - m['D.group.block3.random']!)).toBeLessThan(0.02);
    expect(Math.abs(m['D.group.r1']! - m['D.group.r1.random']!)).toBeLessThan(0.02);
  });

  it('a segregated pattern stands far above its random baseline', () => {
    const inputs = randomInputs(3, {
      width: 40,
      height: 40,
      torus: true,
      households: 1400,
      categories: [3],
      sides: [4],
      radii: [2],
      clustered: true,
    });
    const m = computeMeasures(inputs, selection({ indices: 'D', random: true }), 0, 3);
    expect(m['D.d0.block4']!).toBeGreaterThan(m['D.d0.block4.random']! + 0.2);
    expect(m['D.d0.r2']!).toBeGreaterThan(m['D.d0.r2.random']! + 0.2);
  });

  it('the baseline is pinned by seed and tick, and does not depend on what was measured before', () => {
    const inputs = randomGrid(5, 20, 3, [4], [1]);
    const sel = selection({ indices: 'D,H', random: true, replicates: 3 });
    const fresh = new MeasuresContext(sel, 11).compute(inputs, 4);
    const used = new MeasuresContext(sel, 11);
    used.compute(inputs, 1);
    used.compute(inputs, 2);
    expect(used.compute(inputs, 4)).toEqual(fresh);
    expect(new MeasuresContext(sel, 12).compute(inputs, 4)['D.group.block4.random']).not.toBe(
      fresh['D.group.block4.random'],
    );
    expect(fresh['D.group.block4.random']).toMatchInlineSnapshot(`0.20106198240895723`);
  });
});
