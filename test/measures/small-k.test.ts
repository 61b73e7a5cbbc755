/**
 * The kernels for two to four categories add the terms of each sum's definition, written out here
 * row by row, in the same order: the sums must agree to the last bit. The kernels against the
 * general loop of row-sums.ts itself (both called on the same rows) are in row-sums.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  addDeviations,
  addEntropyShortfall,
  addExposures,
  addPairDeviations,
} from '../../sim/measures/small-k.ts';
import { stream } from '../../sim/rng.ts';

/** Random rows: counts of households (pop) and of their environment (env, at least pop). */
function rows(k: number, n: number, seed: number) {
  const rng = stream(seed, 'test/small-k');
  const pop = new Int32Array(n * k);
  const env = new Int32Array(n * k);
  const popTotal = new Int32Array(n);
  const envTotal = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    for (let m = 0; m < k; m++) {
      const p = rng() < 0.5 ? 0 : Math.floor(rng() * 4);
      const e = p + (rng() < 0.2 ? 0 : Math.floor(rng() * 30));
      pop[r * k + m] = p;
      env[r * k + m] = e;
      popTotal[r]! += p;
      envTotal[r]! += e;
    }
    if (popTotal[r] === 0) {
      pop[r * k] = 1;
      env[r * k]!++;
      popTotal[r] = 1;
      envTotal[r]!++;
    }
  }
  const occupied = Int32Array.from({ length: n }, (_, i) => i);
  const share = Float64Array.from({ length: k * k }, () => rng());
  return { pop, env, popTotal, envTotal, occupied, share };
}

const xLogX = Float64Array.from({ length: 200 }, (_, x) => (x > 0 ? x * Math.log(x) : 0));
const ln = Float64Array.from({ length: 200 }, (_, x) => (x > 0 ? Math.log(x) : 0));

describe('kernels for two to four categories', () => {
  for (const k of [2, 3, 4]) {
    it(`give the general loop's sums to the last bit with ${k} categories, slice after slice`, () => {
      const n = 700;
      const d = rows(k, n, k);
      const exposure = new Float64Array(k * k);
      const pairs = new Float64Array(k * k);
      const groups = new Float64Array(k);
      const acc = new Float64Array(2);
      for (let from = 0; from < n; from += 256) {
        const to = Math.min(n, from + 256);
        expect(addExposures(k, d.pop, d.env, d.envTotal, d.occupied, from, to, exposure)).toBe(true);
        expect(addPairDeviations(k, d.pop, d.env, d.occupied, from, to, d.share, pairs)).toBe(true);
        expect(
          addDeviations(k, d.popTotal, d.env, d.envTotal, d.occupied, from, to, d.share, groups, acc),
        ).toBe(true);
        expect(
          addEntropyShortfall(k, d.popTotal, d.env, d.envTotal, d.occupied, from, to, 1.2, xLogX, ln, acc),
        ).toBe(true);
      }
      // The general loop, row by row, as in row-sums.ts.
      const eExposure = new Float64Array(k * k);
      const ePairs = new Float64Array(k * k);
      const eGroups = new Float64Array(k);
      let deviation = 0;
      let shortfall = 0;
      for (let r = 0; r < n; r++) {
        const o = r * k;
        const t = d.popTotal[r]!;
        const e = d.envTotal[r]!;
        const inv = 1 / e;
        let dev = 0;
        let s = 0;
        for (let m = 0; m < k; m++) {
          const a = Math.abs(d.env[o + m]! * inv - d.share[m]!);
          dev += a;
          eGroups[m]! += t * a;
          s += xLogX[d.env[o + m]!]!;
        }
        deviation += t * dev;
        shortfall += t * (1.2 - (ln[e]! - s / e));
        for (let a = 0; a < k; a++) {
          const x = d.pop[o + a]! * inv;
          if (x !== 0) for (let b = 0; b < k; b++) eExposure[a * k + b]! += x * d.env[o + b]!;
          for (let b = a + 1; b < k; b++) {
            const tt = d.pop[o + a]! + d.pop[o + b]!;
            if (tt === 0) continue;
            const ea = d.env[o + a]!;
            ePairs[a * k + b]! += tt * Math.abs(ea / (ea + d.env[o + b]!) - d.share[a * k + b]!);
          }
        }
      }
      expect([...exposure]).toEqual([...eExposure]);
      expect([...pairs]).toEqual([...ePairs]);
      expect([...groups]).toEqual([...eGroups]);
      expect([acc[0], acc[1]]).toEqual([deviation, shortfall]);
      expect(deviation).toBeGreaterThan(0);
    });
  }

  it('leave other numbers of categories to the general loop', () => {
    const d = rows(5, 10, 9);
    expect(addExposures(5, d.pop, d.env, d.envTotal, d.occupied, 0, 10, new Float64Array(25))).toBe(false);
    expect(addPairDeviations(5, d.pop, d.env, d.occupied, 0, 10, d.share, new Float64Array(25))).toBe(false);
  });
});
