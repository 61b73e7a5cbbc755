/**
 * Sensitivity indices from the outputs of a sampled design, apart from any model: first-order and
 * total Sobol' indices from Saltelli's scheme (the estimators of Saltelli et al. 2010, first order,
 * and Jansen 1999, total, as SALib uses them, on outputs centred on their mean) with percentile bootstrap intervals over the N rows,
 * and Morris's elementary effects (mu, mu* = mean |EE|, sigma; Campolongo et al. 2007), effects per
 * unit of a parameter's range. Pure: outputs in, numbers out.
 */
import type { Rng } from '../rng.ts';

export interface SobolIndex {
  readonly s1: number;
  readonly s1Low: number;
  readonly s1High: number;
  readonly st: number;
  readonly stLow: number;
  readonly stHigh: number;
}

export interface SobolOptions {
  /** Bootstrap resamples of the N rows (0: no interval). */
  readonly resamples: number;
  /** Coverage of the interval, e.g. 0.95. */
  readonly level: number;
  readonly rng: Rng;
}

/**
 * Indices of k parameters from y over Saltelli's N (k + 2) points in the order of `saltelli`
 * (A_j, A_B^1_j, ..., A_B^k_j, B_j for each row j).
 */
export function sobolIndices(y: readonly number[], k: number, o: SobolOptions): SobolIndex[] {
  const n = y.length / (k + 2);
  if (!Number.isInteger(n) || n < 2)
    throw new RangeError(`Saltelli outputs: N (k + 2) values with N >= 2, not ${y.length} for k = ${k}`);
  const at = (j: number, m: number) => y[j * (k + 2) + m]!;
  const estimate = (rows: readonly number[]) => {
    let sum = 0;
    let sq = 0;
    for (const j of rows) {
      for (const m of [0, k + 1]) {
        sum += at(j, m);
        sq += at(j, m) * at(j, m);
      }
    }
    const count = 2 * rows.length;
    const variance = (sq - (sum * sum) / count) / count;
    // Centred on the mean output: the same estimate in expectation, far less spread when the mean is
    // large against the variation (as SALib standardises its outputs).
    const centre = sum / count;
    const out: { s1: number; st: number }[] = [];
    for (let i = 0; i < k; i++) {
      let first = 0;
      let total = 0;
      for (const j of rows) {
        const fa = at(j, 0);
        const fb = at(j, k + 1) - centre;
        const fab = at(j, i + 1);
        first += fb * (fab - fa);
        total += (fa - fab) * (fa - fab);
      }
      out.push({ s1: first / rows.length / variance, st: total / (2 * rows.length) / variance });
    }
    return out;
  };
  const all = Array.from({ length: n }, (_, j) => j);
  const point = estimate(all);
  const boots: { s1: number; st: number }[][] = [];
  for (let b = 0; b < o.resamples; b++) {
    boots.push(estimate(all.map(() => Math.floor(o.rng() * n))));
  }
  const tail = (1 - o.level) / 2;
  return point.map((p, i) => {
    const s1s = boots.map((x) => x[i]!.s1);
    const sts = boots.map((x) => x[i]!.st);
    return {
      s1: p.s1,
      s1Low: quantile(s1s, tail),
      s1High: quantile(s1s, 1 - tail),
      st: p.st,
      stLow: quantile(sts, tail),
      stHigh: quantile(sts, 1 - tail),
    };
  });
}

/** The q-quantile of xs (linear between order statistics); NaN for none, or where any is NaN. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0 || xs.some((x) => Number.isNaN(x))) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const h = (s.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(s.length - 1, lo + 1);
  return s[lo]! + (h - lo) * (s[hi]! - s[lo]!);
}

export interface MorrisIndex {
  readonly mu: number;
  readonly muStar: number;
  readonly sigma: number;
  /** Elementary effects found for the parameter (one per trajectory). */
  readonly effects: number;
}

/**
 * Morris indices of k parameters from y over r trajectories of k + 1 points (`unit`: the points in
 * the unit cube, as `morris` made them): each step changes one coordinate, and its effect is the
 * change in y divided by the change in that coordinate.
 */
export function morrisIndices(
  unit: readonly (readonly number[])[],
  y: readonly number[],
  k: number,
): MorrisIndex[] {
  const effects: number[][] = Array.from({ length: k }, () => []);
  const r = y.length / (k + 1);
  if (!Number.isInteger(r) || unit.length !== y.length)
    throw new RangeError(`Morris outputs: r (k + 1) values, not ${y.length}`);
  for (let t = 0; t < r; t++) {
    for (let m = 0; m < k; m++) {
      const a = t * (k + 1) + m;
      const here = unit[a]!;
      const next = unit[a + 1]!;
      const i = here.findIndex((x, j) => x !== next[j]);
      if (i < 0) continue;
      effects[i]!.push((y[a + 1]! - y[a]!) / (next[i]! - here[i]!));
    }
  }
  return effects.map((e) => {
    const n = e.length;
    const mu = e.reduce((s, x) => s + x, 0) / n;
    const muStar = e.reduce((s, x) => s + Math.abs(x), 0) / n;
    const sigma = n > 1 ? Math.sqrt(e.reduce((s, x) => s + (x - mu) * (x - mu), 0) / (n - 1)) : Number.NaN;
    return { mu, muStar, sigma, effects: n };
  });
}
