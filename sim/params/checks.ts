/** Cross-field rules several sections share, phrased the same way everywhere. */
import type { Problem } from './spec.ts';

/** Tolerance for shares written in a file (0.1 + 0.2 + 0.7 is not exactly 1 in floating point). */
const SUM_TOLERANCE = 1e-6;

/** A problem when `shares` do not sum to 1; `what` names them in the message ("shares", "group shares"). */
export function sumToOneProblem(
  path: string,
  value: unknown,
  shares: readonly number[],
  what: string,
): Problem[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) <= SUM_TOLERANCE) return [];
  return [{ path, value, allowed: `${what} summing to 1 (they sum to ${+sum.toFixed(6)})` }];
}
