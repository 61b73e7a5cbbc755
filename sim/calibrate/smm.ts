/**
 * Simulated method of moments, the statistics: the weighted distance between simulated and observed
 * moments, the replicate mean and covariance of the moments at a point, and the asymptotic
 * (sandwich) covariance of the estimate (McFadden 1989; Lee & Ingram 1991; Gouriéroux & Monfort
 * 1996, ch. 2):
 *
 *   V = (G'WG)^-1 G'W S W G (G'WG)^-1,   S = S_obs + S_sim / R
 *
 * G is the Jacobian of the mean simulated moments in the parameters, W the diagonal weights, R the
 * replicates per point. S_obs is the noise of the observed moments: se^2 for a target given with a
 * standard error; for targets given with a weight only, the observed value is taken to be one
 * realisation of the model, so their block of S_obs is the replicate covariance S_sim itself, and S
 * becomes the familiar (1 + 1/R) S_sim. Pure functions on plain arrays.
 */
import { diagonal, inverse, type Matrix, multiply, transpose } from './matrix.ts';

export interface MomentTarget {
  readonly observed: number;
  /** Weight in the distance: 1 / se^2 when a standard error is given. */
  readonly weight: number;
  /** Standard error of the observed value, when given. */
  readonly se?: number | undefined;
}

/** The weighted squared distance sum_k w_k (m_k - observed_k)^2. */
export function distance(moments: readonly number[], targets: readonly MomentTarget[]): number {
  let q = 0;
  targets.forEach((t, k) => {
    const d = moments[k]! - t.observed;
    q += t.weight * d * d;
  });
  return q;
}

/** Each target's share of the distance, w_k (m_k - observed_k)^2. */
export function contributions(moments: readonly number[], targets: readonly MomentTarget[]): number[] {
  return targets.map((t, k) => {
    const d = moments[k]! - t.observed;
    return t.weight * d * d;
  });
}

/** Mean of the moment vectors of the replicates. */
export function meanMoments(replicates: readonly (readonly number[])[]): number[] {
  const k = replicates[0]?.length ?? 0;
  const out = new Array<number>(k).fill(0);
  for (const r of replicates) for (let i = 0; i < k; i++) out[i]! += r[i]! / replicates.length;
  return out;
}

/** Sample covariance (n - 1) of the moment vectors of the replicates; undefined below two. */
export function momentCovariance(replicates: readonly (readonly number[])[]): Matrix | undefined {
  const n = replicates.length;
  if (n < 2) return undefined;
  const m = meanMoments(replicates);
  const k = m.length;
  const out = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const r of replicates) {
    for (let i = 0; i < k; i++) {
      const di = r[i]! - m[i]!;
      for (let j = 0; j < k; j++) out[i]![j]! += (di * (r[j]! - m[j]!)) / (n - 1);
    }
  }
  return out;
}

/**
 * The Jacobian column of one parameter by a difference: (m(plus) - m(minus)) / (thetaPlus - thetaMinus).
 * Both points use the same replicate seeds (common random numbers), so the seeds' noise largely
 * cancels in the difference.
 */
export function differenceColumn(
  plus: readonly number[],
  minus: readonly number[],
  thetaPlus: number,
  thetaMinus: number,
): number[] {
  const h = thetaPlus - thetaMinus;
  return plus.map((p, k) => (p - minus[k]!) / h);
}

/** S = S_obs + S_sim / R, with S_obs as the module comment says. */
export function momentNoise(
  simulated: readonly (readonly number[])[],
  targets: readonly MomentTarget[],
  replicates: number,
): Matrix {
  return targets.map((ti, i) =>
    targets.map((tj, j) => {
      const sim = simulated[i]![j]! / replicates;
      if (ti.se !== undefined || tj.se !== undefined) {
        return i === j ? ti.se! * ti.se! + sim : sim;
      }
      return simulated[i]![j]! + sim;
    }),
  );
}

export interface Sandwich {
  /** Covariance of the estimate, parameters x parameters. */
  readonly covariance: Matrix;
  readonly se: number[];
}

/**
 * The sandwich covariance from the Jacobian `g` (targets x parameters), the targets' weights and
 * the moment noise `s` (targets x targets); undefined when G'WG is singular (a parameter that no
 * target responds to is not identified).
 */
export function sandwich(
  g: readonly (readonly number[])[],
  targets: readonly MomentTarget[],
  s: readonly (readonly number[])[],
): Sandwich | undefined {
  const w = diagonal(targets.map((t) => t.weight));
  const gt = transpose(g);
  const gtw = multiply(gt, w);
  const bread = inverse(multiply(gtw, g));
  if (!bread) return undefined;
  const meat = multiply(multiply(gtw, s), transpose(gtw));
  const covariance = multiply(multiply(bread, meat), bread);
  const se = covariance.map((row, i) => Math.sqrt(Math.max(0, row[i]!)));
  if (se.some((x) => !Number.isFinite(x))) return undefined;
  return { covariance, se };
}
