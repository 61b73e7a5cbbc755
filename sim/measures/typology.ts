/**
 * A quarter typology for small-area monitoring: quarters clustered on their multidimensional
 * profile (shares of groups, incomes, milieus, school, image, ...) by seeded k-means (k-means++
 * start, several restarts, the lowest within-cluster sum of squares wins). Features are z-scored
 * over the quarters with households, so each counts alike.
 *
 * Stable labels: without `previous` centroids, types are numbered by their centroid's first
 * feature (then the second, ...), so "type 1" keeps a meaning from tick to tick without any state
 * (a restored snapshot gives the same labels). With `previous` centroids (same features, same k),
 * k-means starts from them, so each type keeps its label while the quarters drift.
 */
import type { Rng } from '../rng.ts';

export interface TypologyOptions {
  readonly k: number;
  readonly restarts: number;
  readonly iterations: number;
  /** Centroids of the previous classification (k x features, standardised units) to start from. */
  readonly previous?: Float64Array;
}

export interface Typology {
  /** Type of each quarter (0 .. k-1), -1 for quarters without households. */
  readonly type: Int32Array;
  /** k x features centroids, in standardised units. */
  readonly centroids: Float64Array;
  /** Quarters of each type. */
  readonly sizes: Int32Array;
  /** Within-cluster sum of squared distances. */
  readonly inertia: number;
}

/** z-scores of each feature over the active quarters (a constant feature becomes 0). */
export function standardise(
  profile: Float64Array,
  quarters: number,
  f: number,
  active: Uint8Array,
): Float64Array {
  const z = new Float64Array(quarters * f);
  for (let j = 0; j < f; j++) {
    let n = 0;
    let mean = 0;
    for (let q = 0; q < quarters; q++) {
      if (active[q] !== 1) continue;
      n++;
      mean += profile[q * f + j]!;
    }
    mean /= Math.max(n, 1);
    let variance = 0;
    for (let q = 0; q < quarters; q++) {
      if (active[q] !== 1) continue;
      const dev = profile[q * f + j]! - mean;
      variance += dev * dev;
    }
    const sd = Math.sqrt(variance / Math.max(n, 1));
    for (let q = 0; q < quarters; q++)
      z[q * f + j] = active[q] === 1 && sd > 0 ? (profile[q * f + j]! - mean) / sd : 0;
  }
  return z;
}

export function quarterTypology(
  profile: Float64Array,
  quarters: number,
  features: number,
  active: Uint8Array,
  rng: Rng,
  o: TypologyOptions,
): Typology {
  const z = standardise(profile, quarters, features, active);
  const ids: number[] = [];
  for (let q = 0; q < quarters; q++) if (active[q] === 1) ids.push(q);
  const k = Math.min(o.k, ids.length);
  let best: { assign: Int32Array; centroids: Float64Array; inertia: number } | undefined;
  const warm = o.previous && o.previous.length === k * features;
  for (let r = 0; r < (warm ? 1 : o.restarts); r++) {
    const start = warm ? o.previous!.slice() : plusPlus(z, ids, features, k, rng);
    const run = lloyd(z, ids, features, k, start, o.iterations);
    if (!best || run.inertia < best.inertia - 1e-12) best = run;
  }
  const type = new Int32Array(quarters).fill(-1);
  const sizes = new Int32Array(k);
  if (!best || k === 0) return { type, centroids: new Float64Array(0), sizes, inertia: 0 };
  // Canonical numbering on a cold start; a warm start keeps the previous labels.
  const order = Array.from({ length: k }, (_, c) => c);
  if (!warm) {
    order.sort((a, b) => {
      for (let j = 0; j < features; j++) {
        const d = best!.centroids[a * features + j]! - best!.centroids[b * features + j]!;
        if (d !== 0) return d;
      }
      return a - b;
    });
  }
  const label = new Int32Array(k);
  order.forEach((c, i) => {
    label[c] = i;
  });
  const centroids = new Float64Array(k * features);
  for (let c = 0; c < k; c++) {
    centroids.set(best.centroids.subarray(c * features, (c + 1) * features), label[c]! * features);
  }
  ids.forEach((q, i) => {
    const t = label[best!.assign[i]!]!;
    type[q] = t;
    sizes[t]!++;
  });
  return { type, centroids, sizes, inertia: best.inertia };
}

function distance2(z: Float64Array, q: number, c: Float64Array, j: number, f: number): number {
  let d = 0;
  for (let i = 0; i < f; i++) {
    const dev = z[q * f + i]! - c[j * f + i]!;
    d += dev * dev;
  }
  return d;
}

/** k-means++: the first centre at random, each next one with probability proportional to D^2. */
function plusPlus(z: Float64Array, ids: number[], f: number, k: number, rng: Rng): Float64Array {
  const c = new Float64Array(k * f);
  const d2 = new Float64Array(ids.length).fill(Number.POSITIVE_INFINITY);
  let pick = ids[Math.floor(rng() * ids.length)]!;
  for (let j = 0; j < k; j++) {
    c.set(z.subarray(pick * f, (pick + 1) * f), j * f);
    let sum = 0;
    ids.forEach((q, i) => {
      d2[i] = Math.min(d2[i]!, distance2(z, q, c, j, f));
      sum += d2[i]!;
    });
    if (j + 1 === k) break;
    let x = rng() * sum;
    pick = ids[ids.length - 1]!;
    for (let i = 0; i < ids.length; i++) {
      x -= d2[i]!;
      if (x < 0) {
        pick = ids[i]!;
        break;
      }
    }
  }
  return c;
}

function lloyd(z: Float64Array, ids: number[], f: number, k: number, c: Float64Array, iterations: number) {
  const assign = new Int32Array(ids.length).fill(-1);
  const counts = new Int32Array(k);
  let inertia = 0;
  for (let it = 0; it < iterations; it++) {
    let changed = false;
    inertia = 0;
    ids.forEach((q, i) => {
      let bj = 0;
      let bd = Number.POSITIVE_INFINITY;
      for (let j = 0; j < k; j++) {
        const d = distance2(z, q, c, j, f);
        if (d < bd) {
          bd = d;
          bj = j;
        }
      }
      inertia += bd;
      if (assign[i] !== bj) {
        assign[i] = bj;
        changed = true;
      }
    });
    if (!changed && it > 0) break;
    c.fill(0);
    counts.fill(0);
    ids.forEach((q, i) => {
      const j = assign[i]!;
      counts[j]!++;
      for (let x = 0; x < f; x++) c[j * f + x]! += z[q * f + x]!;
    });
    for (let j = 0; j < k; j++) for (let x = 0; x < f; x++) if (counts[j]! > 0) c[j * f + x]! /= counts[j]!;
    for (let j = 0; j < k; j++) {
      if (counts[j]! > 0) continue;
      // An empty type takes the quarter farthest from its centre, so that k types remain.
      let far = 0;
      let fd = -1;
      ids.forEach((q, i) => {
        const d = distance2(z, q, c, assign[i]!, f);
        if (d > fd) {
          fd = d;
          far = i;
        }
      });
      c.set(z.subarray(ids[far]! * f, (ids[far]! + 1) * f), j * f);
      assign[far] = j;
      counts[j] = 1;
    }
  }
  return { assign, centroids: c, inertia };
}
