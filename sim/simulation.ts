/**
 * The one API the worker, the CLI, the batch runner and the tests all use: create a simulation from
 * a resolved scenario and a seed, advance it, read metrics, take and restore snapshots.
 */
import { ClassicModel } from './classic/engine.ts';
import { Digest } from './digest.ts';
import type { Metrics, Model, ModelState, StateTable, TypedArray } from './model.ts';
import type { Scenario } from './scenario/spec.ts';

export interface Snapshot {
  readonly format: 'kiez-snapshot/1';
  readonly scenario: Scenario;
  readonly seed: number;
  readonly state: ModelState;
}

/** Builds the model of each mode. */
type ModelFactory = (scenario: Scenario, seed: number, saved?: ModelState) => Model;

const factories: Partial<Record<Scenario['mode'], ModelFactory>> = {
  classic: (s, seed, saved) => new ClassicModel(s.classic, seed, saved),
};

export class Simulation {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly model: Model;

  constructor(scenario: Scenario, seed: number = scenario.seed, saved?: ModelState) {
    const factory = factories[scenario.mode];
    if (!factory) throw new Error(`no model registered for mode "${scenario.mode}"`);
    this.scenario = scenario;
    this.seed = seed;
    this.model = factory(scenario, seed, saved);
  }

  get tick(): number {
    return this.model.tick;
  }

  /** True when the scenario's ticks are done or the model asks to stop. */
  get done(): boolean {
    return this.model.tick >= this.scenario.ticks || this.model.finished;
  }

  /**
   * Advance by up to n ticks (fewer when the run is done) and return the metrics after each tick.
   * `onTick` sees each tick's metrics as it is produced, e.g. to record or measure.
   */
  advance(n: number, onTick?: (m: Metrics) => void): Metrics[] {
    const out: Metrics[] = [];
    for (let i = 0; i < n && !this.done; i++) {
      this.model.step();
      const m = this.model.metrics();
      out.push(m);
      onTick?.(m);
    }
    return out;
  }

  metrics(): Metrics {
    return this.model.metrics();
  }

  snapshot(): Snapshot {
    return { format: 'kiez-snapshot/1', scenario: this.scenario, seed: this.seed, state: this.model.save() };
  }

  static restore(snapshot: Snapshot): Simulation {
    if (snapshot?.format !== 'kiez-snapshot/1')
      throw new Error('not a kiez snapshot (format kiez-snapshot/1)');
    return new Simulation(snapshot.scenario, snapshot.seed, snapshot.state);
  }

  digest(): string {
    return this.model.digest();
  }

  stateTable(): StateTable {
    return this.model.stateTable();
  }
}

export function createSimulation(scenario: Scenario, seed: number = scenario.seed): Simulation {
  return new Simulation(scenario, seed);
}

/** The buffers of a snapshot, for `Comlink.transfer` / `postMessage` transfer lists. */
export function transferablesOf(snapshot: Snapshot): ArrayBuffer[] {
  return Object.values(snapshot.state.arrays).map((a: TypedArray) => a.buffer as ArrayBuffer);
}

/** Digest of a metrics series: pins a run's numbers bit for bit. */
export function seriesDigest(series: readonly Metrics[]): string {
  const d = new Digest();
  for (const row of series) {
    for (const key of Object.keys(row).sort()) d.text(key).number(row[key]!);
  }
  return d.hex();
}
