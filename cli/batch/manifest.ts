/** What a sweep's manifest says besides its runs: enough to reproduce every number, and to merge parts. */
import { sweepPointCount } from '../../sim/batch/grid.ts';
import type { Sweep } from '../../sim/batch/sweep.ts';
import { scenarioForOutput } from '../../sim/scenario/resolve.ts';
import { KIEZ_VERSION } from '../../sim/version.ts';
import type { Plan } from './plan.ts';
import type { RunEntry } from './results.ts';

export const MANIFEST_FORMAT = 'kiez-sweep/1';

export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** The manifest as read back by `kiez merge`. */
export interface SweepManifest {
  readonly format: string;
  readonly kiez: string;
  readonly fingerprint: string;
  readonly sweepFile: string;
  readonly sweep: Sweep;
  readonly base: Record<string, unknown>;
  /** With a scenario axis: each base by the name the axis gives it. */
  readonly bases?: Record<string, Record<string, unknown>>;
  /** The catalogued columns every run can write (absent in manifests of kiez before 0.2). */
  readonly columns?: readonly string[];
  readonly totalRuns: number;
  readonly points: number;
  readonly shard: Shard | null;
  readonly wallMs: number;
  readonly runs: readonly RunEntry[];
}

export function manifestHeader(plan: Plan, sweepFile: string): Record<string, unknown> {
  return {
    format: MANIFEST_FORMAT,
    kiez: KIEZ_VERSION,
    node: process.version,
    fingerprint: plan.fingerprint,
    sweepFile,
    sweep: plan.sweep,
    base: scenarioForOutput(plan.base),
    totalRuns: plan.totalRuns,
    points: sweepPointCount(plan.sweep),
    ...(plan.baseDocs ? { bases: plan.baseDocs } : {}),
    columns: plan.columns,
    seeds: `run r of the sweep uses deriveSeed(${plan.sweep.seed}, ${plan.sweep.seeds === 'per-run' ? 'r' : 'r % replicates'}); each run's seed is listed under runs`,
  };
}
