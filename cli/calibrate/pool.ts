/**
 * A pool of batch worker threads that stays up between batches. A calibration asks for one small
 * batch of runs after another (a point's replicates, a step of the search), and starting a pool of
 * `cli/batch/pool.ts` costs about 0.8 s each time (measured: 750-930 ms for 2 workers, mostly the
 * TypeScript loader in each thread), which over ~100 batches would cost more than the runs of a
 * seminar-town calibration. The workers are the sweep's (`cli/batch/worker.mjs`), so a run is
 * computed exactly as a sweep computes it.
 */
import { Worker } from 'node:worker_threads';
import type { RunJob } from '../../sim/batch/run.ts';
import { type Finished, replyError, type WorkerReply } from '../batch/pool.ts';

const ENTRY = new URL('../batch/worker.mjs', import.meta.url);

export class KeptPool {
  private readonly workers: Worker[] = [];
  private stopped = false;
  private settle: ((outcome: 'done' | 'stopped' | Error) => void) | undefined;

  constructor(readonly size: number) {}

  /** Run a batch; `onFinished` sees each record as it arrives (completion order). */
  run(jobs: readonly RunJob[], onFinished: (f: Finished) => void): Promise<'done' | 'stopped'> {
    if (this.stopped) return Promise.resolve('stopped');
    if (jobs.length === 0) return Promise.resolve('done');
    while (this.workers.length < Math.min(this.size, jobs.length)) this.workers.push(new Worker(ENTRY));
    return new Promise((resolve, reject) => {
      let next = 0;
      let active = 0;
      let settled = false;
      const cleanups: (() => void)[] = [];
      const finish = (outcome: 'done' | 'stopped' | Error) => {
        if (settled) return;
        settled = true;
        for (const c of cleanups) c();
        this.settle = undefined;
        if (outcome instanceof Error) {
          void this.close().then(() => reject(outcome));
        } else resolve(outcome);
      };
      this.settle = finish;
      const feed = (w: Worker) => {
        if (next < jobs.length) {
          active++;
          w.postMessage(jobs[next++]);
        } else if (active === 0) finish('done');
      };
      const used = this.workers.slice(0, Math.min(this.size, jobs.length));
      for (const w of used) {
        const onMessage = (reply: WorkerReply) => {
          active--;
          if (settled) return;
          if (!reply.ok) return finish(replyError(reply));
          try {
            onFinished({ record: reply.record, wallMs: reply.wallMs });
          } catch (e) {
            return finish(e instanceof Error ? e : new Error(String(e)));
          }
          feed(w);
        };
        const onError = (e: Error) => finish(e);
        const onExit = (code: number) => {
          if (!this.stopped) finish(new Error(`a worker thread exited early (code ${code})`));
        };
        w.on('message', onMessage);
        w.on('error', onError);
        w.on('exit', onExit);
        cleanups.push(() => {
          w.off('message', onMessage);
          w.off('error', onError);
          w.off('exit', onExit);
        });
      }
      for (const w of used) feed(w);
    });
  }

  /** Stop now: runs in progress are dropped (finished ones were delivered); later batches do not start. */
  stop(): void {
    this.stopped = true;
    const settle = this.settle;
    void this.close().then(() => settle?.('stopped'));
  }

  async close(): Promise<void> {
    this.stopped = true;
    const all = this.workers.splice(0);
    await Promise.all(all.map((w) => w.terminate()));
  }
}
