/**
 * Where the refused ended up, read from a run's metrics: for every group, the searches refused at
 * least once that have ended (`afterRefusal.<where>.<group>`, cumulative since tick 0) and the share
 * that ended in each quarter type, stayed put, gave up or left the city. Pure: no DOM, the panel
 * renders it. The places are the model's own (`AFTER_REFUSAL_LABELS`), so a new one shows by itself.
 */
import { AFTER_REFUSAL_LABELS } from '../../sim/city/people-counts.ts';
import type { Metrics } from '../../sim/model.ts';

export const REFUSED_PLACES: readonly string[] = AFTER_REFUSAL_LABELS;

export interface RefusedOutcome {
  readonly group: string;
  /** Refused searches of the group that have ended (sum over places). */
  readonly ended: number;
  /** Per place (REFUSED_PLACES order): count, and share of `ended` (NaN when none ended). */
  readonly counts: readonly number[];
  readonly shares: readonly number[];
}

const COLUMN = /^afterRefusal\.([^.]+)\.([^.]+)$/;

/** The groups a row reports, in the order of its columns. */
export function refusedGroups(row: Metrics | undefined): string[] {
  const out = new Set<string>();
  for (const name of Object.keys(row ?? {})) {
    const m = COLUMN.exec(name);
    if (m && REFUSED_PLACES.includes(m[1]!)) out.add(m[2]!);
  }
  return [...out];
}

/** Counts and shares per group in one row of metrics; empty when the run does not report them. */
export function refusedOutcomes(row: Metrics | undefined): RefusedOutcome[] {
  if (!row) return [];
  return refusedGroups(row).map((group) => {
    const counts = REFUSED_PLACES.map((p) => row[`afterRefusal.${p}.${group}`] ?? 0);
    const ended = counts.reduce((a, b) => a + b, 0);
    return { group, ended, counts, shares: counts.map((c) => (ended > 0 ? c / ended : Number.NaN)) };
  });
}

/**
 * Over seeds (each seed's last row): the mean count and the mean share per place, where a seed in
 * which no refused search of the group ended does not enter the share's mean.
 */
export function meanRefusedOutcomes(rows: readonly (Metrics | undefined)[]): RefusedOutcome[] {
  const each = rows.map(refusedOutcomes);
  const groups = [...new Set(each.flatMap((e) => e.map((o) => o.group)))];
  return groups.map((group) => {
    const found = each.map((e) => e.find((o) => o.group === group)).filter((o) => o !== undefined);
    const withEnded = found.filter((o) => o.ended > 0);
    const mean = (xs: number[]) => (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);
    return {
      group,
      ended: mean(found.map((o) => o.ended)),
      counts: REFUSED_PLACES.map((_, i) => mean(found.map((o) => o.counts[i]!))),
      shares: REFUSED_PLACES.map((_, i) => mean(withEnded.map((o) => o.shares[i]!))),
    };
  });
}
