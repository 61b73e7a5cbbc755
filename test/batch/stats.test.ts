import { describe, expect, it } from 'vitest';
import { comparePaired, mean, sd, tQuantile975 } from '../../sim/batch/stats.ts';

describe('compare statistics', () => {
  it('mean and sample standard deviation of 2, 4, 4, 4, 5, 5, 7, 9 are 5 and sqrt(32/7)', () => {
    const xs = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(mean(xs)).toBe(5);
    expect(sd(xs)).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(sd([3])).toBeNaN();
    expect(mean([])).toBeNaN();
  });

  it("Student's t quantile: 12.706 at 1 df, 2.042 at 30, near 1.96 for many", () => {
    expect(tQuantile975(1)).toBeCloseTo(12.7062, 4);
    expect(tQuantile975(30)).toBeCloseTo(2.0423, 4);
    expect(tQuantile975(60)).toBeCloseTo(2.0003, 3);
    expect(tQuantile975(1e6)).toBeCloseTo(1.96, 3);
    expect(tQuantile975(0)).toBeNaN();
  });

  it('paired differences 1, 2, 3 give a mean difference of 2 and the interval 2 -/+ 4.303 / sqrt(3)', () => {
    const c = comparePaired([10, 20, 30], [11, 22, 33]);
    expect(c.difference).toBe(2);
    expect(c.meanA).toBe(20);
    expect(c.meanB).toBe(22);
    expect(c.low).toBeCloseTo(2 - 4.302653 / Math.sqrt(3), 5);
    expect(c.high).toBeCloseTo(2 + 4.302653 / Math.sqrt(3), 5);
  });

  it('identical scenarios give a difference of exactly 0 with a zero-width interval; one pair gives no interval', () => {
    const same = comparePaired([0.7, 0.8], [0.7, 0.8]);
    expect([same.difference, same.low, same.high]).toEqual([0, 0, 0]);
    expect(comparePaired([1], [2]).low).toBeNaN();
  });
});
