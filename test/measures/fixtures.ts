/** Small MeasureInputs for the tests: hand-made grids and seeded random states. */
import { blockScale } from '../../sim/classic/units.ts';
import type { ContainerScale, MeasureInputs } from '../../sim/measures/inputs.ts';
import { type Rng, stream } from '../../sim/rng.ts';

/** Square blocks of `side` cells on a width x height raster (the classic model's blocks). */
export function blocks(width: number, height: number, side: number, torus: boolean): ContainerScale {
  const s = blockScale(width, height, side, torus);
  return {
    name: s.name,
    units: s.units,
    unitOfCell: s.blockOfCell,
    adjacencyStart: s.adjacencyStart,
    adjacency: s.adjacency,
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
    scales: (g.sides ?? []).map((s) => blocks(g.width, g.height, s, torus)),
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
    scales: s.sides.map((side) => blocks(s.width, s.height, side, s.torus)),
    radii: s.radii,
  };
}
