/**
 * A pool of worker threads running sweep jobs: each worker takes the next job when it finishes one,
 * so fast and slow runs balance out. Records arrive in completion order; callers put them in run
 * order, which is why results never depend on the number of workers.
 */
import { Worker } from 'node:worker_threads';
import type { RunJob, RunRecord } from '../../sim/batch/run.ts';
import type { Problem } from '../../sim/params/spec.ts';
import { formatProblem } from '../../sim/params/validate.ts';
import { EXIT_CODE, type StopSignal, watchStopRequests } from './stop.ts';

/** What a worker posts back for each job. */
export type WorkerReply =
  | { readonly ok: true; readonly record: RunRecord; readonly wallMs: number }
  | {
      readonly ok: false;
      readonly run: number;
      readonly message: string;
      readonly problems?: readonly Problem[];
    };

/** A run refused by the model because of its scenario: the user's to fix (exit 2), not a crash. */
export class RunScenarioError extends Error {
  constructor(
    readonly run: number,
    readonly problems: readonly Problem[],
  ) {
    super(`run ${run}: ${problems.map(formatProblem).join('; ')}`);
    this.name = 'RunScenarioError';
  }
}

/** The error a worker's failed reply stands for: a scenario's problems, or the run's message. */
export function replyError(reply: Extract<WorkerReply, { ok: false }>): Error {
  return reply.problems
    ? new RunScenarioError(reply.run, reply.problems)
    : new Error(`run ${reply.run}: ${reply.message}`);
}

export interface Finished {
  readonly record: RunRecord;
  /** Wall-clock time of the run inside its worker, in ms. */
  readonly wallMs: number;
}

/** Jobs made when handed out (a sweep of a million runs never holds a million jobs). */
export interface JobSource {
  readonly count: number;
  at(index: number): RunJob;
}

/** A list of jobs as a source. */
export const jobList = (jobs: readonly RunJob[]): JobSource => ({ count: jobs.length, at: (i) => jobs[i]! });

// From the sources, a small .mjs entry registers the TypeScript loader inside the thread (hooks are
// per thread); the installed package runs the compiled worker.js directly.
const ENTRY = new URL(import.meta.url.endsWith('.ts') ? './worker.mjs' : './worker.js', import.meta.url);

export class RunPool {
  private readonly workers: Worker[] = [];
  /** Workers started ahead of `run` (see `warm`), not yet given jobs. */
  private readonly idle: Worker[] = [];
  private settle: ((outcome: 'done' | 'stopped') => void) | undefined;
  private stopped = false;

  constructor(readonly size: number) {}

  /**
   * Start up to `n` workers now, before the jobs are known: a worker thread takes about a second
   * to load the TypeScript loader and the model's modules (1.1-1.7 s measured on the shared 2-core
   * machine), which otherwise comes after the plan is made, in series with it. `run` uses them
   * first; `dispose` ends those never used.
   */
  warm(n: number): void {
    for (let i = this.idle.length; i < Math.min(n, this.size); i++) {
      const w = new Worker(ENTRY);
      // An idle worker that fails is replaced by `run` (or never needed); the error is not the user's.
      w.on('error', () => {});
      w.once('exit', () => {
        const i = this.idle.indexOf(w);
        if (i >= 0) this.idle.splice(i, 1);
      });
      this.idle.push(w);
    }
  }

  /** End the workers started by `warm` and never used. */
  async dispose(): Promise<void> {
    const idle = this.idle.splice(0);
    await Promise.all(idle.map((w) => w.terminate()));
  }

  /**
   * Run every job; `onFinished` sees each record as it arrives. Resolves "done" when all are
   * finished, "stopped" after `stop()`; rejects on the first failed run or crashed worker.
   */
  run(jobs: JobSource, onFinished: (f: Finished) => void): Promise<'done' | 'stopped'> {
    if (jobs.count === 0) return this.dispose().then(() => 'done');
    return new Promise((resolve, reject) => {
      let next = 0;
      let active = 0;
      let settled = false;
      const finish = (outcome: 'done' | 'stopped' | Error) => {
        if (settled) return;
        settled = true;
        void this.terminateAll().then(() => (outcome instanceof Error ? reject(outcome) : resolve(outcome)));
      };
      this.settle = finish;
      const feed = (w: Worker) => {
        if (next < jobs.count) {
          active++;
          w.postMessage(jobs.at(next++));
        } else if (active === 0) finish('done');
      };
      const count = Math.min(this.size, jobs.count);
      void this.idle.splice(count).map((w) => w.terminate());
      for (let i = 0; i < count; i++) {
        const w = this.idle.shift() ?? new Worker(ENTRY);
        this.workers.push(w);
        w.on('message', (reply: WorkerReply) => {
          active--;
          if (settled) return;
          if (!reply.ok) return finish(replyError(reply));
          try {
            onFinished({ record: reply.record, wallMs: reply.wallMs });
          } catch (e) {
            return finish(e instanceof Error ? e : new Error(String(e)));
          }
          feed(w);
        });
        w.on('error', (e) => finish(e));
        w.on('exit', (code) => {
          if (!settled && !this.stopped) finish(new Error(`a worker thread exited early (code ${code})`));
        });
        feed(w);
      }
    });
  }

  /** Stop now: terminate every worker; runs in progress are dropped, finished ones were delivered. */
  stop(): void {
    this.stopped = true;
    this.settle?.('stopped');
  }

  private async terminateAll(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
  }
}

/**
 * Run jobs on a pool of `size` workers with stop requests handled (Ctrl-C, SIGTERM, SIGHUP, see
 * stop.ts): the first terminates the workers (finished runs were already delivered) and resolves
 * with that signal; a second one exits at once.
 */
export async function runInterruptible(
  size: number,
  jobs: JobSource,
  onFinished: (f: Finished) => void,
  warmed?: RunPool,
): Promise<'done' | StopSignal> {
  const pool = warmed ?? new RunPool(size);
  let stoppedBy: StopSignal | undefined;
  const unwatch = watchStopRequests((signal, n) => {
    if (n > 1) process.exit(EXIT_CODE[stoppedBy ?? signal]);
    stoppedBy = signal;
    pool.stop();
  });
  try {
    const outcome = await pool.run(jobs, onFinished);
    return outcome === 'stopped' ? (stoppedBy ?? 'SIGINT') : 'done';
  } finally {
    unwatch();
  }
}
