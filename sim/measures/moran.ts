/**
 * Moran's I of a category's share over adjacent units: are units with a high share next to units
 * with a high share? I = (n / S0) sum_ij w_ij z_i z_j / sum_i z_i^2 with binary weights (w_ij = 1
 * for units sharing a border), z the deviation of a unit's share from the mean unit share (each
 * unit counts once, whatever its size). Units without households have no share and are left out,
 * with their links. Under random allocation E[I] = -1/(n - 1). NaN when no two occupied units are
 * adjacent or every occupied unit has the same share.
 */
import type { Composition } from './composition.ts';

export function moranShare(
  c: Composition,
  g: number,
  adjacencyStart: Int32Array,
  adjacency: Int32Array,
  share: Float64Array,
): number {
  const { rows, categories: k, pop, popTotal } = c;
  let n = 0;
  let mean = 0;
  for (let u = 0; u < rows; u++) {
    const t = popTotal[u]!;
    if (t === 0) {
      share[u] = Number.NaN;
      continue;
    }
    share[u] = pop[u * k + g]! / t;
    mean += share[u]!;
    n++;
  }
  if (n < 2) return Number.NaN;
  mean /= n;
  let s0 = 0;
  let cross = 0;
  let squares = 0;
  for (let u = 0; u < rows; u++) {
    const su = share[u]!;
    if (Number.isNaN(su)) continue;
    const zu = su - mean;
    squares += zu * zu;
    for (let i = adjacencyStart[u]!; i < adjacencyStart[u + 1]!; i++) {
      const sv = share[adjacency[i]!]!;
      if (Number.isNaN(sv)) continue;
      s0++;
      cross += zu * (sv - mean);
    }
  }
  if (s0 === 0 || squares === 0) return Number.NaN;
  return (n / s0) * (cross / squares);
}
