/**
 * p-values adjusted for the number of comparisons, as R's `p.adjust`: Holm's step-down (controls the
 * family-wise error rate, valid under any dependence) and Benjamini-Hochberg's step-up (controls the
 * false discovery rate). Missing p-values (NaN) stay missing and do not count as comparisons.
 */

export const P_ADJUST_METHODS = ['holm', 'BH', 'none'] as const;
export type PAdjustMethod = (typeof P_ADJUST_METHODS)[number];

export function adjustP(p: readonly number[], method: PAdjustMethod): number[] {
  const out = p.map(() => Number.NaN);
  const index = p.map((_, i) => i).filter((i) => !Number.isNaN(p[i]!));
  const m = index.length;
  if (method === 'none') {
    for (const i of index) out[i] = p[i]!;
    return out;
  }
  if (method === 'holm') {
    // Ascending; the j-th smallest (from 0) times m - j, then a running maximum, capped at 1.
    index.sort((x, y) => p[x]! - p[y]! || x - y);
    let running = 0;
    index.forEach((i, j) => {
      running = Math.max(running, Math.min(1, (m - j) * p[i]!));
      out[i] = running;
    });
    return out;
  }
  // BH: descending; the j-th smallest (from 1) times m / j, then a running minimum, capped at 1.
  index.sort((x, y) => p[y]! - p[x]! || y - x);
  let running = 1;
  index.forEach((i, k) => {
    const rank = m - k;
    running = Math.min(running, (m / rank) * p[i]!);
    out[i] = Math.min(1, running);
  });
  return out;
}
