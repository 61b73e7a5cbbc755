/**
 * Straightforward, slow implementations of the indices, written from the textbook formulas with
 * plain arrays and no shared code with sim/measures: households are grouped by unit with a Map,
 * and person-centred neighbourhoods are found by checking every pair of households (quadratic).
 */
import type { MeasureInputs } from '../../sim/measures/inputs.ts';

/** Counts per unit: unit -> counts per category. */
export type UnitTable = number[][];

export function unitTable(inputs: MeasureInputs, dim: number, scale: number): UnitTable {
  const s = inputs.scales[scale]!;
  const k = inputs.dimensions[dim]!.labels.length;
  const byUnit = new Map<number, number[]>();
  for (let h = 0; h < inputs.households; h++) {
    const u = s.unitOfCell[inputs.cellOf[h]!]!;
    const row = byUnit.get(u) ?? new Array<number>(k).fill(0);
    byUnit.set(u, row);
    row[inputs.dimensions[dim]!.category[h]!]!++;
  }
  return [...byUnit.values()];
}

/** Duncan & Duncan: 1/2 sum_j |a_j / A - b_j / B|. */
export function duncanD(t: UnitTable, a: number, b: number): number {
  const A = t.reduce((s, r) => s + r[a]!, 0);
  const B = t.reduce((s, r) => s + r[b]!, 0);
  return 0.5 * t.reduce((s, r) => s + Math.abs(r[a]! / A - r[b]! / B), 0);
}

/** Reardon & Firebaugh multigroup D, summed per category and unit. */
export function multigroupD(t: UnitTable): number {
  const k = t[0]!.length;
  const T = t.flat().reduce((s, x) => s + x, 0);
  const P = Array.from({ length: k }, (_, m) => t.reduce((s, r) => s + r[m]!, 0) / T);
  const I = P.reduce((s, p) => s + p * (1 - p), 0);
  let sum = 0;
  for (const r of t) {
    const tj = r.reduce((s, x) => s + x, 0);
    for (let m = 0; m < k; m++) sum += tj * Math.abs(r[m]! / tj - P[m]!);
  }
  return sum / (2 * T * I);
}

function entropyOf(counts: readonly number[]): number {
  const n = counts.reduce((s, x) => s + x, 0);
  return counts.filter((x) => x > 0).reduce((s, x) => s - (x / n) * Math.log(x / n), 0);
}

/** Theil's H: 1 - (sum_j t_j E_j) / (T E). */
export function theilH(t: UnitTable): number {
  const k = t[0]!.length;
  const totals = Array.from({ length: k }, (_, m) => t.reduce((s, r) => s + r[m]!, 0));
  const T = totals.reduce((s, x) => s + x, 0);
  const E = entropyOf(totals);
  return 1 - t.reduce((s, r) => s + r.reduce((a, x) => a + x, 0) * entropyOf(r), 0) / (T * E);
}

/** Entropy of the city's composition (natural logarithms). */
export function cityEntropy(t: UnitTable): number {
  const k = t[0]!.length;
  return entropyOf(Array.from({ length: k }, (_, m) => t.reduce((s, r) => s + r[m]!, 0)));
}

/** Mutual information M = sum_u sum_g p_ug ln(p_ug / (p_u p_g)), over the cells of the table. */
export function mutualInformation(t: UnitTable): number {
  const k = t[0]!.length;
  const T = t.flat().reduce((s, x) => s + x, 0);
  const pg = Array.from({ length: k }, (_, m) => t.reduce((s, r) => s + r[m]!, 0) / T);
  let sum = 0;
  for (const r of t) {
    const pu = r.reduce((s, x) => s + x, 0) / T;
    for (let m = 0; m < k; m++) {
      const p = r[m]! / T;
      if (p > 0) sum += p * Math.log(p / (pu * pg[m]!));
    }
  }
  return sum;
}

/** Massey & Denton xPy: sum_j (x_j / X) (y_j / t_j). */
export function exposureP(t: UnitTable, x: number, y: number): number {
  const X = t.reduce((s, r) => s + r[x]!, 0);
  return t.reduce((s, r) => s + (r[x]! / X) * (r[y]! / r.reduce((a, v) => a + v, 0)), 0);
}

/** Moran's I with a dense binary weight matrix over the units that have households. */
export function moranDense(inputs: MeasureInputs, dim: number, scale: number, g: number): number {
  const s = inputs.scales[scale]!;
  const tot = new Array(s.units).fill(0);
  const grp = new Array(s.units).fill(0);
  for (let h = 0; h < inputs.households; h++) {
    const u = s.unitOfCell[inputs.cellOf[h]!]!;
    tot[u]++;
    if (inputs.dimensions[dim]!.category[h] === g) grp[u]++;
  }
  const ids = tot.map((t, u) => (t > 0 ? u : -1)).filter((u) => u >= 0);
  const x = ids.map((u) => grp[u] / tot[u]);
  const mean = x.reduce((a, b) => a + b, 0) / x.length;
  const w = ids.map((u) =>
    ids.map((v) => {
      for (let i = s.adjacencyStart[u]!; i < s.adjacencyStart[u + 1]!; i++)
        if (s.adjacency[i] === v) return 1;
      return 0;
    }),
  );
  let num = 0;
  let s0 = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = 0; j < ids.length; j++) {
      num += w[i]![j]! * (x[i]! - mean) * (x[j]! - mean);
      s0 += w[i]![j]!;
    }
  }
  const den = x.reduce((a, v) => a + (v - mean) ** 2, 0);
  return (ids.length / s0) * (num / den);
}

/**
 * Local environment of every household at radius r: counts per category of all households within
 * Chebyshev distance r (itself included), by checking every pair.
 */
export function localCounts(inputs: MeasureInputs, dim: number, r: number): number[][] {
  const { width: W, height: H, torus, households: n, cellOf } = inputs;
  const cat = inputs.dimensions[dim]!.category;
  const k = inputs.dimensions[dim]!.labels.length;
  const dist = (a: number, b: number, size: number) => {
    const d = Math.abs(a - b);
    return torus ? Math.min(d, size - d) : d;
  };
  const out: number[][] = [];
  for (let h = 0; h < n; h++) {
    const row = new Array(k).fill(0);
    const hx = cellOf[h]! % W;
    const hy = Math.floor(cellOf[h]! / W);
    for (let o = 0; o < n; o++) {
      const ox = cellOf[o]! % W;
      const oy = Math.floor(cellOf[o]! / W);
      if (dist(hx, ox, W) <= r && dist(hy, oy, H) <= r) row[cat[o]!]++;
    }
    out.push(row);
  }
  return out;
}

/** Spatial multigroup D (Reardon & O'Sullivan 2004), summed over households. */
export function spatialD(inputs: MeasureInputs, dim: number, local: number[][]): number {
  const cat = inputs.dimensions[dim]!.category;
  const k = local[0]!.length;
  const n = local.length;
  const P = Array.from({ length: k }, (_, m) => cat.filter((c) => c === m).length / n);
  const I = P.reduce((s, p) => s + p * (1 - p), 0);
  let sum = 0;
  for (const row of local) {
    const t = row.reduce((a, b) => a + b, 0);
    for (let m = 0; m < k; m++) sum += Math.abs(row[m]! / t - P[m]!);
  }
  return sum / (2 * n * I);
}

/** Spatial H: 1 - mean over households of local entropy / city entropy. */
export function spatialH(inputs: MeasureInputs, dim: number, local: number[][]): number {
  const cat = inputs.dimensions[dim]!.category;
  const k = local[0]!.length;
  const totals = Array.from({ length: k }, (_, m) => cat.filter((c) => c === m).length);
  const E = entropyOf(totals);
  return 1 - local.reduce((s, row) => s + entropyOf(row), 0) / (local.length * E);
}

/** Spatial exposure of x to y: mean over x households of y's share in their environment. */
export function spatialExposure(inputs: MeasureInputs, dim: number, local: number[][], x: number, y: number) {
  const cat = inputs.dimensions[dim]!.category;
  let sum = 0;
  let X = 0;
  local.forEach((row, h) => {
    if (cat[h] !== x) return;
    X++;
    sum += row[y]! / row.reduce((a, b) => a + b, 0);
  });
  return sum / X;
}
