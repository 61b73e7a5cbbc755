/**
 * Decomposition of a change in M between two states (two ticks, two scenarios, two censuses) after
 * Elbers (2021), "A method for studying differences in segregation across time and space" (the
 * default method of R segregation's `mutual_difference`):
 *
 *   M2 - M1 = additions + removals + group_marginal + unit_marginal + structural.
 *
 * Units and groups present in only one state are set apart first: removals = M1(overlap) - M1,
 * additions = M2 - M2(overlap), the change from dropping what only state 1 has and adding what only
 * state 2 has. On the overlap, M is a function of three factors: the group shares, the unit sizes,
 * and the structure (the association between unit and group, what is left when both margins are
 * fixed). A state with the structure of one and the margins of another is made by iterative
 * proportional fitting (IPF, Deming & Stephan 1940) of the first to the margins of the other; the
 * three parts are the Shapley values of the three factors (Deutsch et al. 2006), so they add up to
 * M2(overlap) - M1(overlap) exactly and do not depend on which state is called first.
 */
import { log } from '../math/portable.ts';

/** Counts of one state by unit and group, with labels to match units and groups across states. */
export interface LabelledCounts {
  readonly units: readonly string[];
  readonly groups: readonly string[];
  /** counts[u * groups.length + g]. */
  readonly counts: ArrayLike<number>;
}

export interface DifferenceParts {
  readonly M1: number;
  readonly M2: number;
  readonly diff: number;
  readonly additions: number;
  readonly removals: number;
  readonly group_marginal: number;
  readonly unit_marginal: number;
  readonly structural: number;
}

export interface Difference {
  readonly parts: DifferenceParts;
  /** Units and groups in both states (the overlap the Shapley parts are computed on). */
  readonly overlap: { readonly units: number; readonly groups: number };
  /** Largest IPF sweeps used by any of the six margin-adjusted states, and the worst margin error left. */
  readonly ipf: { readonly sweeps: number; readonly precision: number };
}

/** IPF stops when every row and column sum is within this relative error of its target. */
export const IPF_TOLERANCE = 1e-10;
/** IPF sweeps (rows then columns) at most; an unconverged fit is reported in `ipf.precision`. */
export const IPF_MAX_SWEEPS = 10_000;

/** M of a table of non-negative weights rows x k (natural logarithms, 0 ln 0 = 0). */
export function mutualOfTable(t: ArrayLike<number>, rows: number, k: number): number {
  const rowSum = new Float64Array(rows);
  const colSum = new Float64Array(k);
  let total = 0;
  for (let u = 0; u < rows; u++) {
    for (let g = 0; g < k; g++) {
      const x = t[u * k + g]!;
      rowSum[u]! += x;
      colSum[g]! += x;
      total += x;
    }
  }
  if (!(total > 0)) return Number.NaN;
  let s = 0;
  for (let u = 0; u < rows; u++) {
    for (let g = 0; g < k; g++) {
      const x = t[u * k + g]!;
      if (x > 0) s += x * log((x * total) / (rowSum[u]! * colSum[g]!));
    }
  }
  return Math.max(s / total, 0);
}

/** Row and column shares of a table. */
function margins(t: Float64Array, rows: number, k: number): { row: Float64Array; col: Float64Array } {
  const row = new Float64Array(rows);
  const col = new Float64Array(k);
  let total = 0;
  for (let u = 0; u < rows; u++) {
    for (let g = 0; g < k; g++) {
      row[u]! += t[u * k + g]!;
      col[g]! += t[u * k + g]!;
    }
    total += row[u]!;
  }
  for (let u = 0; u < rows; u++) row[u]! /= total;
  for (let g = 0; g < k; g++) col[g]! /= total;
  return { row, col };
}

/**
 * The table `seed` with its row shares fitted to `row` and its column shares to `col` (each
 * summing to 1), by alternately scaling rows and columns: the association of the seed (its odds
 * ratios, its zero cells) is kept. Returns the fitted shares and how far the fit got.
 */
export function ipf(
  seed: Float64Array,
  rows: number,
  k: number,
  row: Float64Array,
  col: Float64Array,
): { table: Float64Array; sweeps: number; precision: number } {
  const t = new Float64Array(seed);
  const rowSum = new Float64Array(rows);
  const colSum = new Float64Array(k);
  let precision = Number.POSITIVE_INFINITY;
  let sweeps = 0;
  while (sweeps < IPF_MAX_SWEEPS) {
    sweeps++;
    rowSum.fill(0);
    for (let u = 0; u < rows; u++) for (let g = 0; g < k; g++) rowSum[u]! += t[u * k + g]!;
    for (let u = 0; u < rows; u++) {
      const f = rowSum[u]! > 0 ? row[u]! / rowSum[u]! : 0;
      for (let g = 0; g < k; g++) t[u * k + g]! *= f;
    }
    colSum.fill(0);
    for (let u = 0; u < rows; u++) for (let g = 0; g < k; g++) colSum[g]! += t[u * k + g]!;
    for (let g = 0; g < k; g++) {
      const f = colSum[g]! > 0 ? col[g]! / colSum[g]! : 0;
      for (let u = 0; u < rows; u++) t[u * k + g]! *= f;
    }
    // After the column step the columns fit; the rows tell how far the fit is.
    rowSum.fill(0);
    for (let u = 0; u < rows; u++) for (let g = 0; g < k; g++) rowSum[u]! += t[u * k + g]!;
    precision = 0;
    for (let u = 0; u < rows; u++) {
      if (row[u]! > 0) precision = Math.max(precision, Math.abs(rowSum[u]! / row[u]! - 1));
    }
    if (precision < IPF_TOLERANCE) break;
  }
  return { table: t, sweeps, precision };
}

/** The rows and columns of `c` whose labels are in `units` and `groups`, in that order. */
function restrict(c: LabelledCounts, units: readonly string[], groups: readonly string[]): Float64Array {
  const k = c.groups.length;
  const ui = new Map(c.units.map((u, i) => [u, i]));
  const gi = groups.map((g) => c.groups.indexOf(g));
  const out = new Float64Array(units.length * groups.length);
  units.forEach((u, r) => {
    const src = ui.get(u)!;
    gi.forEach((g, j) => {
      out[r * groups.length + j] = c.counts[src * k + g]!;
    });
  });
  return out;
}

/** Labels with a count above 0 along one side of a table (units: rows; groups: columns). */
function present(c: LabelledCounts, side: 'units' | 'groups'): Set<string> {
  const k = c.groups.length;
  const out = new Set<string>();
  const n = side === 'units' ? c.units.length : k;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    if (side === 'units') for (let g = 0; g < k; g++) sum += c.counts[i * k + g]!;
    else for (let u = 0; u < c.units.length; u++) sum += c.counts[u * k + i]!;
    if (sum > 0) out.add(side === 'units' ? c.units[i]! : c.groups[i]!);
  }
  return out;
}

/**
 * The decomposition of M(b) - M(a). NaN parts when the states share no unit or no group. Units
 * (groups) with no households count as absent.
 */
export function mutualDifference(a: LabelledCounts, b: LabelledCounts): Difference {
  const M1 = mutualOfTable(a.counts, a.units.length, a.groups.length);
  const M2 = mutualOfTable(b.counts, b.units.length, b.groups.length);
  const unitsA = present(a, 'units');
  const groupsA = present(a, 'groups');
  const unitsB = present(b, 'units');
  const groupsB = present(b, 'groups');
  const units = [...unitsA].filter((u) => unitsB.has(u));
  const groups = [...groupsA].filter((g) => groupsB.has(g));
  const U = units.length;
  const K = groups.length;
  const t1 = restrict(a, units, groups);
  const t2 = restrict(b, units, groups);
  const M1o = U > 0 && K > 0 ? mutualOfTable(t1, U, K) : Number.NaN;
  const M2o = U > 0 && K > 0 ? mutualOfTable(t2, U, K) : Number.NaN;
  const m1 = margins(t1, U, K);
  const m2 = margins(t2, U, K);
  let sweeps = 0;
  let precision = 0;
  // v(structure, group shares, unit sizes), each factor from state 1 or 2.
  const v = (s: 1 | 2, g: 1 | 2, u: 1 | 2): number => {
    if (s === g && g === u) return s === 1 ? M1o : M2o;
    const fit = ipf(s === 1 ? t1 : t2, U, K, (u === 1 ? m1 : m2).row, (g === 1 ? m1 : m2).col);
    sweeps = Math.max(sweeps, fit.sweeps);
    precision = Math.max(precision, fit.precision);
    return mutualOfTable(fit.table, U, K);
  };
  const table = new Map<string, number>();
  for (const s of [1, 2] as const)
    for (const g of [1, 2] as const) for (const u of [1, 2] as const) table.set(`${s}${g}${u}`, v(s, g, u));
  const at = (s: number, g: number, u: number) => table.get(`${s}${g}${u}`)!;
  // Shapley value of one factor among three: the change it makes, averaged over the orders in which
  // the factors can switch from state 1 to 2 (weights 1/3 alone, 1/6 after one other, 1/3 last).
  const shapley = (flip: (x: [number, number, number]) => [number, number, number]) => {
    let sum = 0;
    for (const [o1, o2, w] of [
      [1, 1, 1 / 3],
      [2, 1, 1 / 6],
      [1, 2, 1 / 6],
      [2, 2, 1 / 3],
    ] as const) {
      const [s1, g1, u1] = flip([1, o1, o2]);
      const [s2, g2, u2] = flip([2, o1, o2]);
      sum += w * (at(s2, g2, u2) - at(s1, g1, u1));
    }
    return sum;
  };
  const structural = shapley(([x, p, q]) => [x, p, q]);
  const group_marginal = shapley(([x, p, q]) => [p, x, q]);
  const unit_marginal = shapley(([x, p, q]) => [p, q, x]);
  return {
    parts: {
      M1,
      M2,
      diff: M2 - M1,
      // Exactly 0 when a state has nothing outside the overlap: its M over the overlap is the same
      // table in another order, whose sum may differ in the last bit (6.9e-18 seen).
      additions: unitsB.size === U && groupsB.size === K ? 0 : M2 - M2o,
      removals: unitsA.size === U && groupsA.size === K ? 0 : M1o - M1,
      group_marginal,
      unit_marginal,
      structural,
    },
    overlap: { units: U, groups: K },
    ipf: { sweeps, precision },
  };
}
