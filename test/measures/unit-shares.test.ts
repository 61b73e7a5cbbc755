/** A unit's households by category, for the map's unit profile. */
import { describe, expect, it } from 'vitest';
import { computeMeasures } from '../../sim/measures/compute.ts';
import { localScoreTable } from '../../sim/measures/quotients.ts';
import { unitShares } from '../../sim/measures/unit-shares.ts';
import { gridInputs } from './fixtures.ts';
import { selection } from './select.ts';

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
    // Its local segregation score: 0.75 ln 1.5 + 0.25 ln 0.5.
    expect(d.localScore).toBeCloseTo(0.75 * Math.log(1.5) + 0.25 * Math.log(0.5), 15);
  });

  it("gives the map's local score layer, whose household-weighted mean is M", () => {
    const layer = localScoreTable(inputs, 'group', 'block2')!;
    expect(layer[0]).toBeCloseTo(unitShares(inputs, 'block2', 0)!.dimensions[0]!.localScore, 15);
    let weighted = 0;
    for (let u = 0; u < 4; u++) weighted += (unitShares(inputs, 'block2', u)!.households / 12) * layer[u]!;
    expect(weighted).toBeCloseTo(computeMeasures(inputs, selection({ indices: 'M' }))['M.group.block2']!, 14);
    expect(localScoreTable(inputs, 'group', 'quarter')).toBeUndefined();
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
