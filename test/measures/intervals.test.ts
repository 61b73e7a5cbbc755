/**
 * Inference beside the indices: the spread and p-value of the random baseline, permutation and
 * bootstrap intervals, and the summaries they are made of (quantiles as R's type 7).
 */
import { describe, expect, it } from 'vitest';
import { computeMeasures } from '../../sim/measures/compute.ts';
import { ReplicateValues } from '../../sim/measures/replicates.ts';
import { stream } from '../../sim/rng.ts';
import { gridInputs, randomInputs } from './fixtures.ts';
import { selection } from './select.ts';

function randomGrid(seed: number, size: number) {
  const rng = stream(seed, 'test/intervals');
  return gridInputs({
    width: size,
    height: size,
    cells: Array.from({ length: size * size }, () => Math.floor(rng() * 2)),
    sides: [3],
    radii: [1],
  });
}

const segregated = () =>
  randomInputs(3, {
    width: 40,
    height: 40,
    torus: true,
    households: 3000,
    categories: [2],
    sides: [4],
    radii: [2],
    clustered: true,
  });

describe('replicate summaries', () => {
  it("give R's type-7 quantiles, the sample sd and (1 + at least as large) / (1 + n)", () => {
    const r = new ReplicateValues();
    r.reset(10, 2);
    for (let i = 0; i < 10; i++) r.set(i, Float64Array.from([10 - i, i === 3 ? Number.NaN : 1]));
    const out = new Float64Array(2);
    r.quantile(0.25, out);
    // quantile(1:10, 0.25) = 3.25 in R; the second column has nine ones.
    expect([...out]).toEqual([3.25, 1]);
    r.quantile(0.975, out);
    expect(out[0]).toBeCloseTo(9.775, 12);
    r.sd(out);
    expect(out[0]).toBeCloseTo(Math.sqrt(55 / 6), 12);
    expect(out[1]).toBe(0);
    r.pUpper(Float64Array.from([8, 2]), out);
    // 8, 9 and 10 are at least 8: (1 + 3) / 11; nothing reaches 2: 1 / 10.
    expect([...out]).toEqual([4 / 11, 1 / 10]);
    r.mean(out);
    expect(out[0]).toBe(5.5);
    expect(out[1]).toBeNaN();
  });
});

describe('the random baseline with spread and p-value', () => {
  it('gives a spread close to the spread of D over independent random grids, and a p-value near 1/2 for them', () => {
    const ds: number[] = [];
    let pSum = 0;
    let sdSum = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const m = computeMeasures(
        randomGrid(seed, 30),
        selection({ indices: 'D', scales: 'block3', random: true, replicates: 40 }),
        0,
        seed,
      );
      ds.push(m['D.group.block3']!);
      pSum += m['D.group.block3.random.p']!;
      sdSum += m['D.group.block3.random.sd']!;
    }
    const mean = ds.reduce((a, b) => a + b, 0) / ds.length;
    const sd = Math.sqrt(ds.reduce((a, b) => a + (b - mean) ** 2, 0) / (ds.length - 1));
    // A random grid is one draw of random allocation: its p-value is about uniform, its D's spread
    // over grids is what the permutations estimate (both about 0.027 here).
    expect(pSum / 30).toBeGreaterThan(0.35);
    expect(pSum / 30).toBeLessThan(0.65);
    expect(sdSum / 30 / sd).toBeGreaterThan(0.7);
    expect(sdSum / 30 / sd).toBeLessThan(1.4);
  });

  it('gives a segregated pattern the smallest p-value, 1 / (replicates + 1), and leaves the .random mean unchanged', () => {
    const inputs = segregated();
    const withSpread = computeMeasures(
      inputs,
      selection({ indices: 'D,M', random: true, replicates: 9 }),
      4,
      11,
    );
    expect(withSpread['D.d0.block4.random.p']).toBe(0.1);
    expect(withSpread['M.d0.r2.random.p']).toBe(0.1);
    expect(withSpread['D.d0.block4.random.sd']).toBeGreaterThan(0);
    // Intervals come from their own stream: the .random columns stay as they were, to the bit.
    const withBoth = computeMeasures(
      inputs,
      selection({
        indices: 'D,M',
        random: true,
        replicates: 9,
        interval: 'bootstrap',
        intervalReplicates: 5,
      }),
      4,
      11,
    );
    for (const [k, v] of Object.entries(withSpread)) expect(Object.is(withBoth[k], v), k).toBe(true);
  });
});

describe('intervals', () => {
  it('permutation: the observed index of a segregated pattern lies above the random range, a random one inside', () => {
    const sel = selection({
      indices: 'D,H',
      scales: 'block3,r1',
      interval: 'permutation',
      intervalReplicates: 200,
    });
    const random = computeMeasures(randomGrid(5, 30), sel, 0, 5);
    for (const c of ['D.group.block3', 'H.group.r1']) {
      expect(random[`${c}.random.lower`]!).toBeLessThan(random[c]!);
      expect(random[`${c}.random.upper`]!).toBeGreaterThan(random[c]!);
    }
    const seg = computeMeasures(
      segregated(),
      selection({ indices: 'D', interval: 'permutation', intervalReplicates: 50 }),
      0,
      5,
    );
    expect(seg['D.d0.block4']!).toBeGreaterThan(2 * seg['D.d0.block4.random.upper']!);
  });

  it('bootstrap: the interval, centred on the debiased index, holds it and narrows as 1/sqrt(households)', () => {
    const width = (n: number) => {
      const inputs = randomInputs(8, {
        width: 40,
        height: 40,
        torus: true,
        households: n,
        categories: [3],
        sides: [8],
        radii: [],
        clustered: true,
      });
      const m = computeMeasures(
        inputs,
        selection({ indices: 'M', interval: 'bootstrap', intervalReplicates: 100 }),
        0,
        3,
      );
      const [lo, hi, v] = [m['M.d0.block8.lower']!, m['M.d0.block8.upper']!, m['M.d0.block8']!];
      // (2,000: 0.243 < 0.262 < 0.303, skewed up as M is biased upward in small samples;
      // 32,000: 0.252 < 0.258 < 0.266.)
      expect(lo).toBeLessThan(v);
      expect(hi).toBeGreaterThan(v);
      return hi - lo;
    };
    const ratio = width(2_000) / width(32_000);
    expect(ratio).toBeGreaterThan(2.5);
    expect(ratio).toBeLessThan(6.5);
  });

  it('keeps the ends of a debiased interval within the range of the index (H of a random grid is near 0)', () => {
    const m = computeMeasures(
      randomGrid(4, 20),
      selection({ indices: 'D,H,M', interval: 'bootstrap', intervalReplicates: 30 }),
      0,
      4,
    );
    // The bias (upward) exceeds the distance to 0: moved by twice the bias, the end would be below 0.
    expect(m['H.group.r1.bias']! * 2).toBeGreaterThan(m['H.group.r1']! - 0);
    for (const [k, v] of Object.entries(m))
      if (k.endsWith('.lower') || k.endsWith('.upper')) expect(v, k).toBeGreaterThanOrEqual(0);
    expect(m['H.group.r1.lower']).toBe(0);
  });

  it('are the same numbers for the same seed and tick, and other numbers for another tick', () => {
    const sel = selection({ indices: 'D', scales: 'block3', interval: 'bootstrap', intervalReplicates: 10 });
    const a = computeMeasures(randomGrid(2, 20), sel, 6, 1);
    expect(computeMeasures(randomGrid(2, 20), sel, 6, 1)).toEqual(a);
    expect(computeMeasures(randomGrid(2, 20), sel, 7, 1)['D.group.block3.lower']).not.toBe(
      a['D.group.block3.lower'],
    );
  });
});
