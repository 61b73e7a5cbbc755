/** Hand-checkable configurations and published values. */
import { describe, expect, it } from 'vitest';
import { Composition, unitComposition } from '../../sim/measures/composition.ts';
import { computeMeasures } from '../../sim/measures/compute.ts';
import { multigroupDissimilarity, pairDissimilarity } from '../../sim/measures/dissimilarity.ts';
import { exposure, isolation } from '../../sim/measures/exposure.ts';
import { locationQuotients, quotientTable } from '../../sim/measures/quotients.ts';
import { theilH } from '../../sim/measures/theil.ts';
import { gridInputs } from './fixtures.ts';
import { selection } from './select.ts';

/** Composition of units given as rows of counts per category. */
function table(rows: readonly (readonly number[])[]): Composition {
  const k = rows[0]!.length;
  const unitOf: number[] = [];
  const category: number[] = [];
  rows.forEach((r, u) => {
    r.forEach((n, m) => {
      for (let i = 0; i < n; i++) {
        unitOf.push(u);
        category.push(m);
      }
    });
  });
  return unitComposition(
    new Composition(),
    rows.length,
    Int32Array.from(unitOf),
    Uint8Array.from(category),
    unitOf.length,
    k,
  );
}

const all = selection({ indices: 'all' });

/** 8 x 8 torus checkerboard: every cell occupied, colours alternating. */
const checkerboard = gridInputs({
  width: 8,
  height: 8,
  cells: Array.from({ length: 64 }, (_, i) => ((i % 8) + Math.floor(i / 8)) % 2),
  sides: [2],
  radii: [1],
});

/** 8 x 8 grid, left half group 1, right half group 2, bounded. */
const split = gridInputs({
  width: 8,
  height: 8,
  torus: false,
  cells: Array.from({ length: 64 }, (_, i) => (i % 8 < 4 ? 0 : 1)),
  sides: [2, 4],
});

describe('segregation indices on hand-checkable configurations', () => {
  it('identical distributions in every unit give D = 0 and H = 0', () => {
    const c = table([
      [2, 3, 1],
      [4, 6, 2],
      [2, 3, 1],
    ]);
    expect(multigroupDissimilarity(c)).toBeCloseTo(0, 12);
    expect(theilH(c)).toBeCloseTo(0, 12);
  });

  it('complete separation gives D = 1 and H = 1, with two and with three groups', () => {
    const two = computeMeasures(split, all);
    expect(two['D.group.block2']).toBe(1);
    expect(two['H.group.block2']).toBe(1);
    expect(two['D.group.block4']).toBe(1);
    const three = table([
      [5, 0, 0],
      [0, 7, 0],
      [0, 0, 2],
      [3, 0, 0],
    ]);
    expect(multigroupDissimilarity(three)).toBeCloseTo(1, 12);
    expect(theilH(three)).toBeCloseTo(1, 12);
  });

  it('isolation of a group alone in its units is 1, and its exposure to the other group 0', () => {
    const m = computeMeasures(split, all);
    expect(m['isolation.group=g1.block4']).toBe(1);
    expect(m['isolation.group=g2.block2']).toBe(1);
    expect(m['exposure.group=g1/g2.block4']).toBe(0);
  });

  it('a checkerboard is perfectly even in 2 x 2 quarters and slightly uneven at radius 1', () => {
    const m = computeMeasures(checkerboard, all);
    expect(m['D.group.block2']).toBe(0);
    expect(m['H.group.block2']).toBe(0);
    expect(m['isolation.group=g1.block2']).toBe(0.5);
    // The 3 x 3 box around a cell holds the cell and its 4 diagonal neighbours of its own colour
    // and 4 of the other: 5/9 own. D = |5/9 - 1/2| / (2 * 1/4) = 1/9.
    expect(m['D.group.r1']).toBeCloseTo(1 / 9, 12);
    expect(m['isolation.group=g1.r1']).toBeCloseTo(5 / 9, 12);
    const e = -(5 / 9) * Math.log(5 / 9) - (4 / 9) * Math.log(4 / 9);
    expect(m['H.group.r1']).toBeCloseTo(1 - e / Math.log(2), 12);
    // Rook-adjacent 2 x 2 blocks all have share 1/2: no variation, Moran's I is undefined (left out).
    expect(m['moran.group=g1.block2']).toBeUndefined();
  });

  it('Moran of a stripe pattern of blocks is -1 (every neighbour on the other side of the mean)', () => {
    // 2 x 2 blocks alternate fully group 1 / fully group 2 along x on a 8 x 2 torus: 4 blocks in a ring.
    const stripes = gridInputs({
      width: 8,
      height: 2,
      cells: Array.from({ length: 16 }, (_, i) => Math.floor((i % 8) / 2) % 2),
      sides: [2],
    });
    expect(computeMeasures(stripes, selection({ indices: 'moran' }))['moran.group=g1.block2']).toBeCloseTo(
      -1,
      12,
    );
  });

  it('undefined indices are left out of the record (an empty CSV field): one category present', () => {
    const one = gridInputs({
      width: 4,
      height: 4,
      cells: new Array(16).fill(0),
      sides: [2],
      labels: ['a', 'b'],
    });
    const m = computeMeasures(one, selection({ indices: 'D,H,isolation' }));
    expect(m).toEqual({ 'isolation.group=a.block2': 1 });
    expect(multigroupDissimilarity(table([[3, 0]]))).toBeNaN();
    expect(theilH(table([[3, 0]]))).toBeNaN();
  });

  it('location quotients: twice the city share gives 2, units without households NaN', () => {
    const c = table([
      [2, 0],
      [1, 3],
      [0, 0],
      [1, 1],
    ]);
    // City share of category 0: 4/8.
    expect([...locationQuotients(c, 0, new Float64Array(4))]).toEqual([2, 0.5, Number.NaN, 1]);
  });

  it('the quotient table of a map has one row per unit: a half-split grid gives 2 and 0', () => {
    const t = quotientTable(split, 'group', 'block4')!;
    // block4 units: left column (group 1 only) and right column (group 2 only), two rows of them.
    expect([...t]).toEqual([2, 0, 0, 2, 2, 0, 0, 2]);
    expect(quotientTable(split, 'origin', 'block4')).toBeUndefined();
  });
});

describe('agreement with independently published values', () => {
  // elbersb/segregation (R package), tests/testthat/test_dissimilarity.R: two groups in four units,
  // matrix(c(100, 60, 40, 0, 0, 40, 60, 100), ncol = 2) and matrix(c(80, 80, 20, 20, 20, 20, 80, 80),
  // ncol = 2), both with D = 0.6; matrix(c(100, 100, 0, 0, 0, 0, 100, 100), ncol = 2) with D = 1.
  it('two-group D matches the R package segregation test cases (0.6, 0.6, 1)', () => {
    const m1 = table([
      [100, 0],
      [60, 40],
      [40, 60],
      [0, 100],
    ]);
    const m2 = table([
      [80, 20],
      [80, 20],
      [20, 80],
      [20, 80],
    ]);
    const m3 = table([
      [100, 0],
      [100, 0],
      [0, 100],
      [0, 100],
    ]);
    expect(pairDissimilarity(m1, 0, 1)).toBeCloseTo(0.6, 12);
    expect(multigroupDissimilarity(m1)).toBeCloseTo(0.6, 12);
    expect(pairDissimilarity(m2, 0, 1)).toBeCloseTo(0.6, 12);
    expect(multigroupDissimilarity(m3)).toBe(1);
  });

  it('exposure relations of the same test suite hold: xPy + xPx = 1 and xPy X = yPx Y', () => {
    const c = table([
      [100, 0],
      [60, 40],
      [40, 60],
      [0, 100],
      [7, 3],
    ]);
    const x = c.totals[0]!;
    const y = c.totals[1]!;
    expect(exposure(c, 0, 1) + isolation(c, 0)).toBeCloseTo(1, 12);
    expect(exposure(c, 0, 1) * x).toBeCloseTo(exposure(c, 1, 0) * y, 9);
    // By hand: X = 207; xPx = (100 * 1 + 60 * 0.6 + 40 * 0.4 + 7 * 0.7) / 207.
    expect(isolation(c, 0)).toBeCloseTo((100 + 36 + 16 + 4.9) / 207, 12);
  });
});
