/**
 * Isolation and exposure (Massey & Denton 1988): the share of category b in the environment of the
 * average household of category a, sum_r (x_ra / X_a) (e_rb / e_r). Isolation is a's exposure to
 * itself. A ratio of sums within each row, a mean over households across rows. NaN when no
 * household of category a exists.
 */
import type { Composition } from './composition.ts';
import { Memo } from './memo.ts';

/** sum_r x_ra e_rb / e_r for every ordered pair, at a * k + b, in one pass. */
const exposures = new Memo(
  (c) => c.categories * c.categories,
  (c, out) => {
    const { categories: k, pop, popTotal, env, envTotal } = c;
    for (let r = 0; r < c.rows; r++) {
      if (popTotal[r] === 0) continue;
      const inv = 1 / envTotal[r]!;
      const o = r * k;
      for (let a = 0; a < k; a++) {
        const x = pop[o + a]! * inv;
        if (x === 0) continue;
        for (let b = 0; b < k; b++) out[a * k + b]! += x * env[o + b]!;
      }
    }
  },
);

export function exposure(c: Composition, a: number, b: number): number {
  const xa = c.totals[a]!;
  if (xa === 0) return Number.NaN;
  return exposures.of(c)[a * c.categories + b]! / xa;
}

export function isolation(c: Composition, g: number): number {
  return exposure(c, g, g);
}
