/**
 * Isolation and exposure (Massey & Denton 1988): the share of category b in the environment of the
 * average household of category a, sum_r (x_ra / X_a) (e_rb / e_r). Isolation is a's exposure to
 * itself. A ratio of sums within each row, a mean over households across rows. NaN when no
 * household of category a exists.
 */
import type { Composition } from './composition.ts';
import { EXPOSURES } from './row-sums.ts';

export function exposure(c: Composition, a: number, b: number): number {
  const xa = c.totals[a]!;
  if (xa === 0) return Number.NaN;
  return c.sums.of(c, EXPOSURES).exposure[a * c.categories + b]! / xa;
}

export function isolation(c: Composition, g: number): number {
  return exposure(c, g, g);
}
