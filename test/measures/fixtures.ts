/** Small MeasureInputs for the tests: hand-made grids and seeded random states. */
import type { ContainerScale, MeasureInputs } from '../../sim/measures/inputs.ts';
import { type Rng, stream } from '../../sim/rng.ts';

/** Square blocks of `side` cells on a width x height raster, rook adjacency (wrapping on a torus). */
export function blocks(
  width: number,
  height: number,
  side: number,
  torus: boolean,
  cellOf: Int32Array,
): ContainerScale {
  const perRow = Math.ceil(width / side);
  const perCol = Math.ceil(height / side);
  const unitOfCell = (c: number) =>
    Math.floor(Math.floor(c / width) / side) * perRow + Math.floor((c % width) / side);
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
        let x = bx + dx;
        let y = by + dy;
        if (torus) {
          x = (x + perRow) % perRow;
          y = (y + perCol) % perCol;
        } else if (x < 0 || y < 0 || x >= perRow || y >= perCol) continue;
        if (y * perRow + x !== by * perRow + bx) out.add(y * perRow + x);
      }
      lists.push([...out]);
    }
  }
  const adjacencyStart = new Int32Array(lists.length + 1);
  lists.forEach((l, u) => {
    adjacencyStart[u + 1] = adjacencyStart[u]! + l.length;
  });
  return {
    name: `block${side}`,
    units: perRow * perCol,
    unitOf: Int32Array.from(cellOf, unitOfCell),
    adjacencyStart,
    adjacency: Int32Array.from(lists.flat()),
  };
}

export interface GridSpec {
  width: number;
  height: number;
  torus?: boolean;
  /** Category of each raster cell, -1 = empty (one household per occupied cell). */
  cells: readonly number[];
  labels?: readonly string[];
  sides?: readonly number[];
  radii?: readonly number[];
}

/** One household per occupied cell of a hand-drawn grid. */
export function gridInputs(g: GridSpec): MeasureInputs {
  const cellOf: number[] = [];
  const category: number[] = [];
  g.cells.forEach((c, i) => {
    if (c >= 0) {
      cellOf.push(i);
      category.push(c);
    }
  });
  const cells = Int32Array.from(cellOf);
  const k = Math.max(...category) + 1;
  const torus = g.torus ?? true;
  return {
    households: cells.length,
    width: g.width,
    height: g.height,
    torus,
    cellOf: cells,
    dimensions: [
      {
        name: 'group',
        labels: g.labels ?? Array.from({ length: k }, (_, i) => `g${i + 1}`),
        category: Uint8Array.from(category),
      },
    ],
    scales: (g.sides ?? []).map((s) => blocks(g.width, g.height, s, torus, cells)),
    radii: g.radii ?? [],
  };
}

export interface RandomSpec {
  width: number;
  height: number;
  torus: boolean;
  households: number;
  /** Categories per dimension. */
  categories: readonly number[];
  sides: readonly number[];
  radii: readonly number[];
  /** Bias towards category = f(x): makes the state segregated instead of random. */
  clustered?: boolean;
}

/** A seeded random state: several households may share a cell (buildings), several dimensions. */
export function randomInputs(seed: number, s: RandomSpec): MeasureInputs {
  const rng: Rng = stream(seed, 'test/measures');
  const cells = s.width * s.height;
  const cellOf = new Int32Array(s.households);
  for (let h = 0; h < s.households; h++) cellOf[h] = Math.floor(rng() * cells);
  const dimensions = s.categories.map((k, d) => {
    const category = new Uint8Array(s.households);
    for (let h = 0; h < s.households; h++) {
      const x = (cellOf[h]! % s.width) / s.width;
      category[h] = s.clustered && rng() < 0.6 ? Math.min(k - 1, Math.floor(x * k)) : Math.floor(rng() * k);
    }
    return { name: `d${d}`, labels: Array.from({ length: k }, (_, i) => `c${i}`), category };
  });
  return {
    households: s.households,
    width: s.width,
    height: s.height,
    torus: s.torus,
    cellOf,
    dimensions,
    scales: s.sides.map((side) => blocks(s.width, s.height, side, s.torus, cellOf)),
    radii: s.radii,
  };
}
