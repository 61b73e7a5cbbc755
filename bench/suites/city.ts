/**
 * City model speed and memory: median ms per tick (step plus metrics, as a run records them) over
 * ticks 1-24 for 5,000, 100,000 and 1,000,000 dwellings with the default scenario, the time to build
 * the city, and the memory held (JS heap plus typed-array buffers, after a full garbage collection:
 * `npm run bench` runs node with --expose-gc) once the city is built and after the timed ticks. "tick cpu
 * ms" is the process's CPU time per tick: on a busy machine it is nearer the unloaded wall time.
 * Goals on a 2-core machine: 100k under 20 ms/tick; 1M under 250 ms/tick and under 300 MB.
 * `npm run bench -- city` (set KIEZ_BENCH_CITY=5000,100000 to pick sizes).
 */
import { CityModel } from '../../sim/city/model.ts';
import { loadScenario } from '../../sim/scenario/resolve.ts';
import { median, now, table } from '../stats.ts';

const TICKS = 24;
const SIZES = (process.env['KIEZ_BENCH_CITY'] ?? '5000,100000,1000000').split(',').map(Number);

function memoryMb(): { heap: number; buffers: number } {
  const m = process.memoryUsage();
  return { heap: m.heapUsed / 1e6, buffers: m.arrayBuffers / 1e6 };
}

function measure(dwellings: number, seed: number): (string | number)[] {
  globalThis.gc?.();
  const before = memoryMb();
  const scenario = loadScenario({ mode: 'city', ticks: TICKS, city: { dwellings } });
  const t0 = now();
  const model = new CityModel(scenario, seed);
  const build = now() - t0;
  globalThis.gc?.();
  const after = memoryMb();
  const steps: number[] = [];
  const metrics: number[] = [];
  const cpu: number[] = [];
  for (let t = 0; t < TICKS; t++) {
    const start = process.cpuUsage();
    const a = now();
    model.step();
    const b = now();
    model.metrics();
    const c = now();
    const used = process.cpuUsage(start);
    steps.push(b - a);
    metrics.push(c - b);
    cpu.push((used.user + used.system) / 1000);
  }
  const total = steps.map((s, i) => s + metrics[i]!);
  const m = model.metrics();
  globalThis.gc?.();
  const ran = memoryMb();
  return [
    dwellings,
    build,
    median(steps),
    median(metrics),
    median(total),
    median(cpu),
    m['moves']!,
    after.heap - before.heap,
    after.buffers - before.buffers,
    after.heap + after.buffers,
    ran.heap + ran.buffers,
  ];
}

export async function run(): Promise<void> {
  measure(5000, 99); // warm-up: let the JIT compile the engine before anything is timed
  const rows = SIZES.map((d) => measure(d, 1));
  console.log(
    `City model, default scenario, ticks 1-${TICKS}; medians of ms per tick; memory after building (MB${globalThis.gc ? '' : ', without --expose-gc'}).`,
  );
  table(
    [
      'dwellings',
      'build ms',
      'step ms',
      'metrics ms',
      'tick ms',
      'tick cpu ms',
      'moves/tick',
      'heap +MB',
      'buffers +MB',
      'heap+buffers MB',
      `after ${TICKS} ticks MB`,
    ],
    rows,
  );
}
