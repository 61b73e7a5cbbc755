/** A batch worker thread: runs the jobs it is sent, one at a time, and posts each record back. */
import { parentPort } from 'node:worker_threads';
import { type RunJob, runJob } from '../../sim/batch/run.ts';
import { ScenarioError } from '../../sim/scenario/resolve.ts';
import type { WorkerReply } from './pool.ts';

const port = parentPort;
if (!port) throw new Error('cli/batch/worker.ts runs only as a worker thread');

port.on('message', (job: RunJob) => {
  const started = Date.now();
  let reply: WorkerReply;
  try {
    const record = runJob(job);
    reply = { ok: true, record, wallMs: Date.now() - started };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // A scenario the model refuses (e.g. an index along a dimension it lacks) is the user's to fix.
    const problems = e instanceof ScenarioError ? e.problems : undefined;
    reply = { ok: false, run: job.run, message, ...(problems ? { problems } : {}) };
  }
  port.postMessage(reply);
});
