/**
 * Sweep throughput: the same 24 CPU-bound classic runs (120 x 120 grid, threshold 0.75 so it never
 * settles, 240 ticks, indices every tick: about half a second each, so that the pool's start-up
 * weighs in a sweep as little as it does in a real one) on a pool of 1 worker and of 2 workers, from
 * pool start to the last record, as a user of `kiez sweep` sees it. Goal: 2 workers at least 1.7x
 * the rate of 1.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RunJob } from '../../sim/batch/run.ts';
import { deriveSeed } from '../../sim/rng.ts';
import { loadScenario } from '../../sim/scenario/resolve.ts';
import { jobList, RunPool } from '../../cli/batch/pool.ts';
import { median, now, table } from '../stats.ts';

const RUNS = 24;
const REPEATS = 3;

function jobs(): RunJob[] {
  const scenario = loadScenario({
    mode: 'classic',
    ticks: 240,
    classic: { size: 120, threshold: 0.75, stopWhenSettled: false },
  });
  return Array.from({ length: RUNS }, (_, run) => ({
    run,
    point: 0,
    replicate: run,
    seed: deriveSeed(1, run),
    scenario,
    every: 10,
    at: [],
  }));
}

interface Timing {
  /** From starting the pool to the last record: what a user of kiez sweep waits. */
  readonly wall: number;
  /** Runs per second between the first and the last record: the pool at work, without start-up. */
  readonly steady: number;
  readonly perRun: number;
}

async function timeSweep(workers: number, list: RunJob[]): Promise<Timing> {
  const runMs: number[] = [];
  const arrivals: number[] = [];
  const t0 = now();
  await new RunPool(workers).run(jobList(list), (f) => {
    runMs.push(f.wallMs);
    arrivals.push(now());
  });
  const wall = (now() - t0) / 1000;
  const steady = (list.length - 1) / ((arrivals[arrivals.length - 1]! - arrivals[0]!) / 1000);
  return { wall, steady, perRun: median(runMs) / 1000 };
}

// Yardstick: a plain arithmetic loop on bare worker threads, no kiez. Its 2-thread ratio is what the
// machine offers at that moment (a shared or throttled machine gives less than 2), to judge the sweep's.
const SPIN = `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (n) => { let x = 0; for (let i = 0; i < n; i++) x = (x + i * 7) % 1000003; parentPort.postMessage(x); });`;

async function spinSeconds(threads: number, units: number): Promise<number> {
  const t0 = now();
  const workers = Array.from({ length: threads }, () => new Worker(SPIN, { eval: true }));
  let next = 0;
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((done) => {
          const feed = () => {
            if (next >= units) return done();
            next++;
            w.postMessage(5e7);
          };
          w.on('message', feed);
          feed();
        }),
    ),
  );
  await Promise.all(workers.map((w) => w.terminate()));
  return (now() - t0) / 1000;
}

const BIN = resolve(import.meta.dirname, '../../bin/kiez.mjs');

/** Wall seconds of `kiez sweep` over the same runs, as a user starts it (new process each time). */
function cliSweepSeconds(jobs: number, dir: string): number {
  const out = join(dir, `out-${jobs}-${Math.random().toString(36).slice(2)}`);
  const t0 = now();
  const r = spawnSync(
    process.execPath,
    [BIN, 'sweep', join(dir, 'sweep.json'), '--out', out, '--jobs', String(jobs)],
    {
      encoding: 'utf8',
    },
  );
  const seconds = (now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`kiez sweep failed: ${r.stderr}`);
  rmSync(out, { recursive: true, force: true });
  return seconds;
}

async function cliTable(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kiez-bench-sweep-'));
  writeFileSync(
    join(dir, 'base.json'),
    JSON.stringify({
      mode: 'classic',
      ticks: 240,
      classic: { size: 120, threshold: 0.75, stopWhenSettled: false },
    }),
  );
  writeFileSync(
    join(dir, 'sweep.json'),
    JSON.stringify({
      base: 'base.json',
      seed: 1,
      replicates: RUNS,
      ticks: 240,
      record: { every: 10 },
      vary: { 'classic.size': [120] },
    }),
  );
  const rows: (string | number)[][] = [];
  let base = 0;
  for (const jobs of [1, 2]) {
    const wall = median(Array.from({ length: REPEATS }, () => cliSweepSeconds(jobs, dir)));
    base ||= wall;
    rows.push([String(jobs), String(RUNS), wall, RUNS / wall, base / wall]);
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `\n\`kiez sweep --jobs N\` as a user runs it (process start to exit, ${RUNS} runs, medians of ${REPEATS}):`,
  );
  table(['jobs', 'runs', 'wall s', 'runs/s', 'ratio'], rows);
}

export async function run(): Promise<void> {
  const spin1 = median([await spinSeconds(1, 24), await spinSeconds(1, 24)]);
  const spin2 = median([await spinSeconds(2, 24), await spinSeconds(2, 24)]);
  console.log(
    `Yardstick, bare threads on this machine now: 2 threads run ${(spin1 / spin2).toFixed(2)}x as fast as 1.`,
  );

  const list = jobs();
  await timeSweep(2, list.slice(0, 2)); // warm the TypeScript loader's cache
  const rows: (string | number)[][] = [];
  let base: Timing | undefined;
  for (const workers of [1, 2]) {
    const timings: Timing[] = [];
    for (let i = 0; i < REPEATS; i++) timings.push(await timeSweep(workers, list));
    const t: Timing = {
      wall: median(timings.map((x) => x.wall)),
      steady: median(timings.map((x) => x.steady)),
      perRun: median(timings.map((x) => x.perRun)),
    };
    base ??= t;
    rows.push([
      String(workers),
      String(RUNS),
      t.perRun,
      t.wall,
      RUNS / t.wall,
      base.wall / t.wall,
      t.steady,
      t.steady / base.steady,
    ]);
  }
  console.log(
    `${RUNS} runs per sweep, medians of ${REPEATS} sweeps, ${availableParallelism()} cores. "wall" runs/s: from starting the workers to the last record; "steady": between the first and the last record (start-up excluded).`,
  );
  console.log(
    '(In this process V8 keeps its parallel GC threads; `kiez sweep` runs with single-threaded GC.)',
  );
  table(
    ['workers', 'runs', 's/run', 'wall s', 'wall runs/s', 'wall ratio', 'steady runs/s', 'steady ratio'],
    rows,
  );
  await cliTable();
}
