/**
 * The boundaries on a square raster of a declared cell size: a cell belongs to the area whose
 * polygon holds its centre (even-odd rule over all of the area's rings, so holes and islands are
 * right), found by scanlines through the cell centres, one row at a time. Row 0 is the north edge,
 * as the map draws it. Cells in no area (outside the city) are marked -1.
 */

export interface Raster {
  readonly width: number;
  readonly height: number;
  readonly cellSize: number;
  /** Easting of the west edge and northing of the north edge (m). */
  readonly west: number;
  readonly north: number;
  /** Area (feature index) of each cell, -1 outside every area. */
  readonly areaOfCell: Int32Array;
  /** Cells of each area. */
  readonly cellsOfArea: Int32Array;
}

/** Largest raster accepted (cells): 25 million, a 500 km square at 100 m. */
export const MAX_RASTER_CELLS = 25_000_000;

export function rasterExtent(rings: readonly (readonly Float64Array[])[], cellSize: number) {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const rs of rings) {
    for (const r of rs) {
      for (let k = 0; k < r.length; k += 2) {
        minX = Math.min(minX, r[k]!);
        maxX = Math.max(maxX, r[k]!);
        minY = Math.min(minY, r[k + 1]!);
        maxY = Math.max(maxY, r[k + 1]!);
      }
    }
  }
  const west = Math.floor(minX / cellSize) * cellSize;
  const north = Math.ceil(maxY / cellSize) * cellSize;
  const width = Math.max(1, Math.ceil((maxX - west) / cellSize));
  const height = Math.max(1, Math.ceil((north - minY) / cellSize));
  return { west, north, width, height };
}

export function rasterise(rings: readonly (readonly Float64Array[])[], cellSize: number): Raster {
  const { west, north, width, height } = rasterExtent(rings, cellSize);
  const areaOfCell = new Int32Array(width * height).fill(-1);
  const cellsOfArea = new Int32Array(rings.length);
  const xs: number[] = [];
  rings.forEach((rs, a) => {
    let minY = Number.POSITIVE_INFINITY;
    let maxY = Number.NEGATIVE_INFINITY;
    for (const r of rs) {
      for (let k = 1; k < r.length; k += 2) {
        minY = Math.min(minY, r[k]!);
        maxY = Math.max(maxY, r[k]!);
      }
    }
    const rowFirst = Math.max(0, Math.floor((north - maxY) / cellSize - 0.5));
    const rowLast = Math.min(height - 1, Math.ceil((north - minY) / cellSize - 0.5));
    for (let row = rowFirst; row <= rowLast; row++) {
      const yc = north - (row + 0.5) * cellSize;
      xs.length = 0;
      for (const r of rs) {
        for (let k = 0; k + 3 < r.length; k += 2) {
          const y1 = r[k + 1]!;
          const y2 = r[k + 3]!;
          // Half-open rule: a vertex exactly on the scanline counts once.
          if (y1 <= yc !== y2 <= yc) {
            const x1 = r[k]!;
            xs.push(x1 + ((yc - y1) * (r[k + 2]! - x1)) / (y2 - y1));
          }
        }
      }
      xs.sort((p, q) => p - q);
      for (let i = 0; i + 1 < xs.length; i += 2) {
        const from = Math.max(0, Math.ceil((xs[i]! - west) / cellSize - 0.5));
        const to = Math.min(width, Math.ceil((xs[i + 1]! - west) / cellSize - 0.5));
        for (let col = from; col < to; col++) {
          const c = row * width + col;
          // Areas should not overlap; where they do, the first feature keeps the cell.
          if (areaOfCell[c]! < 0) {
            areaOfCell[c] = a;
            cellsOfArea[a]!++;
          }
        }
      }
    }
  });
  return { width, height, cellSize, west, north, areaOfCell, cellsOfArea };
}

/**
 * Every cell outside the city given the nearest area (breadth-first from the city's cells, rook
 * steps, in raster order, so the result is the same every run), so each cell has a unit at every scale as the measures expect;
 * these cells hold no dwellings.
 */
export function fillOutside(areaOfCell: Int32Array, width: number, height: number): Int32Array {
  const out = areaOfCell.slice();
  let frontier: number[] = [];
  for (let c = 0; c < out.length; c++) if (out[c]! >= 0) frontier.push(c);
  while (frontier.length > 0) {
    const next: number[] = [];
    const claim = (c: number, a: number) => {
      if (out[c]! < 0) {
        out[c] = a;
        next.push(c);
      }
    };
    for (const c of frontier) {
      const x = c % width;
      const y = (c - x) / width;
      const a = out[c]!;
      if (x > 0) claim(c - 1, a);
      if (x + 1 < width) claim(c + 1, a);
      if (y > 0) claim(c - width, a);
      if (y + 1 < height) claim(c + width, a);
    }
    frontier = next;
  }
  return out;
}
