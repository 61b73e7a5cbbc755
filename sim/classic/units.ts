/**
 * Administrative units for the classic grid: square blocks of several sides, so that the scale
 * effect (the modifiable areal unit problem) can be shown on the teaching model too.
 */
import type { ContainerScale } from '../measures/inputs.ts';

/** Block sides used as container scales, kept where the grid holds at least 2 x 2 blocks. */
export const CLASSIC_BLOCK_SIDES = [3, 5, 10, 25] as const;
/** Radii of the person-centred neighbourhoods reported for the grid. */
export const CLASSIC_RADII = [1, 2, 5] as const;

export interface BlockScale {
  readonly name: string;
  readonly side: number;
  readonly perRow: number;
  readonly units: number;
  /** Block of each cell. */
  readonly blockOfCell: Int32Array;
  readonly adjacencyStart: Int32Array;
  readonly adjacency: Int32Array;
}

export function blockScales(size: number, torus: boolean): BlockScale[] {
  return CLASSIC_BLOCK_SIDES.filter((side) => 2 * side <= size).map((side) =>
    blockScale(size, size, side, torus),
  );
}

/** Square blocks of `side` cells over a width x height raster, with rook adjacency (wrapping on a torus). */
export function blockScale(width: number, height: number, side: number, torus: boolean): BlockScale {
  const perRow = Math.ceil(width / side);
  const perCol = Math.ceil(height / side);
  const units = perRow * perCol;
  const blockOfCell = new Int32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++)
      blockOfCell[y * width + x] = Math.floor(y / side) * perRow + Math.floor(x / side);
  }
  // Rook adjacency between blocks (shared edge), wrapping on a torus.
  const lists: number[][] = [];
  for (let by = 0; by < perCol; by++) {
    for (let bx = 0; bx < perRow; bx++) {
      const out = new Set<number>();
      for (const [dx, dy] of [
        [1, 0],
        [-1, 0],
        [0, 1],
        [0, -1],
      ] as const) {
        let nx = bx + dx;
        let ny = by + dy;
        if (torus) {
          nx = (nx + perRow) % perRow;
          ny = (ny + perCol) % perCol;
        } else if (nx < 0 || nx >= perRow || ny < 0 || ny >= perCol) continue;
        const n = ny * perRow + nx;
        if (n !== by * perRow + bx) out.add(n);
      }
      lists.push([...out].sort((a, b) => a - b));
    }
  }
  const adjacencyStart = new Int32Array(units + 1);
  lists.forEach((l, u) => {
    adjacencyStart[u + 1] = adjacencyStart[u]! + l.length;
  });
  const adjacency = Int32Array.from(lists.flat());
  return { name: `block${side}`, side, perRow, units, blockOfCell, adjacencyStart, adjacency };
}

/** Container scales of the grid: blocks are squares of cells. */
export function classicContainers(scales: readonly BlockScale[]): ContainerScale[] {
  return scales.map((s) => ({
    name: s.name,
    units: s.units,
    unitOfCell: s.blockOfCell,
    adjacencyStart: s.adjacencyStart,
    adjacency: s.adjacency,
  }));
}
