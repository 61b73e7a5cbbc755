/**
 * Theil's information theory index H (multigroup entropy index): the population-weighted mean
 * shortfall of each row's environment entropy from the city's, relative to the city's entropy,
 * sum_r t_r (E - E_r) / (T E), natural logarithms, 0 ln 0 = 0. 0 when every environment has the
 * city's mix, 1 when every environment holds a single category. NaN when the city holds fewer than
 * two categories.
 */
import type { Composition } from './composition.ts';
import { ENTROPY } from './row-sums.ts';

export function theilH(c: Composition): number {
  if (c.total === 0) return Number.NaN;
  const sums = c.sums.of(c, ENTROPY);
  if (sums.cityEntropy <= 1e-15) return Number.NaN;
  // ln T - sum x ln x / T rounds differently from -sum p ln p: keep 0 and 1 exact at the bounds.
  const h = sums.entropyShortfall / (c.total * sums.cityEntropy);
  return Math.min(Math.max(h, 0), 1);
}
