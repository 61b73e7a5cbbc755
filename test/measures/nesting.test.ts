/** Which container scale is added up from which. */
import { describe, expect, it } from 'vitest';
import { aggregationOrder } from '../../sim/measures/nesting.ts';
import { blocks } from './fixtures.ts';

describe('aggregation order of container scales', () => {
  const s2 = blocks(12, 12, 2, false);
  const s3 = blocks(12, 12, 3, false);
  const s4 = blocks(12, 12, 4, false);
  const s6 = blocks(12, 12, 6, false);

  it('adds each scale up from the finest scale it nests in, finest first', () => {
    const order = aggregationOrder([s6, s2, s3, s4], [0, 1, 2, 3]);
    // 2 x 2 blocks: from the cells; 3 x 3: not within 2 x 2 blocks, from the cells; 4 x 4: from the
    // 2 x 2 blocks; 6 x 6: from the 3 x 3 blocks (fewer units than the 2 x 2 ones it also nests in).
    expect(order.map((a) => [a.scale, a.from])).toEqual([
      [1, -1],
      [2, -1],
      [3, 1],
      [0, 2],
    ]);
    const sixFromThree = order[3]!.unitOfRow;
    expect(sixFromThree.length).toBe(s3.units);
    for (let c = 0; c < 144; c++) expect(sixFromThree[s3.unitOfCell[c]!]).toBe(s6.unitOfCell[c]);
  });

  it('includes a scale that is only needed as a source', () => {
    const order = aggregationOrder([s2, s4], [1]);
    expect(order.map((a) => [a.scale, a.from])).toEqual([
      [0, -1],
      [1, 0],
    ]);
  });

  it('counts from the cells when no scale nests', () => {
    const order = aggregationOrder([s3, s4], [0, 1]);
    expect(order.map((a) => a.from)).toEqual([-1, -1]);
    expect(order[0]!.unitOfRow).toBe(s3.unitOfCell);
  });
});
