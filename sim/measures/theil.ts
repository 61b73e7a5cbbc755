/**
 * Theil's information theory index H (multigroup entropy index): the population-weighted mean
 * shortfall of each row's environment entropy from the city's, relative to the city's entropy,
 * sum_r t_r (E - E_r) / (T E), natural logarithms, 0 ln 0 = 0. 0 when every environment has the
 * city's mix, 1 when every environment holds a single category. NaN when the city holds fewer than
 * two categories.
 */
import { log } from '../math/portable.ts';
import type { Composition } from './composition.ts';

/** ln x and x ln x for whole counts x, grown on demand: row entropies need no logarithm. */
let logOf = new Float64Array(0);
let xLogX = new Float64Array(0);

function growTables(n: number): void {
  if (logOf.length > n) return;
  const size = Math.max(n + 1, 2 * logOf.length);
  logOf = new Float64Array(size);
  xLogX = new Float64Array(size);
  for (let x = 1; x < size; x++) {
    logOf[x] = log(x);
    xLogX[x] = x * logOf[x]!;
  }
}

/** Entropy of counts[offset .. offset + k) with sum `total`: ln T - sum x ln x / T. */
export function entropy(counts: Float64Array, offset: number, k: number, total: number): number {
  if (total <= 0) return 0;
  let s = 0;
  for (let m = 0; m < k; m++) {
    const x = counts[offset + m]!;
    if (x > 0) s += x * log(x);
  }
  return log(total) - s / total;
}

export function theilH(c: Composition): number {
  const { categories: k, env, envTotal, popTotal, totals, total } = c;
  if (total === 0) return Number.NaN;
  const cityEntropy = entropy(totals, 0, k, total);
  if (cityEntropy <= 1e-15) return Number.NaN;
  // Counts are whole numbers up to the city total: look ln x and x ln x up.
  growTables(total);
  const table = xLogX;
  const ln = logOf;
  let sum = 0;
  for (let r = 0; r < c.rows; r++) {
    if (popTotal[r] === 0) continue;
    const e = envTotal[r]!;
    let s = 0;
    for (let m = 0; m < k; m++) s += table[env[r * k + m]!]!;
    sum += popTotal[r]! * (cityEntropy - (ln[e]! - s / e));
  }
  // ln T - sum x ln x / T rounds differently from -sum p ln p: keep 0 and 1 exact at the bounds.
  const h = sum / (total * cityEntropy);
  return Math.min(Math.max(h, 0), 1);
}
