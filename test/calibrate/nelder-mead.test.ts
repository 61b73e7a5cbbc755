/** The simplex search apart from the model: known optima, bounds, the evaluation budget, determinism. */
import { describe, expect, it } from 'vitest';
import { initialSimplex, minimise, nelderMead } from '../../sim/calibrate/nelder-mead.ts';

const options = { initialStep: 0.1, maxEvaluations: 400, tolerance: 1e-6 };

describe('Nelder–Mead in the unit box', () => {
  it('finds the minimum of a quadratic at (0.3, 0.7) to 1e-5', () => {
    const r = minimise((p) => (p[0]! - 0.3) ** 2 + 4 * (p[1]! - 0.7) ** 2, [0.9, 0.1], options);
    expect(r.reason).toBe('converged');
    expect(r.best[0]).toBeCloseTo(0.3, 5);
    expect(r.best[1]).toBeCloseTo(0.7, 5);
    expect(r.value).toBeLessThan(1e-10);
  });

  it('follows the curved valley of Rosenbrock’s function to its minimum (scaled into the box at 0.5, 0.5)', () => {
    const rosen = (p: readonly number[]) => {
      const x = 4 * p[0]! - 1;
      const y = 4 * p[1]! - 1;
      return 100 * (y - x * x) ** 2 + (1 - x) ** 2;
    };
    const r = minimise(rosen, [0.1, 0.9], { ...options, maxEvaluations: 2000, tolerance: 1e-8 });
    expect(r.best[0]).toBeCloseTo(0.5, 4);
    expect(r.best[1]).toBeCloseTo(0.5, 4);
  });

  it('stops on the bound when the unconstrained minimum lies outside the box', () => {
    const r = minimise((p) => (p[0]! - 1.5) ** 2 + (p[1]! - 0.2) ** 2, [0.2, 0.8], options);
    expect(r.best[0]).toBeCloseTo(1, 6);
    expect(r.best[1]).toBeCloseTo(0.2, 5);
  });

  it('never evaluates more points than its budget, and says it ran out', () => {
    let calls = 0;
    const r = minimise(
      (p) => {
        calls++;
        return (p[0]! - 0.3) ** 2 + (p[1]! - 0.6) ** 2 + (p[2]! - 0.1) ** 2;
      },
      [0.9, 0.9, 0.9],
      { ...options, maxEvaluations: 13 },
    );
    expect(calls).toBe(r.evaluations);
    expect(r.evaluations).toBeLessThanOrEqual(13);
    expect(r.reason).toBe('maxEvaluations');
  });

  it('asks for the whole initial simplex as one batch, stepping backwards at the upper bound', () => {
    const search = nelderMead([0.95, 0.5], options);
    const first = search.next();
    expect(first.value).toEqual([
      [0.95, 0.5],
      [0.85, 0.5],
      [0.95, 0.6],
    ]);
    expect(initialSimplex([2, -1], 0.25)).toEqual([
      [1, 0],
      [0.75, 0],
      [1, 0.25],
    ]);
  });

  it('asks for the same points in the same order on every run', () => {
    const f = (p: readonly number[]) => Math.abs(p[0]! - 0.42) + (p[1]! - 0.1) ** 2;
    const asked = () => {
      const out: string[] = [];
      const search = nelderMead([0.8, 0.8], options);
      let step = search.next();
      while (!step.done) {
        out.push(JSON.stringify(step.value));
        step = search.next(step.value.map(f));
      }
      return out;
    };
    const a = asked();
    expect(a.length).toBeGreaterThan(20);
    expect(asked()).toEqual(a);
  });
});
