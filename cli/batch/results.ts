/**
 * The tidy CSV and the manifest of a sweep (or of one part of it), assembled from the stored runs
 * in run order: the same runs give the same bytes whatever the number of workers, the order of
 * completion or the split into parts. Its columns are the same for every run (sim/batch/columns.ts).
 * With the long format also results-long.csv: one row per run, tick and measure that applies.
 * Written atomically; streamed, so large sweeps fit in memory.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { sweepPointValues } from '../../sim/batch/grid.ts';
import type { AxisValue, Sweep } from '../../sim/batch/sweep.ts';
import { AtomicWriter, writeFileAtomic } from '../files.ts';
import { csvField } from '../../sim/csv.ts';
import type { StoredRun } from './store.ts';
import { parseColumns, tableColumns } from '../../sim/batch/columns.ts';

export const RESULTS_FILE = 'results.csv';
export const LONG_FILE = 'results-long.csv';
export const MANIFEST_FILE = 'manifest.json';
export const TRACES_FILE = 'traces.csv';

/** One run as listed in the manifest (the rows live in the CSV). */
export interface RunEntry {
  readonly run: number;
  readonly point: number;
  readonly replicate: number;
  readonly seed: number;
  readonly ticks: number;
  readonly seriesDigest: string;
  readonly stateDigest: string;
  /** sha256 of the run file's content (see store.ts), so a merge can tell the file is the one listed. */
  readonly contentSha256?: string | undefined;
  readonly wallMs: number;
}

export interface ResultsSpec {
  readonly dir: string;
  readonly sweep: Pick<Sweep, 'vary' | 'design' | 'seed'>;
  /** Runs to include, in run order. */
  readonly runs: readonly number[];
  readonly read: (run: number) => StoredRun;
  /** The catalogued columns every run can write (a plan's `columns`), first in the header. */
  readonly columns: readonly string[];
  /** `record.columns` of the sweep. */
  readonly select: string;
  /** Also write the long table (run, ..., tick, measure, value). */
  readonly long: boolean;
  /** Everything the manifest says besides the results and the runs. */
  readonly manifest: Record<string, unknown>;
}

export function axisCell(v: AxisValue): string {
  if (Array.isArray(v)) return csvField(JSON.stringify(v));
  return typeof v === 'boolean' ? String(v) : csvField(v);
}

export function writeResults(spec: ResultsSpec): { sha256: string; rows: number } {
  // First pass: the columns (metrics may differ between runs, e.g. with the mode) and the entries.
  const metrics: string[] = [];
  const seen = new Set<string>();
  const entries: RunEntry[] = [];
  for (const run of spec.runs) {
    const r = spec.read(run);
    for (const m of r.metrics) {
      if (!seen.has(m)) {
        seen.add(m);
        metrics.push(m);
      }
    }
    entries.push({
      run: r.run,
      point: r.point,
      replicate: r.replicate,
      seed: r.seed,
      ticks: r.ticks,
      seriesDigest: r.seriesDigest,
      stateDigest: r.stateDigest,
      contentSha256: r.contentSha256,
      wallMs: r.wallMs,
    });
  }
  const columns = tableColumns(spec.columns, metrics, parseColumns(spec.select));
  const keys = ['run', 'point', 'replicate', 'seed', ...spec.sweep.vary.map((a) => a.path)];
  const header = [...keys, 'tick', ...columns];
  const hash = createHash('sha256');
  const w = new AtomicWriter(join(spec.dir, RESULTS_FILE));
  const long = spec.long ? new AtomicWriter(join(spec.dir, LONG_FILE)) : undefined;
  const longHash = createHash('sha256');
  let rows = 0;
  let longRows = 0;
  try {
    const emit = (line: string) => {
      hash.update(line);
      w.write(line);
    };
    const emitLong = (line: string) => {
      longHash.update(line);
      long!.write(line);
    };
    emit(`${header.map((h) => csvField(h)).join(',')}\n`);
    if (long) emitLong(`${[...keys, 'tick', 'measure', 'value'].map((h) => csvField(h)).join(',')}\n`);
    for (const run of spec.runs) {
      const r = spec.read(run);
      const prefix = [
        r.run,
        r.point,
        r.replicate,
        r.seed,
        ...sweepPointValues(spec.sweep, r.point).map(axisCell),
      ].join(',');
      const column = columns.map((m) => r.metrics.indexOf(m));
      for (const row of r.rows) {
        const cells = column.map((c) => (c < 0 || row[c + 1] == null ? '' : csvField(row[c + 1]!)));
        emit(`${[prefix, csvField(row[0]!), ...cells].join(',')}\n`);
        rows++;
        if (!long) continue;
        // The long table leaves out what does not apply (an empty field of the wide table).
        const at = `${prefix},${csvField(row[0]!)}`;
        cells.forEach((cell, i) => {
          if (cell === '') return;
          emitLong(`${at},${csvField(columns[i]!)},${cell}\n`);
          longRows++;
        });
      }
    }
    w.close();
    long?.close();
  } catch (e) {
    w.abort();
    long?.abort();
    throw e;
  }
  const sha256 = hash.digest('hex');
  const traces = writeTraces(spec);
  const manifest = {
    ...spec.manifest,
    results: { file: RESULTS_FILE, rows, sha256, columns: header.length },
    ...(long ? { long: { file: LONG_FILE, rows: longRows, sha256: longHash.digest('hex') } } : {}),
    ...(traces ? { traces } : {}),
    runs: entries,
  };
  writeFileAtomic(join(spec.dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
  return { sha256, rows };
}

/**
 * traces.csv, when the runs hold household traces (record.households): run, point, replicate, seed,
 * the axes, tick, then the state table's columns (the household id first), in run order.
 */
function writeTraces(spec: ResultsSpec): { file: string; rows: number; sha256: string } | undefined {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const run of spec.runs) {
    for (const c of spec.read(run).traces?.columns ?? []) {
      if (!seen.has(c)) {
        seen.add(c);
        columns.push(c);
      }
    }
  }
  if (columns.length === 0) return undefined;
  const keys = ['run', 'point', 'replicate', 'seed', ...spec.sweep.vary.map((a) => a.path)];
  const hash = createHash('sha256');
  const w = new AtomicWriter(join(spec.dir, TRACES_FILE));
  let rows = 0;
  try {
    const emit = (line: string) => {
      hash.update(line);
      w.write(line);
    };
    emit(`${[...keys, 'tick', ...columns].map((h) => csvField(h)).join(',')}\n`);
    for (const run of spec.runs) {
      const r = spec.read(run);
      if (!r.traces) continue;
      const prefix = [
        r.run,
        r.point,
        r.replicate,
        r.seed,
        ...sweepPointValues(spec.sweep, r.point).map(axisCell),
      ];
      const at = columns.map((c) => r.traces!.columns.indexOf(c));
      for (const row of r.traces.rows) {
        const cells = at.map((i) => (i < 0 || row[i + 1] == null ? '' : csvField(row[i + 1]!)));
        emit(`${[...prefix, csvField(row[0]!), ...cells].join(',')}\n`);
        rows++;
      }
    }
    w.close();
  } catch (e) {
    w.abort();
    throw e;
  }
  return { file: TRACES_FILE, rows, sha256: hash.digest('hex') };
}
