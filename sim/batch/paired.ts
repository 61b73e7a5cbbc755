/**
 * The paired comparison `kiez compare` reports per measure: both scenarios run with the same seeds,
 * so the differences d_i = b_i - a_i are the sample. Mean difference with its 95 % interval and a
 * two-sided p-value by the paired t-test (df = n - 1), and the standardised effect size Cohen's
 * d_z = mean(d) / sd(d) (the paired-design d; Lakens 2013, Front. Psychol. 4:863, eq. 6).
 */
import { studentTQuantile, twoSidedP } from '../math/student-t.ts';
import { type Comparison, mean, sd } from './stats.ts';

/** The comparison `comparePaired` gives (means, difference, 95 % interval), with the test. */
export interface PairedTest extends Comparison {
  /** Sample standard deviation of the differences. */
  readonly sdDifference: number;
  readonly t: number;
  readonly df: number;
  /** Two-sided p-value of the paired t-test; NaN where the differences do not vary (no test). */
  readonly p: number;
  /** Cohen's d_z; NaN where the differences do not vary. */
  readonly dz: number;
}

export function pairedTest(a: readonly number[], b: readonly number[]): PairedTest {
  const n = Math.min(a.length, b.length);
  const d = Array.from({ length: n }, (_, i) => b[i]! - a[i]!);
  const difference = mean(d);
  const sdDifference = sd(d);
  const df = n - 1;
  // Differences that do not vary (both scenarios give the same number for every seed, or a constant
  // shift) admit no t-test: R's t.test stops with "data are essentially constant". Said as empty.
  const varies = sdDifference > 1e-12 * Math.max(1, Math.abs(difference));
  const se = sdDifference / Math.sqrt(n);
  const t = varies ? difference / se : Number.NaN;
  const half = varies ? studentTQuantile(0.975, df) * se : sdDifference === 0 && n >= 2 ? 0 : Number.NaN;
  return {
    n,
    meanA: mean(a.slice(0, n)),
    sdA: sd(a.slice(0, n)),
    meanB: mean(b.slice(0, n)),
    sdB: sd(b.slice(0, n)),
    difference,
    sdDifference,
    low: difference - half,
    high: difference + half,
    t,
    df,
    p: varies && df >= 1 ? twoSidedP(t, df) : Number.NaN,
    dz: varies ? difference / sdDifference : Number.NaN,
  };
}
