/** Households by category in every unit of a scale, for the map's choropleth. */
import { describe, expect, it } from 'vitest';
import { unitCounts, unitQuotientOf, unitShareOf } from '../../sim/measures/unit-counts.ts';
import { unitShares } from '../../sim/measures/unit-shares.ts';
import { gridInputs } from './fixtures.ts';

// 4 x 4 grid, blocks of 2 x 2: block 0 (top left) holds a, a, a, b; block 1 (top right) b, b;
// block 2 a, a, b; block 3 b, b, a. The city: 6 a, 6 b, 4 empty cells.
const inputs = gridInputs({
  width: 4,
  height: 4,
  torus: false,
  cells: [0, 0, 1, -1, 0, 1, -1, 1, 0, 0, 1, 1, -1, 1, 0, -1],
  labels: ['a', 'b'],
  sides: [2],
});

describe('unit counts', () => {
  it('counts every block by category and the city in one go', () => {
    const c = unitCounts(inputs, 'block2')!;
    expect(c.units).toBe(4);
    expect(Array.from(c.households)).toEqual([4, 2, 3, 3]);
    expect(Array.from(c.dimensions[0]!.counts)).toEqual([3, 1, 0, 2, 2, 1, 1, 2]);
    expect(c.dimensions[0]!.city).toEqual([6, 6]);
  });

  it("gives a category's share and location quotient in each block", () => {
    const c = unitCounts(inputs, 'block2')!;
    expect(Array.from(unitShareOf(c, 0, 0))).toEqual([0.75, 0, 2 / 3, 1 / 3]);
    // The city's share of a is 0.5, so each quotient is twice the share.
    expect(Array.from(unitQuotientOf(c, 0, 0))).toEqual([1.5, 0, 4 / 3, 2 / 3]);
  });

  it('agrees with the profile of each unit counted on its own', () => {
    const c = unitCounts(inputs, 'block2')!;
    for (let u = 0; u < c.units; u++) {
      const one = unitShares(inputs, 'block2', u)!;
      expect(one.households).toBe(c.households[u]);
      expect(Array.from(unitShareOf(c, 0, 1))[u]).toBe(one.dimensions[0]!.share[1]);
    }
  });

  it('knows no scale it was not given', () => {
    expect(unitCounts(inputs, 'quarter')).toBeUndefined();
  });
});
