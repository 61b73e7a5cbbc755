/**
 * Concentration of disadvantage: quarters where a high share of migrant-background households, a
 * high share of low incomes and a weak school coincide. Thresholds are parameters; a quarter meets
 * a threshold when its share is at least the threshold (school: quality at most the threshold).
 * Quarters without households never count.
 */

export interface DisadvantageThresholds {
  /** Least share of households with a migration background. */
  readonly migrantShare: number;
  /** Least share of low-income households. */
  readonly lowIncomeShare: number;
  /** Highest school quality (0-1) counted as weak. */
  readonly schoolQuality: number;
}

export interface QuarterProfile {
  readonly quarters: number;
  /** Housed households per quarter. */
  readonly households: Int32Array | Float64Array;
  /** Households with a migration background per quarter. */
  readonly migrant: Int32Array | Float64Array;
  /** Low-income households per quarter. */
  readonly lowIncome: Int32Array | Float64Array;
  /** School quality per quarter (0-1). */
  readonly school: Float32Array | Float64Array;
}

export interface DisadvantageResult {
  /** Quarters meeting all three thresholds. */
  readonly quarters: number;
  /** Share of housed households living in those quarters. */
  readonly householdShare: number;
  /** Share of migrant-background households living in those quarters. */
  readonly migrantShare: number;
}

/** Flags (1/0) each quarter in `flags` and sums up. */
export function concentratedDisadvantage(
  p: QuarterProfile,
  t: DisadvantageThresholds,
  flags: Uint8Array,
): DisadvantageResult {
  let quarters = 0;
  let inside = 0;
  let all = 0;
  let migrantInside = 0;
  let migrantAll = 0;
  for (let q = 0; q < p.quarters; q++) {
    const n = p.households[q]!;
    const m = p.migrant[q]!;
    all += n;
    migrantAll += m;
    const hit =
      n > 0 &&
      m / n >= t.migrantShare &&
      p.lowIncome[q]! / n >= t.lowIncomeShare &&
      p.school[q]! <= t.schoolQuality;
    flags[q] = hit ? 1 : 0;
    if (hit) {
      quarters++;
      inside += n;
      migrantInside += m;
    }
  }
  return {
    quarters,
    householdShare: all === 0 ? 0 : inside / all,
    migrantShare: migrantAll === 0 ? 0 : migrantInside / migrantAll,
  };
}
