/**
 * kiez as a library, from a Node script: load a scenario, run it step by step, read metrics and
 * segregation indices, snapshot and restore, and run replicates with derived seeds.
 * Run from the checkout: `node --import tsx examples/library.ts` (prints CSV on stdout).
 */
import { readFileSync } from 'node:fs';
import { computeMeasures, createSimulation, deriveSeed, loadScenario, Simulation } from '../sim/index.ts';

// A scenario is plain data: a shipped preset, made smaller and shorter for this example.
const preset = JSON.parse(
  readFileSync(new URL('../scenarios/classic-schelling.json', import.meta.url), 'utf8'),
);
const scenario = loadScenario({ ...preset, ticks: 60, classic: { ...preset.classic, size: 30 } });

// One run, step by step: metrics() is the state now, advance(n) returns the metrics of each new tick.
const sim = createSimulation(scenario, 7);
const start = sim.metrics();
sim.advance(3);
console.error(`tick ${sim.tick}: similar share ${start['similarShare']} -> ${sim.metrics()['similarShare']}`);

// Any index on demand, beyond those the scenario's `measures` section reports every tick.
const indices = computeMeasures(sim.model.measureInputs(), {
  ...scenario.measures,
  indices: 'D,H,isolation',
});
console.error(`indices at tick ${sim.tick}: ${Object.keys(indices).length} columns`);

// A snapshot is plain data (typed arrays): restoring it continues exactly as the original run.
const snapshot = sim.snapshot();
sim.advance(20);
const restored = Simulation.restore(snapshot);
restored.advance(20);
console.error(
  `snapshot and restore: ${restored.digest() === sim.digest() ? 'identical' : 'DIFFERENT'} state`,
);

// Replicates: each seed derives from one base seed and the replicate's index, as kiez sweep does.
console.log('replicate,seed,ticks,similarShare,D.group.block10');
for (let r = 0; r < 5; r++) {
  const seed = deriveSeed(2026, r);
  const run = createSimulation(scenario, seed);
  run.advance(scenario.ticks);
  const m = run.metrics();
  console.log([r, seed, run.tick, m['similarShare'], m['D.group.block10']].join(','));
}
