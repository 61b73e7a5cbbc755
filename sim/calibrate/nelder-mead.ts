/**
 * Nelder–Mead simplex search in the unit box [0, 1]^n, written as a generator that asks for batches
 * of points and is told their values (ask/tell). The caller decides how a batch is evaluated (a loop
 * in a test, a pool of worker threads in `kiez calibrate`), so the search itself stays pure and the
 * same sequence of points comes out whatever evaluates them. The simplex moves unconstrained in
 * z, and every point is asked for at u = z folded into [0, 1] (reflected at each bound, a triangle
 * wave): candidates stay inside the calibration ranges and, unlike clamping, a simplex near a bound
 * does not collapse onto it (measured: clamping stopped 0.2 off a minimum on the bound). The fold
 * uses only arithmetic the language pins down (a sine transform, as fminsearchbnd's, would not give
 * the same bits in every engine).
 * Coefficients are the standard ones (reflection 1, expansion 2, contraction 1/2, shrink 1/2;
 * Lagarias et al. 1998, SIAM J. Optim. 9(1)).
 */

export interface NelderMeadOptions {
  /** Edge of the initial simplex along each axis, in unit-box coordinates. */
  readonly initialStep: number;
  /** Most points evaluated in all (the initial simplex included). */
  readonly maxEvaluations: number;
  /** Stop when every vertex lies within this distance (largest coordinate) of the best one. */
  readonly tolerance: number;
}

export type StopReason = 'converged' | 'maxEvaluations';

export interface NelderMeadResult {
  readonly best: readonly number[];
  readonly value: number;
  readonly evaluations: number;
  readonly iterations: number;
  readonly reason: StopReason;
}

/** A batch of points to evaluate; the generator is resumed with their values, in the same order. */
export type Ask = readonly (readonly number[])[];

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const project = (p: readonly number[]) => p.map(clamp01);
/** Free coordinates to the unit box: reflected at 0 and 1, period 2. A point of the box is its own z. */
function fold(z: number): number {
  const t = z - 2 * Math.floor(z / 2);
  return clamp01(t <= 1 ? t : 2 - t);
}
const toZ = (u: readonly number[]) => [...u];
const toU = (z: readonly number[]) => z.map(fold);

/** The initial simplex: the start and one step along each axis (backwards where forwards leaves the box). */
export function initialSimplex(start: readonly number[], step: number): number[][] {
  const x0 = project(start);
  return [
    x0,
    ...x0.map((_, i) => {
      const p = [...x0];
      p[i] = x0[i]! + step <= 1 ? x0[i]! + step : x0[i]! - step;
      return project(p);
    }),
  ];
}

/** Largest coordinate distance (in the unit box) of any vertex from the first (the best, once sorted). */
function spread(simplex: readonly (readonly number[])[]): number {
  let d = 0;
  const best = toU(simplex[0]!);
  for (const z of simplex) {
    const v = toU(z);
    for (let i = 0; i < v.length; i++) d = Math.max(d, Math.abs(v[i]! - best[i]!));
  }
  return d;
}

export function* nelderMead(
  start: readonly number[],
  options: NelderMeadOptions,
): Generator<Ask, NelderMeadResult, readonly number[]> {
  const n = start.length;
  const first = initialSimplex(start, options.initialStep);
  let simplex = first.map(toZ);
  let values = [...(yield first)];
  let evaluations = simplex.length;
  let iterations = 0;

  const order = () => {
    // Stable: ties keep the older vertex first, so the search is the same on every machine.
    const idx = simplex.map((_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);
    simplex = idx.map((i) => simplex[i]!);
    values = idx.map((i) => values[i]!);
  };
  const done = (reason: StopReason): NelderMeadResult => ({
    best: toU(simplex[0]!),
    value: values[0]!,
    evaluations,
    iterations,
    reason,
  });
  const along = (centroid: readonly number[], worst: readonly number[], t: number) =>
    centroid.map((c, i) => c + t * (c - worst[i]!));
  function* one(z: number[]): Generator<Ask, number, readonly number[]> {
    evaluations++;
    const [v] = yield [toU(z)];
    return v!;
  }

  order();
  for (;;) {
    if (spread(simplex) <= options.tolerance) return done('converged');
    if (evaluations >= options.maxEvaluations) return done('maxEvaluations');
    iterations++;
    const centroid = new Array<number>(n).fill(0);
    for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) centroid[i]! += simplex[k]![i]! / n;
    const worst = simplex[n]!;
    const reflected = along(centroid, worst, 1);
    const fr = yield* one(reflected);
    if (fr < values[0]!) {
      if (evaluations >= options.maxEvaluations) {
        simplex[n] = reflected;
        values[n] = fr;
      } else {
        const expanded = along(centroid, worst, 2);
        const fe = yield* one(expanded);
        simplex[n] = fe < fr ? expanded : reflected;
        values[n] = Math.min(fe, fr);
      }
    } else if (fr < values[n - 1]!) {
      simplex[n] = reflected;
      values[n] = fr;
    } else {
      // Contract: outside when the reflection improved on the worst, inside otherwise.
      const outside = fr < values[n]!;
      if (evaluations >= options.maxEvaluations) {
        if (outside) {
          simplex[n] = reflected;
          values[n] = fr;
        }
        order();
        return done('maxEvaluations');
      }
      const contracted = along(centroid, worst, outside ? 0.5 : -0.5);
      const fc = yield* one(contracted);
      if (fc < (outside ? fr : values[n]!)) {
        simplex[n] = contracted;
        values[n] = fc;
      } else {
        // Shrink towards the best vertex: n new points, asked for as one batch.
        const best = simplex[0]!;
        const shrunk = simplex.slice(1).map((v) => v.map((x, i) => best[i]! + 0.5 * (x - best[i]!)));
        const fs = yield shrunk.map(toU);
        evaluations += shrunk.length;
        simplex = [best, ...shrunk];
        values = [values[0]!, ...fs];
      }
    }
    order();
  }
}

/** Drive the search with a plain function (tests, scripts): every asked point evaluated in turn. */
export function minimise(
  f: (p: readonly number[]) => number,
  start: readonly number[],
  options: NelderMeadOptions,
): NelderMeadResult {
  const search = nelderMead(start, options);
  let step = search.next();
  while (!step.done) step = search.next(step.value.map(f));
  return step.value;
}
