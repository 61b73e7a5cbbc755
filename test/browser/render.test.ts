import { describe, expect, it } from 'vitest';
import { borderSegments, samplingOf } from '../../ui/map/render.ts';

/** Segments as [x0, y0, x1, y1] tuples, for reading. */
const segments = (flat: Float32Array) =>
  Array.from({ length: flat.length / 4 }, (_, i) => Array.from(flat.subarray(4 * i, 4 * i + 4)));

describe('map borders', () => {
  // 3 x 2 raster: unit 0 in the left column, unit 1 in the two right columns.
  const units = Int32Array.from([0, 1, 1, 0, 1, 1]);

  it('merges the border between two units into one straight run', () => {
    expect(segments(borderSegments(units, 3, 2))).toEqual([[1, 0, 1, 2]]);
  });

  it('outlines one unit along the map edge as well', () => {
    expect(segments(borderSegments(units, 3, 2, 0))).toEqual([
      [0, 0, 0, 2],
      [1, 0, 1, 2],
      [0, 0, 1, 0],
      [0, 2, 1, 2],
    ]);
  });
});

describe('sampling a raster larger than the picture', () => {
  it('shows the nearest cell at each pixel', () => {
    // 4 x 4 raster onto 2 x 2 pixels: the pixel centres fall in cells (1, 1), (3, 1), (1, 3) and (3, 3).
    expect(Array.from(samplingOf(4, 4, 2, 2))).toEqual([5, 7, 13, 15]);
  });
});
