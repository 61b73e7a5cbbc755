import { describe, expect, it } from 'vitest';
import { householdsInWindow } from '../../sim/measures/households-window.ts';
import type { MeasureInputs } from '../../sim/measures/inputs.ts';

// A 4 x 3 raster; five households: two in cell 5 (x 1, y 1), one each in cells 0, 6 and 11.
const inputs: MeasureInputs = {
  households: 5,
  width: 4,
  height: 3,
  torus: false,
  cellOf: Int32Array.from([6, 5, 0, 5, 11]),
  dimensions: [{ name: 'origin', labels: ['a', 'b'], category: Uint8Array.from([1, 0, 1, 1, 0]) }],
  scales: [],
  radii: [],
};

describe('households in a window of the raster', () => {
  it('lists the households of the window by cell with their categories', () => {
    const w = householdsInWindow(inputs, 'origin', 1, 1, 3, 2)!;
    expect([w.x0, w.y0, w.x1, w.y1]).toEqual([1, 1, 3, 2]);
    expect(Array.from(w.cells)).toEqual([5, 5, 6]);
    expect(Array.from(w.categories)).toEqual([0, 1, 1]);
    expect(w.labels).toEqual(['a', 'b']);
  });

  it('clips the window to the raster and rounds it outwards to whole cells', () => {
    const w = householdsInWindow(inputs, 'origin', -2.5, -1, 9, 0.5)!;
    expect([w.x0, w.y0, w.x1, w.y1]).toEqual([0, 0, 4, 1]);
    expect(Array.from(w.cells)).toEqual([0]);
  });

  it('gives nothing for an unknown dimension and no households for an empty window', () => {
    expect(householdsInWindow(inputs, 'income', 0, 0, 4, 3)).toBeUndefined();
    expect(householdsInWindow(inputs, 'origin', 2, 2, 2, 3)!.cells.length).toBe(0);
  });
});
