// The designs and the sensitivity estimators apart from the model: the Sobol' sequence's structure,
// the Ishigami function's known indices, Morris on a function whose effects are known exactly.
import { describe, expect, it } from 'vitest';
import { latinHypercube, morris, saltelli } from '../../sim/batch/design.ts';
import { morrisIndices, sobolIndices } from '../../sim/batch/sensitivity.ts';
import { sobolPoints } from '../../sim/math/sobol-sequence.ts';
import { stream } from '../../sim/rng.ts';

const ishigami = ([x1, x2, x3]: readonly number[]) =>
  Math.sin(x1!) + 7 * Math.sin(x2!) ** 2 + 0.1 * x3! ** 4 * Math.sin(x1!);

describe("the Sobol' sequence", () => {
  it('starts 0, 1/2, then 3/4 and 1/4 in dimension one and 1/4 and 3/4 in dimension two', () => {
    expect(sobolPoints(4, 2)).toEqual([
      [0, 0],
      [0.5, 0.5],
      [0.75, 0.25],
      [0.25, 0.75],
    ]);
  });

  it('puts exactly one of its first 64 points in each 1/64 of every one of its 36 dimensions', () => {
    const pts = sobolPoints(64, 36);
    for (let d = 0; d < 36; d++) {
      const cells = new Set(pts.map((p) => Math.floor(p[d]! * 64)));
      expect(cells.size).toBe(64);
    }
  });

  it('keeps that balance after a seeded digital shift, and the same seed gives the same points', () => {
    const a = sobolPoints(32, 4, 0, stream(7, 'x'));
    expect(a).toEqual(sobolPoints(32, 4, 0, stream(7, 'x')));
    expect(a).not.toEqual(sobolPoints(32, 4, 0, stream(8, 'x')));
    for (let d = 0; d < 4; d++) expect(new Set(a.map((p) => Math.floor(p[d]! * 32))).size).toBe(32);
  });
});

describe('a Latin hypercube', () => {
  it('has one of its 10 points in each tenth of each dimension', () => {
    const pts = latinHypercube(10, 3, stream(1, 'lhs'));
    for (let d = 0; d < 3; d++) expect(new Set(pts.map((p) => Math.floor(p[d]! * 10))).size).toBe(10);
  });
});

describe("Sobol' indices", () => {
  it('reproduce the Ishigami function (a = 7, b = 0.1) within 0.02, with intervals around them', () => {
    const n = 4096;
    const unit = saltelli(n, 3, stream(1, 'design/sobol'));
    const y = unit.map((u) => ishigami(u.map((x) => -Math.PI + 2 * Math.PI * x)));
    const s = sobolIndices(y, 3, { resamples: 200, level: 0.95, rng: stream(1, 'boot') });
    const known = { s1: [0.3139, 0.4424, 0], st: [0.5576, 0.4424, 0.2437] };
    s.forEach((x, i) => {
      expect(Math.abs(x.s1 - known.s1[i]!)).toBeLessThan(0.02);
      expect(Math.abs(x.st - known.st[i]!)).toBeLessThan(0.02);
      expect(x.s1Low).toBeLessThan(x.s1High);
      expect(x.stLow).toBeLessThanOrEqual(x.st + 0.02);
      expect(x.stHigh).toBeGreaterThanOrEqual(x.st - 0.02);
    });
  });
});

describe('Morris elementary effects', () => {
  it('give mu* = |slope| and sigma = 0 for a linear function, and sigma > 0 for an interaction', () => {
    const k = 3;
    const unit = morris(20, k, 4, stream(3, 'design/morris'));
    const linear = morrisIndices(
      unit,
      unit.map(([a, b, c]) => 2 * a! - 5 * b! + 0 * c!),
      k,
    );
    expect(linear.map((m) => Number(m.muStar.toFixed(9)))).toEqual([2, 5, 0]);
    expect(linear.map((m) => Number(m.mu.toFixed(9)))).toEqual([2, -5, 0]);
    expect(linear.map((m) => Number(m.sigma.toFixed(9)))).toEqual([0, 0, 0]);
    expect(linear.map((m) => m.effects)).toEqual([20, 20, 20]);
    const product = morrisIndices(
      unit,
      unit.map(([a, b]) => a! * b!),
      k,
    );
    expect(product[0]!.sigma).toBeGreaterThan(0.1);
    expect(product[2]!.muStar).toBe(0);
  });
});
