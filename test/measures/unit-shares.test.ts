/** A unit's households by category, for the map's unit profile. */
import { describe, expect, it } from 'vitest';
import { unitShares } from '../../sim/measures/unit-shares.ts';
import { gridInputs } from './fixtures.ts';

// 4 x 4 grid, blocks of 2 x 2. Block 0 (top left) holds a, a, a, b; the city 6 a, 6 b, 4 empty.
const inputs = gridInputs({
  width: 4,
  height: 4,
  torus: false,
  cells: [0, 0, 1, -1, 0, 1, -1, 1, 0, 0, 1, 1, -1, 1, 0, -1],
  labels: ['a', 'b'],
  sides: [2],
});

describe('unit shares', () => {
  it('counts a block by category, with its shares and location quotients', () => {
    const u = unitShares(inputs, 'block2', 0)!;
    expect(u.households).toBe(4);
    const d = u.dimensions[0]!;
    expect(d.households).toEqual([3, 1]);
    expect(d.share).toEqual([0.75, 0.25]);
    // The city: 6 a and 6 b, so a share of 0.75 is 1.5 times the city's 0.5.
    expect(d.quotient).toEqual([1.5, 0.5]);
  });

  it('counts one raster cell with an empty scale name, and leaves an empty unit undefined', () => {
    expect(unitShares(inputs, '', 2)!.dimensions[0]!.households).toEqual([0, 1]);
    const empty = unitShares(inputs, '', 3)!;
    expect(empty.households).toBe(0);
    expect(empty.dimensions[0]!.share.every(Number.isNaN)).toBe(true);
  });

  it('knows no unknown scale', () => {
    expect(unitShares(inputs, 'quarter', 0)).toBeUndefined();
  });
});
