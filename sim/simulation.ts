/**
 * The one API the worker, the CLI, the batch runner and the tests all use: create a simulation from
 * a resolved scenario and a seed, advance it, read metrics, take and restore snapshots.
 */
import { CityModel } from './city/model.ts';
import { ClassicModel } from './classic/engine.ts';
import { Digest } from './digest.ts';
import { type CityOutcomes, outcomesFor } from './measures/city-outcomes.ts';
import { MeasuresContext } from './measures/compute.ts';
import type { Metrics, Model, ModelState, StateTable, TypedArray } from './model.ts';
import { cityPolicies } from './policies/build.ts';
import type { Scenario } from './scenario/spec.ts';
import { type UnitCounts, unitCounts } from './measures/unit-counts.ts';
import { type UnitShares, unitShares } from './measures/unit-shares.ts';
import type { MapView } from './view.ts';

export interface Snapshot {
  readonly format: 'kiez-snapshot/1';
  readonly scenario: Scenario;
  readonly seed: number;
  readonly state: ModelState;
  /** What the outcome measures keep across ticks (the quarter types over time), when any. */
  readonly outcomes?: Record<string, TypedArray>;
}

/** Builds the model of each mode. */
type ModelFactory = (scenario: Scenario, seed: number, saved?: ModelState) => Model;

const factories: Partial<Record<Scenario['mode'], ModelFactory>> = {
  classic: (s, seed, saved) => new ClassicModel(s.classic, seed, saved),
  city: (s, seed, saved) => new CityModel(s, seed, saved, cityPolicies(s)),
};

export class Simulation {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly model: Model;
  /** The segregation indices selected by the scenario's `measures` section, with their scratch. */
  readonly measures: MeasuresContext;
  /** Outcome measures besides the indices (city mode: disadvantage, springboard, typology). */
  readonly outcomes: CityOutcomes | undefined;

  constructor(
    scenario: Scenario,
    seed: number = scenario.seed,
    saved?: ModelState,
    savedOutcomes?: Record<string, TypedArray>,
  ) {
    const factory = factories[scenario.mode];
    if (!factory) throw new Error(`no model registered for mode "${scenario.mode}"`);
    this.scenario = scenario;
    this.seed = seed;
    this.model = factory(scenario, seed, saved);
    this.measures = new MeasuresContext(scenario.measures, seed);
    // Unknown dimension or scale names are refused before the first tick, not in the middle of a run.
    if (this.measures.active) this.measures.planFor(this.model.measureInputs());
    this.outcomes = outcomesFor(scenario.outcomes, seed, this.model);
    if (savedOutcomes) this.outcomes?.restore(savedOutcomes);
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
      const m = this.metrics();
      out.push(m);
      onTick?.(m);
    }
    return out;
  }

  /** The model's metrics, with the selected indices at ticks where they are due (omitted otherwise). */
  metrics(): Metrics {
    const m = { ...this.model.metrics() };
    const tick = this.model.tick;
    if (this.measures.due(tick)) this.measures.compute(this.model.measureInputs(), tick, m);
    if (this.outcomes?.due(tick)) this.outcomes.compute(m);
    return m;
  }

  snapshot(): Snapshot {
    const snap = {
      format: 'kiez-snapshot/1',
      scenario: this.scenario,
      seed: this.seed,
      state: this.model.save(),
    } as const;
    return this.outcomes ? { ...snap, outcomes: this.outcomes.save() } : snap;
  }

  static restore(snapshot: Snapshot): Simulation {
    if (snapshot?.format !== 'kiez-snapshot/1')
      throw new Error('not a kiez snapshot (format kiez-snapshot/1)');
    return new Simulation(snapshot.scenario, snapshot.seed, snapshot.state, snapshot.outcomes);
  }

  /** The model's map layers, with the quarter typology when the outcome measures compute one. */
  view(): MapView {
    const v = this.model.view();
    const typology = this.outcomes?.typologyLayer();
    return typology ? { ...v, layers: { ...v.layers, typology } } : v;
  }

  /** The households of one unit by category, with location quotients (the map's unit profile). */
  unitShares(scale: string, unit: number): UnitShares | undefined {
    return unitShares(this.model.measureInputs(), scale, unit);
  }

  /** Households by category in every unit of a scale (the map's choropleth). */
  unitCounts(scale: string): UnitCounts | undefined {
    return unitCounts(this.model.measureInputs(), scale);
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
  const arrays = [...Object.values(snapshot.state.arrays), ...Object.values(snapshot.outcomes ?? {})];
  return arrays.map((a: TypedArray) => a.buffer as ArrayBuffer);
}

/** Digest of a metrics series: pins a run's numbers bit for bit. */
export function seriesDigest(series: readonly Metrics[]): string {
  const d = new Digest();
  for (const row of series) {
    for (const key of Object.keys(row).sort()) d.text(key).number(row[key]!);
  }
  return d.hex();
}
