/**
 * Every index against the slow reference implementations (test/measures/reference.ts) on seeded
 * random states: several dimensions, several households per cell, torus and bounded rasters,
 * segregated and random patterns. Also the bounds [0, 1] of D, H, isolation and exposure.
 */
import { describe, expect, it } from 'vitest';
import { computeMeasures } from '../../sim/measures/compute.ts';
import { INDEX_IDS } from '../../sim/measures/registry.ts';
import { randomInputs } from './fixtures.ts';
import * as ref from './reference.ts';
import { selection } from './select.ts';

// Two and four categories use the kernels of small-k.ts; three, five and six the general loop too
// (six and five only the general loop), so both paths meet the reference.
const cases = [
  { seed: 1, torus: true, clustered: false, categories: [2, 4] },
  { seed: 2, torus: false, clustered: true, categories: [2, 4] },
  { seed: 3, torus: true, clustered: true, categories: [2, 4] },
  { seed: 4, torus: false, clustered: false, categories: [2, 4] },
  { seed: 5, torus: true, clustered: true, categories: [6, 3] },
  { seed: 6, torus: false, clustered: false, categories: [5, 6] },
];

describe('indices agree with the straightforward implementations on random states', () => {
  for (const c of cases) {
    const inputs = randomInputs(c.seed, {
      width: 24,
      height: 18,
      torus: c.torus,
      households: 500,
      categories: c.categories,
      sides: [3, 6],
      radii: [1, 2, 7, 10],
      clustered: c.clustered,
    });
    const m = computeMeasures(inputs, selection({ indices: 'all' }));
    const name = `seed ${c.seed}, ${c.categories.join(' and ')} categories, ${c.torus ? 'torus' : 'bounded'}, ${c.clustered ? 'clustered' : 'random'}`;

    it(`container indices (${name})`, () => {
      inputs.dimensions.forEach((d, di) => {
        const k = d.labels.length;
        inputs.scales.forEach((s, si) => {
          const t = ref.unitTable(inputs, di, si);
          const col = (ix: string, part: string) => m[`${ix}.${d.name}${part}.${s.name}`]!;
          expect(col('D', '')).toBeCloseTo(ref.multigroupD(t), 12);
          expect(col('H', '')).toBeCloseTo(ref.theilH(t), 12);
          for (let a = 0; a < k; a++) {
            const rest = t.map((r) => [r[a]!, r.reduce((x, y) => x + y, 0) - r[a]!]);
            expect(col('D', `=c${a}`)).toBeCloseTo(ref.duncanD(rest, 0, 1), 12);
            expect(col('moran', `=c${a}`)).toBeCloseTo(ref.moranDense(inputs, di, si, a), 12);
            for (let b = 0; b < k; b++) {
              expect(
                col(a === b ? 'isolation' : 'exposure', a === b ? `=c${a}` : `=c${a}/c${b}`),
              ).toBeCloseTo(ref.exposureP(t, a, b), 12);
              if (a < b) expect(col('D', `=c${a}/c${b}`)).toBeCloseTo(ref.duncanD(t, a, b), 12);
            }
          }
        });
      });
    });

    it(`person-centred indices from box sums equal the pairwise count (${name})`, () => {
      inputs.dimensions.forEach((d, di) => {
        for (const r of inputs.radii) {
          const local = ref.localCounts(inputs, di, r);
          const col = (ix: string, part: string) => m[`${ix}.${d.name}${part}.r${r}`]!;
          expect(col('D', '')).toBeCloseTo(ref.spatialD(inputs, di, local), 12);
          expect(col('H', '')).toBeCloseTo(ref.spatialH(inputs, di, local), 12);
          for (let a = 0; a < d.labels.length; a++) {
            expect(col('isolation', `=c${a}`)).toBeCloseTo(ref.spatialExposure(inputs, di, local, a, a), 12);
            const b = (a + 1) % d.labels.length;
            expect(col('exposure', `=c${a}/c${b}`)).toBeCloseTo(
              ref.spatialExposure(inputs, di, local, a, b),
              12,
            );
          }
        }
      });
    });
  }

  it('D, H, isolation and exposure stay within [0, 1] on 20 random states', () => {
    for (let seed = 10; seed < 30; seed++) {
      const inputs = randomInputs(seed, {
        width: 15,
        height: 15,
        torus: seed % 2 === 0,
        households: 40 + seed * 7,
        categories: [2 + (seed % 4)],
        sides: [2, 5],
        radii: [1, 3],
        clustered: seed % 3 === 0,
      });
      const m = computeMeasures(inputs, selection({ indices: 'D,Dgroup,Dpair,H,isolation,exposure' }));
      for (const [k, v] of Object.entries(m)) {
        if (Number.isNaN(v)) continue;
        expect(v, k).toBeGreaterThanOrEqual(-1e-12);
        expect(v, k).toBeLessThanOrEqual(1 + 1e-12);
      }
    }
  });

  it('gives each index the same number, to the last bit, whichever other indices are selected with it', () => {
    const inputs = randomInputs(7, {
      width: 30,
      height: 30,
      torus: true,
      households: 1500,
      categories: [4, 3],
      sides: [2, 4, 5],
      radii: [1, 2],
      clustered: true,
    });
    const together = computeMeasures(inputs, selection({ indices: 'all' }));
    let compared = 0;
    for (const id of INDEX_IDS) {
      const alone = computeMeasures(inputs, selection({ indices: id }));
      for (const [name, v] of Object.entries(alone)) {
        expect(Object.is(together[name], v), name).toBe(true);
        compared++;
      }
    }
    expect(compared).toBe(Object.keys(together).length);
  });
});
