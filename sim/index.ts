/**
 * The public library API of kiez for Node scripts (and bundlers): resolve a scenario, create a
 * simulation with a seed, step it, read metrics and indices, take and restore snapshots, derive
 * seeds for replicates. See docs/researchers.md for a walk-through; everything else is internal.
 */
export type { MeasureInputs } from './measures/inputs.ts';
export { computeMeasures } from './measures/compute.ts';
export { readCountTable } from './measures/count-table.ts';
export { mutualDifference } from './measures/difference.ts';
export { multiscaleProfile } from './measures/profile.ts';
export type { Metrics, ModelState } from './model.ts';
export { deriveSeed } from './rng.ts';
export {
  loadScenario,
  type Resolved,
  resolveScenario,
  ScenarioError,
  scenarioForOutput,
} from './scenario/resolve.ts';
export type { Scenario } from './scenario/spec.ts';
export { createSimulation, type Snapshot, Simulation, seriesDigest } from './simulation.ts';
export { KIEZ_VERSION } from './version.ts';
