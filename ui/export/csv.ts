/**
 * CSV in the CLI's format: a header, one row per recorded tick, numbers written as the shortest
 * text that reads back to the same bits, NaN as an empty field.
 */
import type { Metrics } from '../../sim/model.ts';
import { seriesColumns } from '../charts/metrics.ts';

export function csvField(x: number | string): string {
  if (typeof x === 'string') return /[",\n]/.test(x) ? `"${x.replace(/"/g, '""')}"` : x;
  return Number.isNaN(x) ? '' : String(x);
}

export interface LabelledSeries {
  /** Leading columns naming the run, e.g. scenario and seed. */
  readonly labels: Record<string, string | number>;
  readonly series: readonly Metrics[];
}

/** Several runs in one tidy table: label columns, then the union of metric columns. */
export function seriesCsv(runs: readonly LabelledSeries[]): string {
  const labelCols = runs[0] ? Object.keys(runs[0].labels) : [];
  const cols = seriesColumns(runs.flatMap((r) => r.series.slice(0, 1)));
  const lines = [[...labelCols, ...cols].map(csvField).join(',')];
  for (const run of runs) {
    const prefix = labelCols.map((c) => csvField(run.labels[c] ?? ''));
    for (const row of run.series)
      lines.push([...prefix, ...cols.map((c) => csvField(row[c] ?? Number.NaN))].join(','));
  }
  return `${lines.join('\n')}\n`;
}
