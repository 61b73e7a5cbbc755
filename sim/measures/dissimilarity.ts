/**
 * Dissimilarity D: the share of households that would have to move for every row to have the
 * city's composition. Written in the form of Reardon & O'Sullivan (2004), a population-weighted
 * sum over rows of how far each row's environment departs from the city: with containers the
 * environment is the unit and these are the textbook aspatial indices; with person-centred
 * neighbourhoods they are the spatial indices. NaN when undefined (fewer than two categories
 * present, or no households).
 */
import type { Composition } from './composition.ts';
import { Memo } from './memo.ts';

/**
 * Multigroup D (Reardon & Firebaugh 2002): sum_r t_r sum_m |p_rm - P_m| / (2 T I), with the
 * Simpson interaction I = sum_m P_m (1 - P_m). Equals Duncan's D for two categories.
 */
export function multigroupDissimilarity(c: Composition): number {
  const { categories: k, env, envTotal, popTotal, totals, total } = c;
  if (total === 0) return Number.NaN;
  let interaction = 0;
  for (let m = 0; m < k; m++) {
    const p = totals[m]! / total;
    interaction += p * (1 - p);
  }
  if (interaction === 0) return Number.NaN;
  let sum = 0;
  for (let r = 0; r < c.rows; r++) {
    if (popTotal[r] === 0) continue;
    const inv = 1 / envTotal[r]!;
    let dev = 0;
    for (let m = 0; m < k; m++) dev += Math.abs(env[r * k + m]! * inv - totals[m]! / total);
    sum += popTotal[r]! * dev;
  }
  return unit(sum / (2 * total * interaction));
}

/** sum_r t_r |p_rg - P_g| for every category g, in one pass. */
const groupDeviations = new Memo(
  (c) => c.categories,
  (c, out) => {
    const { categories: k, env, envTotal, popTotal, totals, total } = c;
    for (let r = 0; r < c.rows; r++) {
      if (popTotal[r] === 0) continue;
      const inv = 1 / envTotal[r]!;
      const t = popTotal[r]!;
      for (let g = 0; g < k; g++) out[g]! += t * Math.abs(env[r * k + g]! * inv - totals[g]! / total);
    }
  },
);

/** D of category g against all other households together. */
export function groupDissimilarity(c: Composition, g: number): number {
  const { totals, total } = c;
  if (total === 0) return Number.NaN;
  const p = totals[g]! / total;
  if (p === 0 || p === 1) return Number.NaN;
  return unit(groupDeviations.of(c)[g]! / (2 * total * p * (1 - p)));
}

/** sum_r (x_ra + x_rb) |e_ra / (e_ra + e_rb) - P_a|ab| for every pair a < b, at a * k + b. */
const pairDeviations = new Memo(
  (c) => c.categories * c.categories,
  (c, out) => {
    const { categories: k, pop, popTotal, env, totals } = c;
    for (let r = 0; r < c.rows; r++) {
      if (popTotal[r] === 0) continue;
      const o = r * k;
      for (let a = 0; a < k; a++) {
        for (let b = a + 1; b < k; b++) {
          const t = pop[o + a]! + pop[o + b]!;
          if (t === 0) continue;
          const ea = env[o + a]!;
          out[a * k + b]! += t * Math.abs(ea / (ea + env[o + b]!) - totals[a]! / (totals[a]! + totals[b]!));
        }
      }
    }
  },
);

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
  return unit(pairDeviations.of(c)[lo * c.categories + hi]! / (2 * total * p * (1 - p)));
}

/** Rounding can carry an exact 0 or 1 a few ulps outside [0, 1]: keep the bounds exact. */
function unit(x: number): number {
  return Math.min(Math.max(x, 0), 1);
}
