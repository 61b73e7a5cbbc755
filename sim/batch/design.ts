/**
 * Designs of a sweep beyond the full grid, over parameters given as ranges [from, to]: a Latin
 * hypercube, Saltelli's scheme for Sobol' indices (matrices A and B from a digitally shifted Sobol'
 * sequence, and each A_B^i: A with column i from B), and Morris's elementary-effects trajectories.
 * Points are made in the unit cube and scaled to each range (rounded where the parameter is whole
 * numbers). Seeded by the sweep seed, so the same sweep file gives the same points on every
 * machine. Pure.
 */
import { stream, type Rng } from '../rng.ts';
import { SOBOL_MAX_DIMENSIONS, sobolPoints } from '../math/sobol-sequence.ts';

export type DesignMethod = 'grid' | 'lhs' | 'sobol' | 'morris';

export interface DesignSettings {
  readonly method: DesignMethod;
  /** lhs: points; sobol: base samples N (a power of 2; N (k + 2) points); morris: trajectories. */
  readonly samples: number;
  /** morris: levels of the grid each parameter moves on (even). */
  readonly levels: number;
}

export interface RangeAxis {
  readonly path: string;
  readonly from: number;
  readonly to: number;
  readonly integer: boolean;
}

/** The points of a sampled design: rows of parameter values, and what each row is in the scheme. */
export interface SampledDesign {
  readonly method: Exclude<DesignMethod, 'grid'>;
  /** Unit-cube coordinates, one row per point. */
  readonly unit: readonly (readonly number[])[];
  /** Parameter values (scaled, rounded), one row per point. */
  readonly values: readonly (readonly number[])[];
  readonly k: number;
  readonly samples: number;
  readonly levels: number;
}

/** Points of a design with k parameters (before replicates). */
export function designPointCount(d: DesignSettings, k: number): number {
  if (d.method === 'sobol') return d.samples * (k + 2);
  if (d.method === 'morris') return d.samples * (k + 1);
  return d.samples;
}

/** Why these settings do not fit the method and k parameters (undefined if they do), with the field. */
export function designProblem(d: DesignSettings, k: number): { path: string; allowed: string } | undefined {
  if (d.method === 'grid') return undefined;
  if (k === 0)
    return {
      path: 'vary',
      allowed: `at least one parameter as a range {"from", "to"} for design "${d.method}"`,
    };
  if (d.method === 'lhs' && d.samples < 2)
    return { path: 'design.samples', allowed: 'at least 2 points for a Latin hypercube' };
  if (d.method === 'sobol') {
    if (d.samples < 2 || (d.samples & (d.samples - 1)) !== 0) {
      return {
        path: 'design.samples',
        allowed:
          "a power of 2 (at least 2) for Sobol' samples, e.g. 64, 128, 256: the sequence is balanced only there",
      };
    }
    if (2 * k > SOBOL_MAX_DIMENSIONS) {
      return {
        path: 'vary',
        allowed: `at most ${Math.floor(SOBOL_MAX_DIMENSIONS / 2)} parameters for design "sobol" (the sequence has ${SOBOL_MAX_DIMENSIONS} dimensions, 2 per parameter)`,
      };
    }
  }
  if (d.method === 'morris') {
    if (d.samples < 2)
      return {
        path: 'design.samples',
        allowed: 'at least 2 trajectories for Morris (sigma needs two effects per parameter)',
      };
    if (d.levels < 2 || d.levels % 2 !== 0)
      return { path: 'design.levels', allowed: 'an even number of levels, at least 2 (e.g. 4)' };
  }
  return undefined;
}

/** The points of a sampled design over `axes`, seeded by `seed`. */
export function sampleDesign(d: DesignSettings, axes: readonly RangeAxis[], seed: number): SampledDesign {
  if (d.method === 'grid') throw new Error('a grid is not sampled');
  const k = axes.length;
  const rng = stream(seed, `design/${d.method}`);
  const unit =
    d.method === 'lhs'
      ? latinHypercube(d.samples, k, rng)
      : d.method === 'sobol'
        ? saltelli(d.samples, k, rng)
        : morris(d.samples, k, d.levels, rng);
  const values = unit.map((row) => row.map((u, i) => scale(u, axes[i]!)));
  return { method: d.method, unit, values, k, samples: d.samples, levels: d.levels };
}

function scale(u: number, a: RangeAxis): number {
  const x = a.from + u * (a.to - a.from);
  // Twelve significant digits, as the grid's ranges: the CSV shows the value the run used.
  return a.integer ? Math.round(x) : Number(x.toPrecision(12));
}

/** n points in [0,1)^k, one in each of the n strata of every dimension, placed at random inside it. */
export function latinHypercube(n: number, k: number, rng: Rng): number[][] {
  const rows = Array.from({ length: n }, () => new Array<number>(k).fill(0));
  for (let j = 0; j < k; j++) {
    const perm = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const r = Math.floor(rng() * (i + 1));
      [perm[i], perm[r]] = [perm[r]!, perm[i]!];
    }
    for (let i = 0; i < n; i++) rows[i]![j] = (perm[i]! + rng()) / n;
  }
  return rows;
}

/**
 * Saltelli's scheme without second-order terms: for each of the N rows, A_j, then A_B^1_j ... A_B^k_j,
 * then B_j (the order SALib uses), N (k + 2) points. A and B are the two halves of a 2k-dimensional
 * shifted Sobol' sequence, its first point (all zeros before the shift) skipped.
 */
export function saltelli(n: number, k: number, rng: Rng): number[][] {
  const base = sobolPoints(n, 2 * k, 1, rng);
  const out: number[][] = [];
  for (const row of base) {
    const a = row.slice(0, k);
    const b = row.slice(k);
    out.push(a);
    for (let i = 0; i < k; i++) out.push(a.map((x, j) => (j === i ? b[i]! : x)));
    out.push(b);
  }
  return out;
}

/**
 * r Morris trajectories of k + 1 points on a grid of p levels: from a random start, each parameter in
 * a random order moves once by delta = p / (2 (p - 1)), up where it can, down where it cannot.
 */
export function morris(r: number, k: number, p: number, rng: Rng): number[][] {
  const delta = p / (2 * (p - 1));
  const out: number[][] = [];
  for (let t = 0; t < r; t++) {
    const x = Array.from({ length: k }, () => Math.floor(rng() * p) / (p - 1));
    const order = Array.from({ length: k }, (_, i) => i);
    for (let i = k - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    out.push([...x]);
    for (const i of order) {
      x[i] = x[i]! + delta <= 1 + 1e-12 ? x[i]! + delta : x[i]! - delta;
      out.push([...x]);
    }
  }
  return out;
}
