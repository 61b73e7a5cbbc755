/**
 * What changed against the baseline: for each scenario and measure, the mean difference over paired
 * runs (same seed in both) with its 95 % interval, by the same `comparePaired` that `kiez compare`
 * prints, on the same values (each run's last row, as the CLI takes it). Over time, the paired
 * difference at each tick with its interval, for lines with bands. A verdict says whether the
 * difference is clear: in a table of many measures, by the paired t-test's p-value adjusted over the
 * table's comparisons (Holm, as `kiez compare` adjusts by default), so that the ~5 % of measures an
 * unadjusted 95 % interval calls clear by chance are not; a difference that is the same in every
 * seed admits no test and says so. Pure, so the Node tests check it.
 */
import { pairedTest } from '../../sim/batch/paired.ts';
import { type Comparison, comparePaired, mean, sd, tQuantile975 } from '../../sim/batch/stats.ts';
import { adjustP } from '../../sim/math/p-adjust.ts';
import type { Metrics } from '../../sim/model.ts';

/** One scenario's runs, indexed by seed (undefined: that seed has not finished yet). */
export interface PairedRuns {
  readonly name: string;
  readonly replicates: readonly (readonly Metrics[] | undefined)[];
}

/**
 * `absent`: the baseline does not report the measure (e.g. refusals for a cap it does not have);
 * `constant`: the difference is the same in every seed (no spread, so no test).
 */
export type Verdict = 'higher' | 'lower' | 'none' | 'constant' | 'few' | 'absent';

export interface Difference extends Comparison {
  readonly measure: string;
  readonly scenario: string;
  readonly verdict: Verdict;
  /** |difference| relative to the larger of the two means (Infinity from a zero baseline). */
  readonly relative: number;
  /** Two-sided p of the paired t-test (kiez compare's); NaN where the differences do not vary. */
  readonly p: number;
  /** p adjusted over the comparisons of one table (Holm); p itself for a single comparison. */
  readonly pAdjusted: number;
}

/** A run's value of a measure at its last row, null when missing or not finite (as `kiez compare`). */
export function endValue(series: readonly Metrics[] | undefined, measure: string): number | null {
  const v = series?.at(-1)?.[measure];
  return v !== undefined && Number.isFinite(v) ? v : null;
}

/**
 * What a comparison says: too few seeds; the same difference in every seed (`constant`, or `none`
 * when it is 0); else clear (higher or lower) when `pAdjusted` is below 0.05, or without one when
 * the 95 % interval excludes 0 (the same reading for a single comparison).
 */
export function verdictOf(c: Comparison, pAdjusted = Number.NaN): Verdict {
  if (c.n < 2 || !Number.isFinite(c.low)) return 'few';
  if (c.low === c.high) return c.difference === 0 ? 'none' : 'constant';
  const clear = Number.isFinite(pAdjusted) ? pAdjusted < 0.05 : !(c.low <= 0 && c.high >= 0);
  if (!clear) return 'none';
  return c.difference > 0 ? 'higher' : 'lower';
}

/** Whether a run has all its rows (the slot marks finished runs; here: a series is given). */
function pairs(base: PairedRuns, other: PairedRuns, measure: string): [number[], number[]] {
  const a: number[] = [];
  const b: number[] = [];
  const n = Math.min(base.replicates.length, other.replicates.length);
  for (let i = 0; i < n; i++) {
    const va = endValue(base.replicates[i], measure);
    const vb = endValue(other.replicates[i], measure);
    if (va !== null && vb !== null) {
      a.push(va);
      b.push(vb);
    }
  }
  return [a, b];
}

export function endDifference(base: PairedRuns, other: PairedRuns, measure: string): Difference {
  const [a, b] = pairs(base, other, measure);
  if (
    a.length === 0 &&
    !base.replicates.some(
      (r) => r?.[0]?.[measure] !== undefined || (r?.at(-1)?.[measure] ?? undefined) !== undefined,
    )
  ) {
    const s = endSummary(other, measure);
    if (s.n > 0)
      return {
        n: 0,
        meanA: Number.NaN,
        sdA: Number.NaN,
        meanB: s.mean,
        sdB: Number.NaN,
        difference: Number.NaN,
        low: Number.NaN,
        high: Number.NaN,
        measure,
        scenario: other.name,
        verdict: 'absent',
        relative: 0,
        p: Number.NaN,
        pAdjusted: Number.NaN,
      };
  }
  const c = comparePaired(a, b);
  const scale = Math.max(Math.abs(c.meanA), Math.abs(c.meanB));
  const relative =
    c.difference === 0 ? 0 : scale > 0 ? Math.abs(c.difference) / scale : Number.POSITIVE_INFINITY;
  const p = a.length >= 2 ? pairedTest(a, b).p : Number.NaN;
  return { ...c, measure, scenario: other.name, verdict: verdictOf(c), relative, p, pAdjusted: p };
}

/** Mean and 95 % interval of one scenario's end values over its seeds (for bars with whiskers). */
export function endSummary(
  runs: PairedRuns,
  measure: string,
): { mean: number; low: number; high: number; n: number } {
  const xs = runs.replicates.map((r) => endValue(r, measure)).filter((v): v is number => v !== null);
  const m = mean(xs);
  const half = xs.length > 1 ? tQuantile975(xs.length - 1) * (sd(xs) / Math.sqrt(xs.length)) : Number.NaN;
  return { mean: m, low: m - half, high: m + half, n: xs.length };
}

/** The paired difference to the baseline at each tick both have, with its 95 % interval. */
export function differenceOverTime(
  base: PairedRuns,
  other: PairedRuns,
  measure: string,
): { ticks: number[]; mean: number[]; low: number[]; high: number[] } {
  const out = { ticks: [] as number[], mean: [] as number[], low: [] as number[], high: [] as number[] };
  const n = Math.min(base.replicates.length, other.replicates.length);
  const length = Math.max(0, ...base.replicates.map((r) => r?.length ?? 0));
  for (let t = 0; t < length; t++) {
    const d: number[] = [];
    let tick = t;
    for (let i = 0; i < n; i++) {
      const ra = base.replicates[i];
      const rb = other.replicates[i];
      const va = ra?.[t]?.[measure];
      const vb = rb?.[t]?.[measure];
      if (ra?.[t]) tick = ra[t]!['tick'] ?? t;
      if (va !== undefined && vb !== undefined && Number.isFinite(va) && Number.isFinite(vb)) d.push(vb - va);
    }
    if (d.length === 0) continue;
    const m = mean(d);
    const half = d.length > 1 ? tQuantile975(d.length - 1) * (sd(d) / Math.sqrt(d.length)) : Number.NaN;
    out.ticks.push(tick);
    out.mean.push(m);
    out.low.push(m - half);
    out.high.push(m + half);
  }
  return out;
}

/**
 * Every measure of every scenario against the baseline, largest first: measures with a clear
 * effect by relative size, then those without (or the same in every seed), then too few seeds.
 * The p-values are adjusted (Holm) over all the rows with a test, and the verdicts read them.
 */
export function rankedDifferences(
  base: PairedRuns,
  others: readonly PairedRuns[],
  measures: readonly string[],
): Difference[] {
  const rank: Record<Verdict, number> = { higher: 0, lower: 0, constant: 1, none: 1, few: 2, absent: 3 };
  const raw = others.flatMap((o) => measures.map((m) => endDifference(base, o, m)));
  const adjusted = adjustP(
    raw.map((d) => d.p),
    'holm',
  );
  const all = raw.map((d, i) =>
    d.verdict === 'absent' ? d : { ...d, pAdjusted: adjusted[i]!, verdict: verdictOf(d, adjusted[i]!) },
  );
  return all
    .filter((d) => d.n > 0 || d.verdict === 'absent')
    .sort(
      (x, y) =>
        rank[x.verdict] - rank[y.verdict] ||
        y.relative - x.relative ||
        Math.abs(y.difference) - Math.abs(x.difference),
    );
}
