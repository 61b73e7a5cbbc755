/**
 * Classic Schelling speed: ms per tick over the first 20 ticks at L = 100, 300, 1000 (90 %
 * occupied, threshold 3/8, two equal groups, torus) for kiez and the hand-written yardstick, in
 * one run; and the two framework-comparison configurations run until settled over many seeds.
 */
import type { ClassicModel } from '../../sim/classic/engine.ts';
import { deriveSeed } from '../../sim/rng.ts';
import { loadScenario } from '../../sim/scenario/resolve.ts';
import { createSimulation } from '../../sim/simulation.ts';
import { mean, median, now, table } from '../stats.ts';
import { Yardstick } from '../yardstick.ts';
import { UnrolledYardstick } from '../yardstick-unrolled.ts';

const TICKS = 20;

function kiezTicks(size: number, seed: number): number[] {
  const scenario = loadScenario({
    mode: 'classic',
    ticks: TICKS,
    classic: { size, vacancy: 0.1, threshold: 0.375, torus: true, stopWhenSettled: false },
  });
  const sim = createSimulation(scenario, seed);
  const model = sim.model as ClassicModel;
  const times: number[] = [];
  for (let t = 0; t < TICKS; t++) {
    const t0 = now();
    model.step();
    times.push(now() - t0);
  }
  return times;
}

function yardstickTicks(size: number, seed: number, unrolled = false): number[] {
  const y = unrolled ? new UnrolledYardstick(size, 0.9, 0.375, seed) : new Yardstick(size, 0.9, 0.375, seed);
  const times: number[] = [];
  for (let t = 0; t < TICKS; t++) {
    const t0 = now();
    y.step();
    times.push(now() - t0);
  }
  return times;
}

export async function run(): Promise<void> {
  // Warm-up: let the JIT compile both engines before anything is timed.
  for (let s = 0; s < 3; s++) {
    kiezTicks(100, 1000 + s);
    yardstickTicks(100, 1000 + s);
    yardstickTicks(100, 1000 + s, true);
  }
  const rows: (string | number)[][] = [];
  for (const size of [100, 300, 1000]) {
    const reps = size >= 1000 ? 5 : 15;
    const agents = Math.round(size * size * 0.9);
    const k: number[] = [];
    const y: number[] = [];
    const u: number[] = [];
    const kAll: number[] = [];
    const yAll: number[] = [];
    const uAll: number[] = [];
    for (let r = 0; r < reps; r++) {
      const kt = kiezTicks(size, r + 1);
      const yt = yardstickTicks(size, r + 1);
      const ut = yardstickTicks(size, r + 1, true);
      k.push(mean(kt));
      y.push(mean(yt));
      u.push(mean(ut));
      kAll.push(...kt);
      yAll.push(...yt);
      uAll.push(...ut);
    }
    const kMean = median(k);
    const yMean = median(y);
    const uMean = median(u);
    rows.push([
      size,
      agents,
      median(kAll),
      kMean,
      agents / (kMean / 1000),
      median(yAll),
      yMean,
      agents / (yMean / 1000),
      yMean / kMean,
      median(uAll),
      uMean,
      kMean / uMean,
    ]);
  }
  console.log(
    `Classic model, first ${TICKS} ticks; "mean20" = mean ms/tick over those ticks (median over repetitions).\n` +
      '"speed-up" = yardstick time / kiez time; "kiez / unrolled" = kiez time / unrolled yardstick time (target <= 0.7 at L = 1000).',
  );
  table(
    [
      'L',
      'agents',
      'kiez med ms',
      'kiez mean20',
      'kiez upd/s',
      'yard med ms',
      'yard mean20',
      'yard upd/s',
      'speed-up',
      'unrolled med ms',
      'unrolled mean20',
      'kiez / unrolled',
    ],
    rows,
  );

  console.log(
    '\nFramework-comparison configurations (bounded, count rule), until settled, from model creation:',
  );
  const configs = [
    {
      name: 'small: 40x40, 1000 agents, min 3, r1',
      size: 40,
      agents: 1000,
      radius: 1,
      minSimilar: 3,
      seeds: 100,
    },
    {
      name: 'large: 100x100, 8000 agents, min 8, r2',
      size: 100,
      agents: 8000,
      radius: 2,
      minSimilar: 8,
      seeds: 100,
    },
  ];
  const fw: (string | number)[][] = [];
  for (const c of configs) {
    const scenario = loadScenario({
      mode: 'classic',
      ticks: 10_000,
      classic: {
        size: c.size,
        agents: c.agents,
        radius: c.radius,
        torus: false,
        rule: 'count',
        minSimilar: c.minSimilar,
      },
      // The comparison times the model alone, as the other frameworks do: no segregation indices.
      measures: { every: 0 },
    });
    const times: number[] = [];
    const ticks: number[] = [];
    for (let s = 0; s < c.seeds; s++) {
      const t0 = now();
      const sim = createSimulation(scenario, deriveSeed(42, s));
      sim.advance(10_000);
      times.push(now() - t0);
      ticks.push(sim.tick);
    }
    fw.push([c.name, c.seeds, median(times), median(ticks), Math.max(...ticks)]);
  }
  table(['configuration', 'seeds', 'median ms', 'median ticks', 'max ticks'], fw);
}
