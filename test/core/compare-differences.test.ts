import { describe, expect, it } from 'vitest';
import { comparePaired } from '../../sim/batch/stats.ts';
import type { Metrics } from '../../sim/model.ts';
import {
  differenceOverTime,
  endDifference,
  endSummary,
  rankedDifferences,
  verdictOf,
} from '../../ui/compare/differences.ts';

/** A run whose measure x takes the given values at ticks 0, 1, ... */
const run = (xs: number[], extra: Record<string, number> = {}): Metrics[] =>
  xs.map((x, tick) => ({ tick, x, ...extra }));

const base = { name: 'A', replicates: [run([0, 1]), run([0, 2]), run([0, 3])] };
const other = {
  name: 'B',
  replicates: [run([0, 2], { y: 5 }), run([0, 4], { y: 6 }), run([0, 3], { y: 7 })],
};

describe('differences to the baseline', () => {
  it('pairs runs by seed and takes each run at its last row, as kiez compare does', () => {
    const d = endDifference(base, other, 'x');
    expect(d).toMatchObject({ n: 3, meanA: 2, meanB: 3, difference: 1, verdict: 'none' });
    // The same numbers as the CLI's statistics on the paired end values.
    const c = comparePaired([1, 2, 3], [2, 4, 3]);
    expect(d.low).toBe(c.low);
    expect(d.high).toBe(c.high);
  });

  it('says "no clear effect" when the interval spans 0 and names the direction otherwise', () => {
    expect(verdictOf(comparePaired([1, 2, 3], [2, 3.1, 4.2]))).toBe('higher');
    expect(verdictOf(comparePaired([1, 2, 3], [0, 0.9, 2.1]))).toBe('lower');
    expect(verdictOf(comparePaired([1, 2, 3], [2, 1, 3]))).toBe('none');
    expect(verdictOf(comparePaired([1], [2]))).toBe('few');
  });

  it('reports a measure the baseline does not have as absent, with the scenario mean only', () => {
    const d = endDifference(base, other, 'y');
    expect(d.verdict).toBe('absent');
    expect(d.meanB).toBe(6);
    expect(Number.isNaN(d.difference)).toBe(true);
  });

  it('gives the paired difference at each tick with its interval', () => {
    const d = differenceOverTime(base, other, 'x');
    expect(d.ticks).toEqual([0, 1]);
    expect(d.mean).toEqual([0, 1]);
    expect(d.low[0]).toBe(0);
    expect(d.high[0]).toBe(0);
  });

  it('puts clear effects first, largest relative change first; a difference the same in every seed admits no test', () => {
    const b = { name: 'A', replicates: [run([10], { z: 1 }), run([10], { z: 2 }), run([10], { z: 3 })] };
    const o = { name: 'B', replicates: [run([11], { z: 1 }), run([11], { z: 3 }), run([11], { z: 2 })] };
    const ranked = rankedDifferences(b, [o], ['z', 'x']);
    // x rose by exactly 1 in every pair (an interval of width 0: no t-test); z moved both ways.
    expect(ranked.map((d) => [d.measure, d.verdict])).toEqual([
      ['x', 'constant'],
      ['z', 'none'],
    ]);
    expect(Number.isNaN(ranked[0]!.p)).toBe(true);
    const clear = {
      name: 'C',
      replicates: [run([12], { z: 2 }), run([12.5], { z: 3 }), run([12.2], { z: 4 })],
    };
    // x: +2, +2.5, +2.2 (p = 0.004, the only test, so Holm leaves it); z: +1 in every pair.
    expect(rankedDifferences(b, [clear], ['z', 'x']).map((d) => [d.measure, d.verdict])).toEqual([
      ['x', 'higher'],
      ['z', 'constant'],
    ]);
  });

  it('adjusts the p-values over the table (Holm), so a difference clear alone is not clear among others', () => {
    // Differences +1, +1.5, +2: t = 5.196 on 2 df, p = 0.0351; its 95 % interval excludes 0.
    const b = { name: 'A', replicates: [0, 0, 0].map(() => run([0], { u: 0, v: 0 })) };
    const o = { name: 'B', replicates: [1, 1.5, 2].map((x) => run([0], { u: x, v: x })) };
    const alone = rankedDifferences(b, [o], ['u']);
    expect(alone[0]!.verdict).toBe('higher');
    expect(alone[0]!.p).toBeCloseTo(0.0351, 4);
    expect(alone[0]!.pAdjusted).toBe(alone[0]!.p);
    const both = rankedDifferences(b, [o], ['u', 'v']);
    expect(both.map((d) => d.verdict)).toEqual(['none', 'none']);
    expect(both[0]!.pAdjusted).toBe(2 * both[0]!.p);
    expect(both[0]!.low).toBeGreaterThan(0); // the unadjusted interval alone would have said "higher"
  });

  it('summarises end values with a 95 % interval of the mean', () => {
    const s = endSummary(base, 'x');
    expect(s.mean).toBe(2);
    expect(s.n).toBe(3);
    // t(0.975, 2) = 4.302653 (R: qt(0.975, 2)), sd 1, sqrt(3): half-width 2.48414...
    expect(s.high - s.mean).toBeCloseTo((4.302653 * 1) / Math.sqrt(3), 5);
  });
});
