/**
 * The simulation worker: one run lives here, away from the page. The page talks to it through
 * comlink; the type of this api object is the contract (`SimApi`), so there is no hand-written
 * message schema to keep in step.
 */
import * as Comlink from 'comlink';
import type { Metrics } from '../../sim/model.ts';
import { formatProblem } from '../../sim/params/validate.ts';
import { resolveScenario, scenarioForOutput } from '../../sim/scenario/resolve.ts';
import { createSimulation, type Simulation, seriesDigest } from '../../sim/simulation.ts';
import type { UnitCounts } from '../../sim/measures/unit-counts.ts';
import type { UnitShares } from '../../sim/measures/unit-shares.ts';
import type { QuarterTypes } from '../../sim/measures/type-history.ts';
import type { MapView } from '../../sim/view.ts';
import type { WindowHouseholds } from '../../sim/measures/households-window.ts';
import type { ProfileRequest, ProfileRow } from '../../sim/measures/profile.ts';
import type { MeasuresSelection } from '../../sim/measures/params.ts';
import { presetLoader } from '../app/presets.ts';
import type { CityFileText } from '../../sim/city/real/city-file.ts';
import { type AreaOutlines, rasterOutlines } from '../../sim/city/real/outlines.ts';
import { CityModel } from '../../sim/city/model.ts';
import { ScenarioError } from '../../sim/scenario/resolve.ts';
import type { Scenario } from '../../sim/scenario/spec.ts';

/** What the page learns about a run when it is created. */
export interface RunInfo {
  readonly name: string;
  readonly mode: string;
  readonly seed: number;
  readonly ticks: number;
  readonly initial: Metrics;
  /** The resolved scenario as `npx kiez run` accepts it. */
  readonly scenario: Record<string, unknown>;
  /** The real city's areas, when the run is on a city file. */
  readonly real?: RealAreas;
}

/** A city file as the page read it: the texts generation needs, and a lighter copy to draw. */
export interface PageCityFile {
  readonly file: CityFileText;
  /** A simplified copy of the boundaries for the map (the boundaries themselves when absent). */
  readonly display?: string;
  readonly displayName?: string;
}

/** What the map needs to draw a real city's areas and name them. */
export interface RealAreas {
  /** Ids and names of the units of each scale (quarter = the file's areas, ..., district). */
  readonly unitIds: Readonly<Record<string, readonly string[]>>;
  readonly unitNames: Readonly<Record<string, readonly string[]>>;
  /** One simulated household for this many real ones. */
  readonly scale: number;
  /** Metres per raster cell. */
  readonly cellSize: number;
  readonly residents: number;
  /** The areas' boundaries on the raster (undefined when they could not be drawn: see problems). */
  readonly outlines?: AreaOutlines;
  /** Why the boundaries are not drawn, one line each. */
  readonly outlineProblems: readonly string[];
}

export interface AdvanceResult {
  /**
   * Metrics after every tick advanced in this call, also those already sent as progress: progress
   * travels on its own message port and may arrive after this result.
   */
  readonly rows: Metrics[];
  readonly tick: number;
  readonly done: boolean;
}

export interface AdvanceOptions {
  /** Return after this long even if ticks remain, so the page can draw (0 = no limit). */
  readonly budgetMs?: number;
}

export type ProgressFn = (rows: Metrics[], tick: number) => void;

/** What a change to a running grid returns: the current tick's new row, or why nothing changed. */
export interface ChangeResult {
  /** Empty when the change was made. */
  readonly problems: readonly string[];
  readonly row?: Metrics;
  readonly done: boolean;
}

/** The current tick's row recomputed after a change, replacing the recorded one. */
function freshRow(s: Simulation): ChangeResult {
  const row = s.metrics();
  series[series.length - 1] = row;
  return { problems: [], row, done: s.done };
}

/** Work in slices of about this long, then give the event loop a turn so pause can arrive. */
const SLICE_MS = 40;
/** Progress reaches the page at most this often. */
const PROGRESS_MS = 100;

let sim: Simulation | undefined;
let series: Metrics[] = [];
let pauseRequested = false;

const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function current(): Simulation {
  if (!sim) throw new Error('no run created in this worker');
  return sim;
}

const api = {
  /**
   * Validate the scenario document here too (nothing crossing a boundary is trusted) and start. A
   * scenario on a city file gets the page's texts of it attached after resolving, as the CLI does
   * (cli/city-file.ts); problems of the scenario or the city file come back as a ScenarioError,
   * one line each, and nothing runs.
   */
  create(doc: unknown, seed?: number, city?: PageCityFile): RunInfo {
    const resolved = resolveScenario(doc, { load: presetLoader });
    if (!resolved.ok) throw new ScenarioError(resolved.problems);
    let scenario: Scenario = seed === undefined ? resolved.scenario : { ...resolved.scenario, seed };
    const onFile = scenario.mode === 'city' && scenario.city.source !== '';
    if (onFile && !city) {
      throw new ScenarioError([
        {
          path: 'city.source',
          value: scenario.city.source,
          allowed:
            'a city file the page has (examples/cities/) or one chosen under "Own city file" (CSV and GeoJSON)',
        },
      ]);
    }
    if (onFile && city) scenario = { ...scenario, cityFile: city.file } as Scenario;
    try {
      sim = createSimulation(scenario, scenario.seed);
    } catch (e) {
      // The city file's problems (ScenarioError) cross as such; anything else is a failure.
      if (e instanceof ScenarioError) throw new ScenarioError(e.problems);
      throw e;
    }
    series = [sim.metrics()];
    pauseRequested = false;
    const real = onFile && city ? realAreas(sim, city) : undefined;
    const info: RunInfo = {
      name: scenario.name,
      mode: scenario.mode,
      seed: sim.seed,
      ticks: scenario.ticks,
      initial: series[0]!,
      scenario: scenarioForOutput(scenario),
      ...(real ? { real } : {}),
    };
    const o = real?.outlines;
    return o ? Comlink.transfer(info, [o.coords.buffer, o.ringStart.buffer, o.areaRing.buffer]) : info;
  },

  /**
   * Advance up to n ticks. Runs in slices and yields between them, so `pause` (or a terminate from
   * the page) takes effect within a slice. Rows go to `onProgress` at most every 100 ms, and all of
   * them come back in the result.
   */
  async advance(n: number, options: AdvanceOptions = {}, onProgress?: ProgressFn): Promise<AdvanceResult> {
    const s = current();
    pauseRequested = false;
    const start = performance.now();
    const all: Metrics[] = [];
    let pending: Metrics[] = [];
    let lastReport = start;
    let left = n;
    while (left > 0 && !s.done && !pauseRequested) {
      const sliceStart = performance.now();
      while (left > 0 && !s.done && performance.now() - sliceStart < SLICE_MS) {
        s.advance(1, (m) => {
          series.push(m);
          all.push(m);
          pending.push(m);
        });
        left--;
      }
      const now = performance.now();
      if (onProgress && now - lastReport >= PROGRESS_MS && pending.length > 0) {
        onProgress(pending, s.tick);
        pending = [];
        lastReport = now;
      }
      if (options.budgetMs && now - start >= options.budgetMs) break;
      if (left > 0 && !s.done) await yieldToEvents();
    }
    return { rows: all, tick: s.tick, done: s.done };
  },

  /**
   * Teaching: change the rules of the running classic grid (threshold, ceiling, move ...) without
   * a restart. The current tick's row is recomputed under the new rules; problems come back as
   * plain sentences and change nothing.
   */
  retune(change: Record<string, unknown>): ChangeResult {
    const s = current();
    const problems = s.retune(change).map(formatProblem);
    return problems.length > 0 ? { problems, done: s.done } : freshRow(s);
  },

  /** Teaching: drag one agent from cell `from` to the empty cell `to`, counted as a move. */
  moveAgent(from: number, to: number): ChangeResult {
    const s = current();
    const problem = s.moveByHand(from, to);
    return problem ? { problems: [problem], done: s.done } : freshRow(s);
  },

  /** Ask a running `advance` to return at its next slice. */
  pause(): void {
    pauseRequested = true;
  },

  metrics(): Metrics {
    return current().metrics();
  },

  /** Every recorded row: the initial state and each tick since. */
  series(): Metrics[] {
    return series;
  },

  digests(): { series: string; state: string; tick: number } {
    const s = current();
    return { series: seriesDigest(series), state: s.digest(), tick: s.tick };
  },

  /**
   * A fresh copy of the map layers, handed over (not copied again) with transfer. Unit ids do not
   * change during a run, so the page asks for them only with the first view.
   */
  view(withUnits = true): MapView {
    const v = current().view();
    const view: MapView = withUnits ? v : { ...v, units: {} };
    const buffers = new Set<ArrayBuffer>();
    for (const layer of Object.values(view.layers)) buffers.add(layer.values.buffer as ArrayBuffer);
    for (const units of Object.values(view.units)) buffers.add(units.buffer as ArrayBuffer);
    return Comlink.transfer(view, [...buffers]);
  },

  /**
   * One quarter's type at every tick the typology was computed (a few bytes per tick, handed
   * over), or undefined when the run computes no typology or has no such quarter.
   */
  typeHistory(quarter: number): QuarterTypes | undefined {
    const history = current().outcomes?.history;
    if (!history || !(Number.isInteger(quarter) && quarter >= 0 && quarter < history.quarters))
      return undefined;
    const h = history.of(quarter);
    return Comlink.transfer(h, [h.ticks.buffer, h.types.buffer]);
  },

  /** The households of one unit by category with location quotients (small: a few numbers each). */
  unitShares(scale: string, unit: number): UnitShares | undefined {
    return current().unitShares(scale, unit);
  },

  /** Households by category in every unit of a scale, for the choropleth (handed over). */
  unitCounts(scale: string): UnitCounts | undefined {
    const c = current().unitCounts(scale);
    if (!c) return undefined;
    return Comlink.transfer(c, [
      c.households.buffer,
      ...c.dimensions.map((d) => d.counts.buffer as ArrayBuffer),
    ]);
  },

  /** Each unit's local segregation score along a dimension at a scale (handed over). */
  localScores(dimension: string, scale: string): Float64Array | undefined {
    const l = current().localScores(dimension, scale);
    return l ? Comlink.transfer(l, [l.buffer as ArrayBuffer]) : undefined;
  },

  /** The multiscale profile of one index now; problems with the request as an Error's sentence. */
  profile(req: ProfileRequest, options: Partial<MeasuresSelection> = {}): ProfileRow[] {
    return current().profile(req, options);
  },

  /** The households in a rectangle of the raster by cell, for the map's dots (handed over). */
  householdsIn(
    dimension: string,
    x0: number,
    y0: number,
    x1: number,
    y1: number,
  ): WindowHouseholds | undefined {
    const w = current().householdsIn(dimension, x0, y0, x1, y1);
    return w
      ? Comlink.transfer(w, [w.cells.buffer as ArrayBuffer, w.categories.buffer as ArrayBuffer])
      : undefined;
  },
};

/** The real city's areas of a run on a city file: names, and the boundaries laid on its raster. */
function realAreas(s: Simulation, city: PageCityFile): RealAreas | undefined {
  const real = s.model instanceof CityModel ? s.model.state.layout.real : undefined;
  if (!real) return undefined;
  const place = {
    areaIds: real.areaIds,
    west: real.west,
    north: real.north,
    cellSize: real.cellSize,
    crs: real.crs,
  };
  // The display copy when there is one and it fits, else the boundaries generation used.
  const tries: [string, string][] = [
    ...(city.display !== undefined
      ? [[city.display, city.displayName ?? 'display geojson'] as [string, string]]
      : []),
    [city.file.geojson, city.file.geojsonName],
  ];
  const problems: string[] = [];
  for (const [text, name] of tries) {
    const r = rasterOutlines(text, place, name);
    if (r.ok) return { ...common(real), outlines: r.outlines, outlineProblems: problems };
    problems.push(...r.problems.map(formatProblem));
  }
  return { ...common(real), outlineProblems: problems };
}

function common(real: NonNullable<CityModel['state']['layout']['real']>) {
  return {
    unitIds: real.unitIds,
    unitNames: real.unitNames,
    scale: real.scale,
    cellSize: real.cellSize,
    residents: real.residents,
  };
}

export type SimApi = typeof api;

Comlink.expose(api);
