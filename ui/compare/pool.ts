/**
 * The runs of a comparison (every scenario with every seed) spread over a few workers, as many as
 * the machine has cores but one (at least one, at most four): one run per worker at a time, so
 * scenarios compete for cores neither with each other nor with the page, as one worker per scenario
 * did. Runs are taken seed by seed, so that paired results (same seed, each scenario) arrive early
 * and the differences can be shown while the rest runs. Progress is counted in ticks, for a
 * percentage and the time left.
 */
import type { Metrics } from '../../sim/model.ts';
import { appendNewRows, RunCancelled, SimRun } from '../worker/bridge.ts';

export interface PoolJob {
  readonly slot: number;
  /** Index of the seed in the comparison's seed list. */
  readonly replicate: number;
  readonly seed: number;
  readonly doc: Record<string, unknown>;
}

export interface PoolHooks {
  /** A run was created (its series holds the initial row) or got new rows. */
  rows(job: PoolJob, series: Metrics[]): void;
  /** A run reached its last tick. */
  done(job: PoolJob): void;
  /** A run failed; the other runs of its slot are skipped. */
  failed(job: PoolJob, message: string): void;
  /** Ticks done and ticks expected so far (expected grows as runs are created). */
  progress(done: number, expected: number): void;
}

/**
 * Workers for a comparison: one core is left to the page (so that its main thread need not wait for
 * one: with two workers on two cores, tasks of 20-40 ms CPU took up to 150 ms), at least one worker,
 * at most four. Measured on 2 cores, 3 scenarios x 3 seeds x 120 ticks: 24 s with two workers, 28 s
 * with one, and the longest main-thread task 154 ms against 80 ms.
 */
export function poolSize(jobs: number): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(4, cores - 1, jobs));
}

export class ComparePool {
  private readonly runs: SimRun[] = [];
  private stopped = false;

  /** Run every job; resolves when all are done, failed or stopped ('stopped' when stop was called). */
  async run(jobs: readonly PoolJob[], hooks: PoolHooks, ticksPerRun: number): Promise<'done' | 'stopped'> {
    this.stopped = false;
    const queue = [...jobs];
    const failedSlots = new Set<number>();
    const ticksDone = new Map<PoolJob, number>();
    let expected = jobs.length * ticksPerRun;
    const report = () => {
      let done = 0;
      for (const d of ticksDone.values()) done += d;
      hooks.progress(done, expected);
    };
    const worker = async (run: SimRun) => {
      for (let job = queue.shift(); job && !this.stopped; job = queue.shift()) {
        if (failedSlots.has(job.slot)) continue;
        try {
          const info = await run.create(job.doc, job.seed);
          // The run's own length (a scenario may set fewer ticks than the comparison asked).
          expected += info.ticks - ticksPerRun;
          const series: Metrics[] = [info.initial];
          hooks.rows(job, series);
          const result = await run.advance(Number.MAX_SAFE_INTEGER, {}, (rows) => {
            if (appendNewRows(series, rows) === 0 || this.stopped) return;
            ticksDone.set(job!, series.length - 1);
            hooks.rows(job!, series);
            report();
          });
          appendNewRows(series, result.rows);
          // A run that settled early counts as its full length done.
          expected -= info.ticks - (series.length - 1);
          ticksDone.set(job, series.length - 1);
          hooks.rows(job, series);
          hooks.done(job);
          report();
        } catch (e) {
          if (e instanceof RunCancelled || this.stopped) return;
          failedSlots.add(job.slot);
          hooks.failed(job, e instanceof Error ? e.message : String(e));
        }
      }
      run.terminate();
    };
    const n = poolSize(jobs.length);
    while (this.runs.length < n) this.runs.push(new SimRun());
    report();
    await Promise.all(this.runs.slice(0, n).map(worker));
    return this.stopped ? 'stopped' : 'done';
  }

  /** End every run now; their workers are freed. */
  stop(): void {
    this.stopped = true;
    for (const r of this.runs) r.terminate();
  }
}
