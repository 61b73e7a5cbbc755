/**
 * Long runs and memory: 20 consecutive runs in one process must not grow the heap beyond the first
 * run's peak (a leak would show as a rising heap after each run); the largest classic grid the
 * declaration allows is built and stepped; and, once the city mode is registered, a 1,000,000-
 * dwelling city runs 360 ticks. The work happens in a child `node --expose-gc`, so that the heap
 * after each run is measured after a full collection.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolveScenario } from '../../sim/scenario/resolve.ts';
import type { Scenario } from '../../sim/scenario/spec.ts';
import { createSimulation } from '../../sim/simulation.ts';
import { now, table } from '../stats.ts';

const CHILD_FLAG = '--longrun-child';
const RUNS = 20;
const MiB = 2 ** 20;

interface Memory {
  heap: number;
  rss: number;
  external: number;
}

function memory(): Memory {
  const m = process.memoryUsage();
  return { heap: m.heapUsed / MiB, rss: m.rss / MiB, external: (m.external + m.arrayBuffers) / MiB };
}

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  gc();
  gc();
}

function scenario(doc: Record<string, unknown>): Scenario {
  const r = resolveScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
}

/**
 * One run to the end, the live heap (after a full collection) sampled every `sampleEvery` ticks;
 * returns its peak and the time. Without the collection a "peak" would measure garbage not yet
 * collected, which depends on when the collector happened to run.
 */
function runOnce(
  s: Scenario,
  seed: number,
  sampleEvery: number,
): { peakHeap: number; ms: number; ticks: number } {
  const t0 = now();
  const sim = createSimulation(s, seed);
  const series = [sim.metrics()];
  collect();
  let peakHeap = memory().heap;
  while (!sim.done) {
    series.push(...sim.advance(sampleEvery));
    collect();
    peakHeap = Math.max(peakHeap, memory().heap);
  }
  return { peakHeap, ms: now() - t0, ticks: sim.tick };
}

function consecutiveRuns(label: string, s: Scenario, sampleEvery: number): void {
  collect();
  const base = memory();
  const rows: (string | number)[][] = [];
  let firstPeak = 0;
  let worstAfter = 0;
  let worstPeak = 0;
  let firstAfter = 0;
  let lastAfter = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = runOnce(s, 1000 + i, sampleEvery);
    collect();
    const after = memory();
    lastAfter = after.heap;
    if (i === 0) {
      firstPeak = r.peakHeap;
      firstAfter = after.heap;
    } else {
      worstAfter = Math.max(worstAfter, after.heap);
      worstPeak = Math.max(worstPeak, r.peakHeap);
    }
    if (i < 3 || i >= RUNS - 2) rows.push([i + 1, r.ticks, r.ms, r.peakHeap, after.heap, after.rss]);
  }
  console.log(`\n${label}: ${RUNS} runs in one process (rows 1-3 and the last two shown), MiB`);
  console.log(`heap before the first run (after gc): ${base.heap.toFixed(1)} MiB`);
  table(['run', 'ticks', 'ms', 'live peak heap', 'heap after run', 'rss after run'], rows);
  // The criterion: what a run leaves behind never exceeds the first run's live peak. Live peaks of
  // later runs are printed too; they wobble by a few hundred KiB with the series held mid-run.
  const verdict = worstAfter <= firstPeak ? 'ok' : 'GROWTH';
  console.log(
    `first run's live peak ${firstPeak.toFixed(2)} MiB; runs 2-${RUNS}: highest live peak ${worstPeak.toFixed(2)}, highest heap after the run ${worstAfter.toFixed(2)} -> ${verdict} (drift of the heap after a run, run 1 to ${RUNS}: ${((lastAfter - firstAfter) * 1024).toFixed(0)} KiB)`,
  );
}

/** The largest classic grid the declaration allows (4000 x 4000), built and stepped once. */
function largestClassic(): void {
  collect();
  const before = memory();
  const t0 = now();
  const sim = createSimulation(
    scenario({ ticks: 1, classic: { size: 4000, stopWhenSettled: false }, measures: { every: 0 } }),
  );
  const built = now() - t0;
  sim.advance(1);
  const stepped = now() - t0 - built;
  const after = memory();
  console.log('\nlargest classic grid, 4000 x 4000 (16,000,000 cells), indices off');
  table(
    ['build ms', 'tick ms', 'heap MiB', 'typed arrays MiB', 'rss MiB'],
    [[built, stepped, after.heap - before.heap, after.external - before.external, after.rss]],
  );
}

/** A city of 1,000,000 dwellings for 360 ticks, when the city mode exists. */
function largeCity(): void {
  const r = resolveScenario({ mode: 'city', ticks: 0 });
  let probe: unknown;
  try {
    probe = r.ok ? createSimulation(r.scenario) : undefined;
  } catch (e) {
    console.log(`\ncity: not measured (${String(e).split('\n')[0]})`);
    return;
  }
  if (!probe) {
    console.log('\ncity: not measured (the default city scenario does not validate)');
    return;
  }
  const doc = { mode: 'city', ticks: 360, city: { dwellings: 1_000_000 } };
  collect();
  const s = scenario(doc);
  const t0 = now();
  const sim = createSimulation(s);
  const built = now() - t0;
  let peakHeap = memory().heap;
  let peakRss = memory().rss;
  const rows: (string | number)[][] = [];
  while (!sim.done) {
    sim.advance(30);
    const m = memory();
    peakHeap = Math.max(peakHeap, m.heap);
    peakRss = Math.max(peakRss, m.rss);
    rows.push([sim.tick, now() - t0, m.heap, m.external, m.rss]);
  }
  console.log(`\ncity: ${JSON.stringify(doc).slice(0, 200)}; built in ${built.toFixed(0)} ms`);
  table(['tick', 'elapsed ms', 'heap MiB', 'typed arrays MiB', 'rss MiB'], rows);
  console.log(`peak heap ${peakHeap.toFixed(1)} MiB, peak rss ${peakRss.toFixed(1)} MiB`);
}

function child(): void {
  consecutiveRuns(
    'classic 200 x 200, 100 ticks, D and H at every tick',
    scenario({ ticks: 100, classic: { size: 200, stopWhenSettled: false } }),
    10,
  );
  consecutiveRuns(
    'classic 60 x 60, 300 ticks, every index with the random baseline every 10 ticks',
    scenario({
      ticks: 300,
      classic: { size: 60, stopWhenSettled: false },
      measures: { indices: 'all', random: true, every: 10 },
    }),
    25,
  );
  largestClassic();
  largeCity();
}

export async function run(): Promise<void> {
  const r = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=8192',
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      CHILD_FLAG,
    ],
    { stdio: 'inherit', env: process.env },
  );
  if (r.status !== 0) throw new Error(`longrun child exited with ${r.status ?? r.signal}`);
}

if (process.argv.includes(CHILD_FLAG)) child();
