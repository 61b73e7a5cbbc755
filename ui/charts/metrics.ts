/** Names of the metrics in a series, and which of them are worth a chart. */
import { seriesColumns } from '../../sim/csv.ts';
import type { Metrics } from '../../sim/model.ts';

/**
 * Metrics to offer in a chart picker: everything but the tick counter. Indices computed every N
 * ticks are missing from the rows in between, so the first and the last row are both looked at.
 */
export function chartableMetrics(series: readonly Metrics[]): string[] {
  const ends = series.length > 1 ? [series[0]!, series[series.length - 1]!] : series;
  return seriesColumns(ends).filter((c) => c !== 'tick');
}

/** The metric a chart shows first: the one the teaching texts talk about, else the first. */
export function preferredMetric(names: readonly string[]): string {
  for (const wanted of ['similarShare', 'D.origin.quarter', 'H.origin.quarter'])
    if (names.includes(wanted)) return wanted;
  return names[0] ?? '';
}

/** A person-centred radius in a metric name: `r1`, `r2`, ... */
const RADIUS = /^r\d+$/;

/**
 * Indices reported at several scales: `D.group.block5`, `D.group.r2`, ... grouped by everything
 * before the last dot. A family counts when it has at least two members and at least one of them is
 * a person-centred radius (which tells a scale family from, say, refusals by group).
 */
export function scaleFamilies(names: readonly string[]): Map<string, string[]> {
  const families = new Map<string, string[]>();
  for (const name of names) {
    const cut = name.lastIndexOf('.');
    if (cut <= 0) continue;
    const family = name.slice(0, cut);
    const list = families.get(family) ?? [];
    list.push(name);
    families.set(family, list);
  }
  for (const [k, v] of families) {
    if (v.length < 2 || !v.some((m) => RADIUS.test(m.slice(k.length + 1)))) families.delete(k);
  }
  return families;
}
