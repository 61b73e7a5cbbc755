/**
 * Dissimilarity D: the share of households that would have to move for every row to have the
 * city's composition. Written in the form of Reardon & O'Sullivan (2004), a population-weighted
 * sum over rows of how far each row's environment departs from the city: with containers the
 * environment is the unit and these are the textbook aspatial indices; with person-centred
 * neighbourhoods they are the spatial indices. NaN when undefined (fewer than two categories
 * present, or no households).
 */
import type { Composition } from './composition.ts';
import { DEVIATION, GROUP_DEVIATIONS, PAIRS } from './row-sums.ts';

/**
 * Multigroup D (Reardon & Firebaugh 2002): sum_r t_r sum_m |p_rm - P_m| / (2 T I), with the
 * Simpson interaction I = sum_m P_m (1 - P_m). Equals Duncan's D for two categories.
 */
export function multigroupDissimilarity(c: Composition): number {
  const { categories: k, totals, total } = c;
  if (total === 0) return Number.NaN;
  let interaction = 0;
  for (let m = 0; m < k; m++) {
    const p = totals[m]! / total;
    interaction += p * (1 - p);
  }
  if (interaction === 0) return Number.NaN;
  return unit(c.sums.of(c, DEVIATION).deviation / (2 * total * interaction));
}

/** D of category g against all other households together. */
export function groupDissimilarity(c: Composition, g: number): number {
  const { totals, total } = c;
  if (total === 0) return Number.NaN;
  const p = totals[g]! / total;
  if (p === 0 || p === 1) return Number.NaN;
  return unit(c.sums.of(c, GROUP_DEVIATIONS).groupDeviation[g]! / (2 * total * p * (1 - p)));
}

/**
 * Two-group D between categories a and b, other households ignored (they neither count in the
 * population nor in anyone's environment).
 */
export function pairDissimilarity(c: Composition, a: number, b: number): number {
  const { totals } = c;
  if (totals[a] === 0 || totals[b] === 0) return Number.NaN;
  const total = totals[a]! + totals[b]!;
  const p = totals[a]! / total;
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return unit(c.sums.of(c, PAIRS).pairDeviation[lo * c.categories + hi]! / (2 * total * p * (1 - p)));
}

/** Rounding can carry an exact 0 or 1 a few ulps outside [0, 1]: keep the bounds exact. */
function unit(x: number): number {
  return Math.min(Math.max(x, 0), 1);
}
