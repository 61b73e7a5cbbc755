/**
 * A sweep's output folder: `runs/NNNNNN.json` holds each finished run (written atomically, so a file
 * under its final name is always complete), `sweep-plan.json` ties the folder to one sweep
 * definition so that a rerun resumes it and a different sweep is refused. Every run file carries
 * the sha256 of its content, and reading one checks it against that digest and against the plan
 * (run, seed, point, replicate, and exactly the rows its schedule records), so an edited, cut or
 * foreign file is never counted as done nor merged.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { recordedTicks, type RunRecord } from '../../sim/batch/run.ts';
import { KIEZ_VERSION } from '../../sim/version.ts';
import { UsageError } from '../errors.ts';
import { makeDirs, probeWritable, writeFileAtomic } from '../files.ts';

/** A finished run as stored: the record, its wall time and the digest of its content. */
export interface StoredRun extends RunRecord {
  readonly wallMs: number;
  readonly contentSha256?: string;
}

/** What the plan says of one run: enough to check a stored run without running it again. */
export interface ExpectedRun {
  readonly run: number;
  readonly seed: number;
  readonly point: number;
  readonly replicate: number;
  /** The scenario's ticks: the run ends there, or earlier when the model stops. */
  readonly ticks: number;
  readonly every: number;
  readonly at: readonly number[];
  /** The run must hold household traces (record.households.sample > 0). */
  readonly traces?: boolean;
}

export const PLAN_FILE = 'sweep-plan.json';

export function runFile(dir: string, run: number): string {
  return join(dir, 'runs', `${String(run).padStart(6, '0')}.json`);
}

/**
 * Make the folder ready before any run: if it already holds a plan it must be of the same sweep
 * (checked before anything is created), and it must be writable.
 */
export function prepareOutDir(dir: string, fingerprint: string, sweepPath: string): void {
  const planPath = join(dir, PLAN_FILE);
  if (existsSync(planPath)) {
    let held: { fingerprint?: unknown; sweepFile?: unknown } = {};
    try {
      held = JSON.parse(readFileSync(planPath, 'utf8'));
    } catch {}
    if (held.fingerprint !== fingerprint) {
      throw new UsageError(
        `--out: ${JSON.stringify(dir)}: holds runs of a different sweep (${String(held.sweepFile ?? 'unknown')}, or another kiez version); use a new folder`,
      );
    }
  }
  try {
    makeDirs(join(dir, 'runs'));
    probeWritable(join(dir, 'runs'));
  } catch {
    throw new UsageError(`--out: ${JSON.stringify(dir)}: a folder kiez can create and write to`);
  }
  if (existsSync(planPath)) return;
  writeFileAtomic(
    planPath,
    `${JSON.stringify({ format: 'kiez-sweep-plan/1', kiez: KIEZ_VERSION, fingerprint, sweepFile: sweepPath }, null, 1)}\n`,
  );
}

/** The digest a run file carries: of everything in it but its wall time (which differs run to run). */
export function contentDigest(r: RunRecord): string {
  const content = [
    r.run,
    r.point,
    r.replicate,
    r.seed,
    r.metrics,
    r.rows,
    r.ticks,
    r.seriesDigest,
    r.stateDigest,
    // Only present with traces, so the digests of runs without them stay as they were.
    ...(r.traces ? [r.traces] : []),
  ];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

export function writeRun(dir: string, run: StoredRun): void {
  const { contentSha256: _old, ...record } = run;
  writeFileAtomic(
    runFile(dir, run.run),
    `${JSON.stringify({ ...record, contentSha256: contentDigest(run) })}\n`,
  );
}

export type ReadRun =
  | { readonly ok: true; readonly run: StoredRun }
  | { readonly ok: false; readonly fault: string };

/**
 * A stored run, checked: it exists, reads whole, carries the digest of its content, belongs to this
 * run of the plan and holds exactly the rows its schedule records. `fault` says what is wrong.
 */
export function readRun(dir: string, want: ExpectedRun): ReadRun {
  const bad = (fault: string): ReadRun => ({ ok: false, fault });
  let text: string;
  try {
    text = readFileSync(runFile(dir, want.run), 'utf8');
  } catch (e) {
    return bad((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable');
  }
  let s: StoredRun;
  try {
    s = JSON.parse(text);
  } catch {
    return bad('cut short or not JSON');
  }
  if (s === null || typeof s !== 'object' || !Array.isArray(s.rows) || !Array.isArray(s.metrics))
    return bad('not a kiez run file');
  if (s.run !== want.run || s.seed !== want.seed || s.point !== want.point || s.replicate !== want.replicate)
    return bad(
      `holds run ${String(s.run)} (seed ${String(s.seed)}), not run ${want.run} (seed ${want.seed})`,
    );
  if (typeof s.contentSha256 !== 'string') return bad('has no content digest (written by an older kiez)');
  let digest: string;
  try {
    digest = contentDigest(s);
  } catch {
    return bad('not a kiez run file');
  }
  if (digest !== s.contentSha256) return bad('edited or damaged: its rows do not match its digest');
  const last = s.ticks;
  if (!Number.isInteger(last) || last < 0 || last > want.ticks)
    return bad(`ends at tick ${String(last)}, outside 0 to ${want.ticks}`);
  const ticks = recordedTicks(want, last);
  const width = s.metrics.length + 1;
  const rowsOk =
    s.rows.length === ticks.length &&
    s.rows.every((row, i) => Array.isArray(row) && row.length === width && row[0] === ticks[i]);
  if (!rowsOk)
    return bad(`has ${s.rows.length} rows; the plan records ${ticks.length} (ticks ${preview(ticks)})`);
  const traced = s.traces !== undefined && s.traces !== null;
  if (want.traces === true && (!traced || !Array.isArray(s.traces!.rows)))
    return bad('has no household traces; the sweep records them');
  if (want.traces !== true && traced) return bad('holds household traces the sweep does not record');
  return { ok: true, run: s };
}

function preview(ticks: readonly number[]): string {
  return ticks.length <= 6 ? ticks.join(', ') : `${ticks.slice(0, 3).join(', ')}, ..., ${ticks.at(-1)}`;
}

/** Temporary files of interrupted writes (`.NAME.PID.tmp`), in the folder and in runs/; returns how many went. */
export function removeStaleTemporaries(dir: string): number {
  let removed = 0;
  for (const folder of [dir, join(dir, 'runs')]) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!/^\..+\.\d+\.tmp$/.test(name) && !/^\.kiez-probe-\d+$/.test(name)) continue;
      rmSync(join(folder, name), { force: true });
      removed++;
    }
  }
  return removed;
}
