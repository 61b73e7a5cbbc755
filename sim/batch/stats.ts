/**
 * The few statistics `kiez compare` reports: mean, sample standard deviation, and a 95 % interval for
 * the mean difference of paired runs (both scenarios run with the same seeds), by Student's t.
 */

export function mean(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return xs.length > 0 ? s / xs.length : Number.NaN;
}

/** Sample standard deviation (n - 1 in the denominator); NaN below two values. */
export function sd(xs: readonly number[]): number {
  if (xs.length < 2) return Number.NaN;
  const m = mean(xs);
  let s = 0;
  for (const x of xs) s += (x - m) * (x - m);
  return Math.sqrt(s / (xs.length - 1));
}

// Two-sided 95 % quantiles of Student's t for 1 to 30 degrees of freedom.
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** The 0.975 quantile of Student's t with `df` degrees of freedom (a table to 30, then Cornish-Fisher). */
export function tQuantile975(df: number): number {
  if (!(df >= 1)) return Number.NaN;
  if (df <= 30) return T975[Math.floor(df) - 1]!;
  const z = 1.959964;
  const z3 = z * z * z;
  const z5 = z3 * z * z;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df * df);
}

export interface Comparison {
  readonly n: number;
  readonly meanA: number;
  readonly sdA: number;
  readonly meanB: number;
  readonly sdB: number;
  /** Mean of B - A over the paired runs. */
  readonly difference: number;
  /** 95 % interval of the mean difference; NaN with fewer than two pairs. */
  readonly low: number;
  readonly high: number;
}

/** Compare paired samples: `a[i]` and `b[i]` come from runs with the same seed. */
export function comparePaired(a: readonly number[], b: readonly number[]): Comparison {
  const n = Math.min(a.length, b.length);
  const d = Array.from({ length: n }, (_, i) => b[i]! - a[i]!);
  const difference = mean(d);
  const half = (tQuantile975(n - 1) * sd(d)) / Math.sqrt(n);
  return {
    n,
    meanA: mean(a),
    sdA: sd(a),
    meanB: mean(b),
    sdB: sd(b),
    difference,
    low: difference - half,
    high: difference + half,
  };
}
