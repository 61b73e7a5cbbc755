/**
 * A sweep's output folder: `runs/NNNNNN.json` holds each finished run (written atomically, so a file
 * under its final name is always complete), `sweep-plan.json` ties the folder to one sweep
 * definition so that a rerun resumes it and a different sweep is refused.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { RunRecord } from '../../sim/batch/run.ts';
import { KIEZ_VERSION } from '../../sim/version.ts';
import { UsageError } from '../errors.ts';
import { writeFileAtomic } from '../files.ts';

/** A finished run as stored: the record and its wall time. */
export interface StoredRun extends RunRecord {
  readonly wallMs: number;
}

const PLAN_FILE = 'sweep-plan.json';

export function runFile(dir: string, run: number): string {
  return join(dir, 'runs', `${String(run).padStart(6, '0')}.json`);
}

/**
 * Make the folder ready before any run: it must be writable, and if it already holds runs they must
 * be of the same sweep (same fingerprint).
 */
export function prepareOutDir(dir: string, fingerprint: string, sweepPath: string): void {
  try {
    mkdirSync(join(dir, 'runs'), { recursive: true });
    const probe = join(dir, 'runs', `.kiez-probe-${process.pid}`);
    closeSync(openSync(probe, 'w'));
    rmSync(probe);
  } catch {
    throw new UsageError(`--out: ${JSON.stringify(dir)}: a folder kiez can create and write to`);
  }
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
    return;
  }
  writeFileAtomic(
    planPath,
    `${JSON.stringify({ format: 'kiez-sweep-plan/1', kiez: KIEZ_VERSION, fingerprint, sweepFile: sweepPath }, null, 1)}\n`,
  );
}

export function writeRun(dir: string, run: StoredRun): void {
  writeFileAtomic(runFile(dir, run.run), `${JSON.stringify(run)}\n`);
}

/** A stored run, if its file exists, reads whole and belongs to this run and seed. */
export function readRun(dir: string, run: number, seed: number): StoredRun | undefined {
  let stored: StoredRun;
  try {
    stored = JSON.parse(readFileSync(runFile(dir, run), 'utf8'));
  } catch {
    return undefined;
  }
  if (stored?.run !== run || stored.seed !== seed || !Array.isArray(stored.rows)) return undefined;
  return stored;
}
