/**
 * The mutual information index M (Theil & Finizza 1971; Mora & Ruiz-Castillo 2011) and its exact
 * decompositions: by category (local scores of the groups), by unit (local scores of the units, for
 * maps), and into between and within parts of nested scales. Natural logarithms, 0 ln 0 = 0.
 *
 * M = sum_u sum_m p_um ln(p_um / (p_u p_m)) = sum_u p_u (E - E_u), so M = H E with E the city's
 * entropy: M reads the same row sums as Theil's H (for person-centred rows, the spatial H of
 * Reardon & O'Sullivan times E). The decompositions are written for units (containers), where the
 * rows partition the households.
 */
import { log } from '../math/portable.ts';
import type { Composition } from './composition.ts';
import { ENTROPY } from './row-sums.ts';

/** M of the rows' environments: sum_r t_r (E - E_r) / T. 0 with a single category, NaN when empty. */
export function mutualM(c: Composition): number {
  if (c.total === 0) return Number.NaN;
  const sums = c.sums.of(c, ENTROPY);
  if (sums.cityEntropy <= 1e-15) return 0;
  return Math.max(sums.entropyShortfall / c.total, 0);
}

/** Entropy of the city's composition, ln T - sum X_m ln X_m / T. */
export function cityEntropy(c: Composition): number {
  const { totals, total, categories: k } = c;
  if (total === 0) return Number.NaN;
  let s = 0;
  for (let m = 0; m < k; m++) if (totals[m]! > 0) s += totals[m]! * log(totals[m]!);
  return log(total) - s / total;
}

/**
 * Local segregation score of category g over the units: L_g = sum_u p_u|g ln(p_u|g / p_u), how far
 * the category's spread over units departs from everyone's. sum_m p_m L_m = M. NaN when absent.
 */
export function groupScore(c: Composition, g: number): number {
  const { pop, popTotal, occupied, occupiedCount, categories: k, total } = c;
  const xg = c.totals[g]!;
  if (!(xg > 0)) return Number.NaN;
  let s = 0;
  for (let i = 0; i < occupiedCount; i++) {
    const r = occupied[i]!;
    const x = pop[r * k + g]!;
    if (x > 0) s += x * log((x * total) / (xg * popTotal[r]!));
  }
  return Math.max(s / xg, 0);
}

/**
 * Local segregation score of every unit, L_u = sum_m p_m|u ln(p_m|u / p_m): how far the unit's mix
 * departs from the city's (a Kullback-Leibler divergence; 0 for the city's mix). sum_u p_u L_u = M.
 * out[u] for every row of the composition; NaN for units without households.
 */
export function localScores(c: Composition, out: Float64Array = new Float64Array(c.rows)): Float64Array {
  const { pop, popTotal, totals, total, categories: k } = c;
  for (let r = 0; r < c.rows; r++) {
    const t = popTotal[r]!;
    if (t === 0) {
      out[r] = Number.NaN;
      continue;
    }
    let s = 0;
    for (let m = 0; m < k; m++) {
      const x = pop[r * k + m]!;
      if (x > 0) s += x * log((x * total) / (t * totals[m]!));
    }
    out[r] = Math.max(s / t, 0);
  }
  return out;
}

/**
 * The within part of M for units (`fine`) inside larger units (`coarse`; parentOf[u] is the coarse
 * unit of fine unit u): sum_p p_p M_p, the population-weighted mean of each coarse unit's own M
 * (withinByParent). M(fine) = M(coarse) + this, exactly. `scratch` holds the M_p.
 */
export function withinM(
  fine: Composition,
  coarse: Composition,
  parentOf: Int32Array,
  scratch: Float64Array = new Float64Array(coarse.rows),
): number {
  if (fine.total === 0) return Number.NaN;
  const byParent = withinByParent(fine, coarse, parentOf, scratch);
  let s = 0;
  for (let i = 0; i < coarse.occupiedCount; i++) {
    const p = coarse.occupied[i]!;
    s += coarse.popTotal[p]! * byParent[p]!;
  }
  return Math.max(s / fine.total, 0);
}

/**
 * M within each coarse unit, M_p = sum_{u in p} p_u|p sum_m p_m|u ln(p_m|u / p_m|p), into
 * out[p] (NaN for empty coarse units); the within part of M is sum_p p_p M_p.
 */
export function withinByParent(
  fine: Composition,
  coarse: Composition,
  parentOf: Int32Array,
  out: Float64Array = new Float64Array(coarse.rows),
): Float64Array {
  const k = fine.categories;
  out.fill(0, 0, coarse.rows);
  const { pop, popTotal, occupied, occupiedCount } = fine;
  for (let i = 0; i < occupiedCount; i++) {
    const u = occupied[i]!;
    const p = parentOf[u]!;
    const t = popTotal[u]!;
    const tp = coarse.popTotal[p]!;
    for (let m = 0; m < k; m++) {
      const x = pop[u * k + m]!;
      if (x > 0) out[p]! += x * log((x * tp) / (t * coarse.pop[p * k + m]!));
    }
  }
  for (let p = 0; p < coarse.rows; p++) {
    const tp = coarse.popTotal[p]!;
    out[p] = tp > 0 ? Math.max(out[p]! / tp, 0) : Number.NaN;
  }
  return out;
}
