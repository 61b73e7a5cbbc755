import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { Digest } from '../../sim/digest.ts';
import { exp, log } from '../../sim/math/portable.ts';

/** Distance in units in the last place between two doubles of the same sign. */
function ulps(a: number, b: number): number {
  const buf = new DataView(new ArrayBuffer(16));
  buf.setFloat64(0, a);
  buf.setFloat64(8, b);
  return Number(buf.getBigInt64(0) - buf.getBigInt64(8));
}

describe('portable exp and log', () => {
  const rng = seedrandom.alea('portable-math');
  const xs = Array.from({ length: 200_000 }, (_, i) => {
    const u = rng();
    return i % 4 === 0
      ? (u - 0.5) * 1400
      : i % 4 === 1
        ? (u - 0.5) * 10
        : i % 4 === 2
          ? u * 1e-6
          : (u - 0.5) * 60;
  });

  it('exp is within 1 ulp of Math.exp over [-700, 700]', () => {
    let worst = 0;
    for (const x of xs) worst = Math.max(worst, Math.abs(ulps(exp(x), Math.exp(x))));
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('log is within 1 ulp of Math.log from subnormals to 1e300', () => {
    let worst = 0;
    for (const x of xs) {
      const v = Math.abs(x) * 10 ** ((x * 7) % 300);
      if (v === 0 || !Number.isFinite(v)) continue;
      worst = Math.max(worst, Math.abs(ulps(log(v), Math.log(v))));
    }
    for (const v of [5e-324, 1e-310, 2.2250738585072014e-308, 0.5, 1, 2, Math.E, 1e308]) {
      worst = Math.max(worst, Math.abs(ulps(log(v), Math.log(v))));
    }
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('gets the special values right', () => {
    expect(exp(0)).toBe(1);
    expect(Math.abs(ulps(exp(1), Math.E))).toBeLessThanOrEqual(1);
    expect(exp(Number.NaN)).toBeNaN();
    expect(exp(800)).toBe(Number.POSITIVE_INFINITY);
    expect(exp(-800)).toBe(0);
    expect(exp(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(log(1)).toBe(0);
    expect(log(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(log(-1)).toBeNaN();
    expect(log(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(Math.abs(ulps(log(Math.E), 1))).toBeLessThanOrEqual(1);
  });

  it('pins the bits of a fixed sample: a browser must print the same digest', () => {
    const d = new Digest();
    for (let i = -2000; i <= 2000; i++) d.number(exp(i / 7.3)).number(log(Math.abs(i) / 3.1 + 1e-9));
    expect(d.hex()).toMatchInlineSnapshot(`"cf886db6ad256696"`);
  });
});
