/**
 * The tidy CSV that `kiez run`, `kiez sweep` and the app's exports all write: a header, one row per
 * recorded tick, numbers as the shortest text that reads back to the same bits, an empty field where
 * a value is missing or NaN. Pure, so the CLI and the browser share one format.
 */
import type { Metrics } from './model.ts';

/** One CSV field: numbers round-trip exactly, NaN is empty, text is quoted when it must be. */
export function csvField(x: number | string): string {
  if (typeof x === 'string') return /[",\n]/.test(x) ? `"${x.replace(/"/g, '""')}"` : x;
  return Number.isNaN(x) ? '' : String(x);
}

/** Columns of a series: the union of keys in first-seen order, tick first. */
export function seriesColumns(series: readonly Metrics[]): string[] {
  const seen = new Set<string>(['tick']);
  for (const row of series) for (const k of Object.keys(row)) seen.add(k);
  return [...seen];
}

export interface LabelledSeries {
  /** Leading columns naming the run, e.g. scenario and seed (none for a single run). */
  readonly labels: Record<string, string | number>;
  readonly series: readonly Metrics[];
}

/** Several runs in one table: the label columns, then the union of every run's metric columns. */
export function seriesCsv(runs: readonly LabelledSeries[]): string {
  const labelCols = runs[0] ? Object.keys(runs[0].labels) : [];
  const cols = seriesColumns(runs.flatMap((r) => r.series));
  const lines = [[...labelCols, ...cols].map(csvField).join(',')];
  for (const run of runs) {
    const prefix = labelCols.map((c) => csvField(run.labels[c] ?? ''));
    for (const row of run.series) {
      lines.push([...prefix, ...cols.map((c) => csvField(row[c] ?? Number.NaN))].join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}
