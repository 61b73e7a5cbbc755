/** Tidy output: CSV with a header and one row per record, or JSON with a manifest and a series. */
import type { Metrics, StateTable } from '../sim/model.ts';
import { AtomicWriter } from './files.ts';

/** Shortest round-trip text of a number: reading it back gives the same bits. Empty for NaN. */
export function csvNumber(x: number | string): string {
  if (typeof x === 'string') return /[",\n]/.test(x) ? `"${x.replace(/"/g, '""')}"` : x;
  return Number.isNaN(x) ? '' : String(x);
}

/** Columns of a series: the union of keys in first-seen order (tick first). */
export function seriesColumns(series: readonly Metrics[]): string[] {
  const seen = new Set<string>(['tick']);
  for (const row of series) for (const k of Object.keys(row)) seen.add(k);
  return [...seen];
}

export function seriesToCsv(series: readonly Metrics[], extra: Record<string, string | number> = {}): string {
  const cols = seriesColumns(series);
  const extraCols = Object.keys(extra);
  const lines = [[...extraCols, ...cols].join(',')];
  const prefix = extraCols.map((c) => csvNumber(extra[c]!));
  for (const row of series)
    lines.push([...prefix, ...cols.map((c) => csvNumber(row[c] ?? Number.NaN))].join(','));
  return `${lines.join('\n')}\n`;
}

export function writeStateCsv(table: StateTable, path: string): void {
  const w = new AtomicWriter(path);
  try {
    w.write(`${table.columns.join(',')}\n`);
    const row: string[] = new Array(table.columns.length);
    for (let r = 0; r < table.rows; r++) {
      for (let c = 0; c < table.columns.length; c++) row[c] = csvNumber(table.value(table.columns[c]!, r));
      w.write(`${row.join(',')}\n`);
    }
    w.close();
  } catch (e) {
    w.abort();
    throw e;
  }
}
