/**
 * One run of a sweep or comparison: create the simulation with the run's seed, advance to the end,
 * keep the metrics of the ticks to record. Pure and plain data in and out, so a worker thread, a
 * test or a script can call it alike. The series digest covers every tick (tick 0 included), the
 * same digest `kiez run` prints for that scenario and seed.
 */
import type { Metrics } from '../model.ts';
import type { Scenario } from '../scenario/spec.ts';
import { createSimulation, seriesDigest } from '../simulation.ts';
import { type TraceSpec, TraceRecorder, type Traces } from './traces.ts';

export interface RunJob {
  readonly run: number;
  readonly point: number;
  readonly replicate: number;
  readonly seed: number;
  readonly scenario: Scenario;
  /** Record every N ticks (0 = none but the last). */
  readonly every: number;
  /** Record exactly these ticks instead, when not empty. */
  readonly at: readonly number[];
  /** Household traces to keep (none when absent or sample 0). */
  readonly households?: TraceSpec | undefined;
}

export interface RunRecord {
  readonly run: number;
  readonly point: number;
  readonly replicate: number;
  readonly seed: number;
  /** Metric names, in the model's order, without `tick`. */
  readonly metrics: readonly string[];
  /** One row per recorded tick: the tick, then each metric (null where a metric is missing, NaN or infinite). */
  readonly rows: readonly (readonly (number | null)[])[];
  /** The last tick reached (earlier than the scenario's ticks when the model stopped). */
  readonly ticks: number;
  readonly seriesDigest: string;
  readonly stateDigest: string;
  /** The household traces, when the job asked for them. */
  readonly traces?: Traces;
}

/** The ticks of a run that ended at tick `last` that get a row: the schedule, and always `last`. */
export function recordedTicks(job: Pick<RunJob, 'every' | 'at'>, last: number): number[] {
  const ticks =
    job.at.length > 0
      ? [...new Set(job.at)].filter((t) => t < last).sort((a, b) => a - b)
      : job.every > 0
        ? Array.from({ length: Math.ceil(last / job.every) }, (_, i) => i * job.every)
        : [];
  ticks.push(last);
  return ticks;
}

export function runJob(job: RunJob): RunRecord {
  const sim = createSimulation(job.scenario, job.seed);
  const series: Metrics[] = [sim.metrics()];
  const tracer =
    job.households && job.households.sample > 0
      ? new TraceRecorder(job.households, job.every, job.seed)
      : undefined;
  tracer?.start(sim.stateTable());
  sim.advance(job.scenario.ticks, (m) => {
    series.push(m);
    tracer?.atTick(sim.tick, () => sim.stateTable());
  });
  const traces = tracer?.finish(sim.tick, sim.stateTable());
  // A fresh simulation starts at tick 0 and advances one tick per step: series[i] is tick i.
  const last = series.length - 1;
  const ticks = recordedTicks(job, last);
  const names: string[] = [];
  const seen = new Set<string>(['tick']);
  for (const i of ticks) {
    for (const k of Object.keys(series[i]!)) {
      if (!seen.has(k)) {
        seen.add(k);
        names.push(k);
      }
    }
  }
  const rows = ticks.map((i) => {
    const m = series[i]!;
    return [i, ...names.map((k) => (Number.isFinite(m[k]) ? m[k]! : null))];
  });
  return {
    run: job.run,
    point: job.point,
    replicate: job.replicate,
    seed: job.seed,
    metrics: names,
    rows,
    ticks: sim.tick,
    seriesDigest: seriesDigest(series),
    stateDigest: sim.digest(),
    ...(traces ? { traces } : {}),
  };
}
