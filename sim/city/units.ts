/**
 * Administrative units on the raster: each cell belongs to one unit per scale; units sharing a cell
 * edge are neighbours (rook adjacency), kept as compressed rows for Moran's I and the map.
 */

export interface UnitScale {
  /** `block`, `quarter` or `district`. */
  readonly name: string;
  readonly units: number;
  /** Unit of each raster cell. */
  readonly unitOfCell: Int32Array;
  /** Neighbours of u are adjacency[adjacencyStart[u] .. adjacencyStart[u + 1]). */
  readonly adjacencyStart: Int32Array;
  readonly adjacency: Int32Array;
}

/** Rook adjacency between the units of a cell map: a pair of units is adjacent when two of their cells share an edge. */
export function rookAdjacency(
  unitOfCell: Int32Array,
  width: number,
  height: number,
  units: number,
): { adjacencyStart: Int32Array; adjacency: Int32Array } {
  const pairs = new Set<number>();
  const add = (a: number, b: number) => {
    // A negative unit is a cell outside the city (a real city's raster): it borders nothing.
    if (a !== b && a >= 0 && b >= 0) pairs.add(a < b ? a * units + b : b * units + a);
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const u = unitOfCell[y * width + x]!;
      if (x + 1 < width) add(u, unitOfCell[y * width + x + 1]!);
      if (y + 1 < height) add(u, unitOfCell[(y + 1) * width + x]!);
    }
  }
  const degree = new Int32Array(units);
  for (const p of pairs) {
    degree[Math.floor(p / units)]!++;
    degree[p % units]!++;
  }
  const adjacencyStart = new Int32Array(units + 1);
  for (let u = 0; u < units; u++) adjacencyStart[u + 1] = adjacencyStart[u]! + degree[u]!;
  const adjacency = new Int32Array(adjacencyStart[units]!);
  const fill = adjacencyStart.slice(0, units);
  for (const p of [...pairs].sort((a, b) => a - b)) {
    const a = Math.floor(p / units);
    const b = p % units;
    adjacency[fill[a]!++] = b;
    adjacency[fill[b]!++] = a;
  }
  // Each row sorted, so the order does not depend on the order pairs were found in.
  for (let u = 0; u < units; u++) adjacency.subarray(adjacencyStart[u]!, adjacencyStart[u + 1]!).sort();
  return { adjacencyStart, adjacency };
}

export function unitScale(
  name: string,
  unitOfCell: Int32Array,
  width: number,
  height: number,
  units: number,
): UnitScale {
  return { name, units, unitOfCell, ...rookAdjacency(unitOfCell, width, height, units) };
}
