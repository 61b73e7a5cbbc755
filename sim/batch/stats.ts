/**
 * The few statistics `kiez compare` reports: mean, sample standard deviation, and a 95 % interval for
 * the mean difference of paired runs (both scenarios run with the same seeds), by Student's t.
 */
import { studentTQuantile } from '../math/student-t.ts';

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

/**
 * The 0.975 quantile of Student's t with `df` degrees of freedom: the same function `kiez compare`
 * uses (sim/math/student-t.ts), so the app's intervals and the CLI's agree to the last digit.
 */
export function tQuantile975(df: number): number {
  if (!(df >= 1)) return Number.NaN;
  return studentTQuantile(0.975, df);
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
  // In the order pairedTest (paired.ts, kiez compare) takes, so both agree to the last bit.
  const half = tQuantile975(n - 1) * (sd(d) / Math.sqrt(n));
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
