/**
 * The one API the worker, the CLI, the batch runner and the tests all use: create a simulation from
 * a resolved scenario and a seed, advance it, read metrics, take and restore snapshots.
 */
import { CityModel } from './city/model.ts';
import { ClassicModel, LIVE_CLASSIC_KEYS } from './classic/engine.ts';
import { Digest } from './digest.ts';
import { type CityOutcomes, outcomesFor } from './measures/city-outcomes.ts';
import { MeasuresContext } from './measures/compute.ts';
import type { Metrics, Model, ModelState, StateTable, TypedArray } from './model.ts';
import { cityPolicies } from './policies/build.ts';
import type { Problem } from './params/spec.ts';
import { resolveScenario, scenarioForOutput } from './scenario/resolve.ts';
import type { Scenario } from './scenario/spec.ts';
import { type UnitCounts, unitCounts } from './measures/unit-counts.ts';
import { type UnitShares, unitShares } from './measures/unit-shares.ts';
import { householdsInWindow, type WindowHouseholds } from './measures/households-window.ts';
import { multiscaleProfile, type ProfileRequest, type ProfileRow } from './measures/profile.ts';
import { localScoreTable } from './measures/quotients.ts';
import type { MeasuresSelection } from './measures/params.ts';
import { restoreChecked } from './snapshot-check.ts';
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
  /** The scenario in force: `retune` changes its agents' rules mid-run. */
  scenario: Scenario;
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

  /**
   * Continue from a snapshot, checked first (see snapshot-check.ts): a snapshot that does not fit
   * its scenario's model is refused with a ScenarioError naming each field, never run on to NaN.
   */
  static restore(snapshot: Snapshot): Simulation {
    return restoreChecked(
      snapshot,
      (scenario, seed, state, outcomes) => new Simulation(scenario, seed, state, outcomes),
    );
  }

  /**
   * Change the classic agents' rules on the running grid (threshold, ceiling, move rule ...; see
   * LIVE_CLASSIC_KEYS): every agent stays where it is and the tick count goes on. The change is
   * validated as a whole scenario; on any problem nothing changes and the problems come back.
   */
  retune(change: Record<string, unknown>): readonly Problem[] {
    const model = this.model;
    if (!(model instanceof ClassicModel)) {
      return [
        {
          path: 'mode',
          value: this.scenario.mode,
          allowed: 'a classic scenario (only its rules can change mid-run)',
        },
      ];
    }
    const fixed = Object.keys(change).filter((k) => !(LIVE_CLASSIC_KEYS as readonly string[]).includes(k));
    if (fixed.length > 0) {
      return fixed.map((k) => ({
        path: `classic.${k}`,
        value: change[k],
        allowed: `only ${LIVE_CLASSIC_KEYS.join(', ')} can change on a running grid; reset to change the rest`,
      }));
    }
    const doc = scenarioForOutput(this.scenario);
    const resolved = resolveScenario({ ...doc, classic: { ...(doc['classic'] as object), ...change } });
    if (!resolved.ok) return resolved.problems;
    this.scenario = resolved.scenario;
    model.retune(resolved.scenario.classic);
    return [];
  }

  /** Move one classic agent by hand (see ClassicModel.moveByHand); a sentence when not possible. */
  moveByHand(from: number, to: number): string | undefined {
    if (!(this.model instanceof ClassicModel)) return 'agents can be moved by hand only on a classic grid';
    return this.model.moveByHand(from, to);
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

  /** Each unit's local segregation score along a dimension (the map's local-score layer). */
  localScores(dimension: string, scale: string): Float64Array | undefined {
    return localScoreTable(this.model.measureInputs(), dimension, scale);
  }

  /**
   * The multiscale profile of one index now (the app's scale view). `options` may ask for a random
   * baseline or intervals beyond the scenario's own measures settings; the run's numbers do not change.
   */
  profile(req: ProfileRequest, options: Partial<MeasuresSelection> = {}): ProfileRow[] {
    const base = { ...this.scenario.measures, ...options };
    return multiscaleProfile(this.model.measureInputs(), req, base, this.model.tick, this.seed);
  }

  /** The households in a rectangle of the raster by cell (the map's dots when zoomed in). */
  householdsIn(
    dimension: string,
    x0: number,
    y0: number,
    x1: number,
    y1: number,
  ): WindowHouseholds | undefined {
    return householdsInWindow(this.model.measureInputs(), dimension, x0, y0, x1, y1);
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
