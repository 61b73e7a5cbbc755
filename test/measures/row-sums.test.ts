/**
 * The general row-sum loop of row-sums.ts (used for 1 and 5+ categories) against the kernels of
 * small-k.ts (2 to 4) by calling both on the same rows, and against the reference implementation
 * for the category counts only the general loop serves. A perturbed general loop fails here.
 */
import { describe, expect, it } from 'vitest';
import { BoxCounts } from '../../sim/measures/boxsum.ts';
import { Composition } from '../../sim/measures/composition.ts';
import {
  DEVIATION,
  ENTROPY,
  EXPOSURES,
  GROUP_DEVIATIONS,
  PAIRS,
  RowSums,
  SLICE,
} from '../../sim/measures/row-sums.ts';
import { randomInputs } from './fixtures.ts';
import * as ref from './reference.ts';

const ALL = DEVIATION | ENTROPY | EXPOSURES | GROUP_DEVIATIONS | PAIRS;

/** Every sum of a RowSums as plain numbers (k x k blocks and k vectors only). */
function snapshot(s: RowSums, k: number) {
  return {
    deviation: s.deviation,
    entropyShortfall: s.entropyShortfall,
    groupDeviation: [...s.groupDeviation.subarray(0, k)],
    exposure: [...s.exposure.subarray(0, k * k)],
    pairDeviation: [...s.pairDeviation.subarray(0, k * k)],
  };
}

/** Households by block (containers) and by raster cell with a radius-2 box environment. */
function compositions(k: number, seed: number) {
  const inputs = randomInputs(seed, {
    width: 40,
    height: 30,
    torus: seed % 2 === 0,
    households: 2500,
    categories: [k],
    sides: [3],
    radii: [2],
    clustered: true,
  });
  const category = inputs.dimensions[0]!.category;
  const cells = new Composition();
  cells.reset(inputs.width * inputs.height, k);
  cells.count(inputs.cellOf, category, inputs.households);
  const blocks = new Composition();
  blocks.aggregate(cells, inputs.scales[0]!.unitOfCell, inputs.scales[0]!.units);
  const box = new BoxCounts();
  box.build(cells.pop, inputs.width, inputs.height, k);
  const env = cells.separateEnv();
  box.fill(env, cells.envTotal, cells.occupied, 0, cells.occupiedCount, 2, inputs.torus);
  cells.envChanged();
  return { inputs, blocks, cells };
}

/** The sums with the kernels (as a run computes them) and with the general loop alone, slice by slice. */
function both(c: Composition) {
  const fast = snapshot(new RowSums(true).of(c, ALL), c.categories);
  const general = new RowSums(false);
  expect(general.begin(c, ALL)).toBe(true);
  for (let from = 0; from < c.occupiedCount; from += SLICE) {
    general.add(c, from, Math.min(c.occupiedCount, from + SLICE));
  }
  general.end();
  return { fast, general: snapshot(general, c.categories) };
}

describe('the general row-sum loop', () => {
  for (const k of [2, 3, 4]) {
    it(`gives the kernels' sums to the last bit with ${k} categories, for units and for radius 2`, () => {
      const { blocks, cells } = compositions(k, k);
      for (const c of [blocks, cells]) {
        const { fast, general } = both(c);
        expect(general).toEqual(fast);
        expect(Object.is(general.deviation, fast.deviation)).toBe(true);
        expect(general.deviation).toBeGreaterThan(0);
        expect(general.entropyShortfall).toBeGreaterThan(0);
      }
    });
  }

  for (const k of [1, 5, 6]) {
    it(`is what a run uses with ${k} categories, and its sums give the reference indices to 1e-12`, () => {
      const { inputs, blocks } = compositions(k, 10 + k);
      const { fast, general } = both(blocks);
      // No kernel for this many categories: both paths are the general loop.
      expect(general).toEqual(fast);
      const t = ref.unitTable(inputs, 0, 0);
      const T = inputs.households;
      const totals = Array.from({ length: k }, (_, m) => t.reduce((s, r) => s + r[m]!, 0));
      const P = totals.map((x) => x / T);
      for (let a = 0; a < k; a++) {
        for (let b = 0; b < k; b++) {
          expect(general.exposure[a * k + b]! / totals[a]!).toBeCloseTo(ref.exposureP(t, a, b), 12);
        }
      }
      if (k === 1) {
        expect(general.deviation).toBe(0);
        expect(general.groupDeviation).toEqual([0]);
        return;
      }
      const simpson = P.reduce((s, p) => s + p * (1 - p), 0);
      expect(general.deviation / (2 * T * simpson)).toBeCloseTo(ref.multigroupD(t), 12);
      const entropy = -P.reduce((s, p) => s + (p > 0 ? p * Math.log(p) : 0), 0);
      expect(general.entropyShortfall / (T * entropy)).toBeCloseTo(ref.theilH(t), 12);
      for (let a = 0; a < k; a++) {
        const rest = t.map((r) => [r[a]!, r.reduce((x, y) => x + y, 0) - r[a]!]);
        expect(general.groupDeviation[a]! / (2 * T * P[a]! * (1 - P[a]!))).toBeCloseTo(
          ref.duncanD(rest, 0, 1),
          12,
        );
        for (let b = a + 1; b < k; b++) {
          const n = totals[a]! + totals[b]!;
          const p = totals[a]! / n;
          expect(general.pairDeviation[a * k + b]! / (2 * n * p * (1 - p))).toBeCloseTo(
            ref.duncanD(t, a, b),
            12,
          );
        }
      }
    });
  }
});
