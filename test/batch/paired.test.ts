/** The statistics of `kiez compare` against values that can be checked by hand or in R. */
import { describe, expect, it } from 'vitest';
import { pairedTest } from '../../sim/batch/paired.ts';
import { adjustP } from '../../sim/math/p-adjust.ts';
import { studentTCdf, studentTQuantile, twoSidedP } from '../../sim/math/student-t.ts';

describe("Student's t distribution", () => {
  it('with 1 degree of freedom is the Cauchy distribution: P(T <= t) = 1/2 + atan(t)/pi', () => {
    for (const t of [-3, -1, 0, 0.5, 1, 7]) {
      expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 13);
    }
    expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 14);
  });

  it('with 2 degrees of freedom has P(T <= t) = 1/2 + t / (2 sqrt(2 + t^2))', () => {
    for (const t of [-2, 0.3, 1, 4]) {
      expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 13);
    }
  });

  it("gives R's quantiles: qt(0.975, 2) = 4.302653, qt(0.975, 9) = 2.262157, qt(0.975, 1) = 12.7062", () => {
    expect(studentTQuantile(0.975, 2)).toBeCloseTo(4.302653, 6);
    expect(studentTQuantile(0.975, 9)).toBeCloseTo(2.262157, 6);
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706205, 5);
    expect(studentTQuantile(0.025, 9)).toBeCloseTo(-2.262157, 6);
    expect(studentTQuantile(0.975, 1000)).toBeCloseTo(1.962339, 6);
  });

  it('two-sided p of t = 0 is 1, and of t = 2.262157 with 9 df is 0.05', () => {
    expect(twoSidedP(0, 5)).toBe(1);
    expect(twoSidedP(2.262157, 9)).toBeCloseTo(0.05, 6);
  });
});

describe('paired t-test', () => {
  // R's sleep data (Cushny & Peebles): extra hours of sleep of 10 patients under two drugs.
  const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
  const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

  it("reproduces R's t.test(extra ~ group, sleep, paired = TRUE): t = 4.0621, p = 0.002833, interval 0.70011 to 2.45989", () => {
    const r = pairedTest(drug1, drug2);
    expect(r.n).toBe(10);
    expect(r.df).toBe(9);
    expect(r.difference).toBeCloseTo(1.58, 12);
    expect(r.t).toBeCloseTo(4.062128, 6);
    expect(r.p).toBeCloseTo(0.00283289, 8);
    expect(r.low).toBeCloseTo(0.7001142, 7);
    expect(r.high).toBeCloseTo(2.4598858, 7);
  });

  it("gives Cohen's d_z = mean(d) / sd(d) = 1.58 / 1.229995 = 1.284558", () => {
    const r = pairedTest(drug1, drug2);
    expect(r.sdDifference).toBeCloseTo(1.229995, 6);
    expect(r.dz).toBeCloseTo(1.58 / 1.229995, 5);
  });

  it('of identical samples has difference 0, interval 0 to 0, and no p-value or effect size', () => {
    const r = pairedTest([1, 2, 3], [1, 2, 3]);
    expect([r.difference, r.low, r.high]).toEqual([0, 0, 0]);
    expect(r.p).toBeNaN();
    expect(r.dz).toBeNaN();
  });
});

describe('p-value adjustment (as R p.adjust)', () => {
  it('Holm of 0.01, 0.02, 0.03, 0.04, 0.05 is 0.05, 0.08, 0.09, 0.09, 0.09', () => {
    const r = adjustP([0.01, 0.02, 0.03, 0.04, 0.05], 'holm');
    [0.05, 0.08, 0.09, 0.09, 0.09].forEach((x, i) => {
      expect(r[i]).toBeCloseTo(x, 14);
    });
  });

  it('Benjamini-Hochberg of 0.01, 0.02, 0.03, 0.04, 0.05 is 0.05 five times', () => {
    const r = adjustP([0.01, 0.02, 0.03, 0.04, 0.05], 'BH');
    for (const x of r) expect(x).toBeCloseTo(0.05, 14);
  });

  it('keeps the order of the input, leaves NaN out of the count and caps at 1', () => {
    const p = [0.04, 0.001, 0.03, 0.5, Number.NaN];
    const holm = adjustP(p, 'holm');
    [0.09, 0.004, 0.09, 0.5].forEach((x, i) => {
      expect(holm[i]).toBeCloseTo(x, 14);
    });
    expect(holm[4]).toBeNaN();
    const bh = adjustP(p, 'BH');
    [0.04 * (4 / 3), 0.004, 0.04 * (4 / 3), 0.5].forEach((x, i) => {
      expect(bh[i]).toBeCloseTo(x, 14);
    });
    expect(bh[4]).toBeNaN();
    expect(adjustP([0.6, 0.7], 'holm')).toEqual([1, 1]);
    expect(adjustP([0.6, 0.7], 'none')).toEqual([0.6, 0.7]);
  });
});
