/**
 * The page's handle on one simulation run. Owns the worker's lifecycle: the worker starts lazily
 * on first use, `terminate` ends it at once (the only way to stop a tick in progress) and the next
 * call starts a fresh one. Calls pending when the worker ends reject with `RunCancelled`, so no
 * caller waits forever; errors of the run reject that run's calls and nobody else's.
 */
import * as Comlink from 'comlink';
import type { Metrics } from '../../sim/model.ts';
import type { QuarterTypes } from '../../sim/measures/type-history.ts';
import type { UnitCounts } from '../../sim/measures/unit-counts.ts';
import type { UnitShares } from '../../sim/measures/unit-shares.ts';
import type { MapView } from '../../sim/view.ts';
import type { WindowHouseholds } from '../../sim/measures/households-window.ts';
import type { MeasuresSelection } from '../../sim/measures/params.ts';
import type { ProfileRequest, ProfileRow } from '../../sim/measures/profile.ts';
import type {
  AdvanceOptions,
  AdvanceResult,
  ChangeResult,
  PageCityFile,
  ProgressFn,
  RunInfo,
  SimApi,
} from './sim.worker.ts';

/**
 * Append the rows later than the series' last tick. Progress and results travel on different
 * message ports, so the same rows may arrive twice and in either order; ticks put them right.
 */
export function appendNewRows(series: Metrics[], rows: readonly Metrics[]): number {
  let last = series.at(-1)?.['tick'] ?? Number.NEGATIVE_INFINITY;
  let added = 0;
  for (const row of rows) {
    const tick = row['tick'] ?? Number.NaN;
    if (!(tick > last)) continue;
    series.push(row);
    last = tick;
    added++;
  }
  return added;
}

export class RunCancelled extends Error {
  constructor() {
    super('run stopped');
    this.name = 'RunCancelled';
  }
}

/** Workers alive in this page, for the status line and the tests that check workers are freed. */
let liveWorkers = 0;
const liveListeners = new Set<(n: number) => void>();

export function onLiveWorkers(listener: (n: number) => void): void {
  liveListeners.add(listener);
  listener(liveWorkers);
}

function setLive(delta: number): void {
  liveWorkers += delta;
  for (const l of liveListeners) l(liveWorkers);
}

interface Live {
  readonly worker: Worker;
  readonly remote: Comlink.Remote<SimApi>;
  /** Rejects when the worker is terminated or dies; every call races against it. */
  readonly ended: Promise<never>;
  end(reason: Error): void;
}

export class SimRun {
  private live: Live | undefined;

  private start(): Live {
    const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), {
      type: 'module',
      name: 'kiez-sim',
    });
    const remote = Comlink.wrap<SimApi>(worker);
    let end: (reason: Error) => void = () => {};
    const ended = new Promise<never>((_, reject) => {
      end = reject;
    });
    ended.catch(() => {});
    const live: Live = { worker, remote, ended, end: (reason) => end(reason) };
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      this.finish(live, new Error(e.message || 'the simulation worker failed to start'));
    });
    setLive(1);
    return live;
  }

  private finish(live: Live, reason: Error): void {
    if (this.live !== live) return;
    this.live = undefined;
    live.remote[Comlink.releaseProxy]();
    live.worker.terminate();
    live.end(reason);
    setLive(-1);
  }

  private async call<T>(f: (remote: Comlink.Remote<SimApi>) => Promise<T>): Promise<T> {
    if (!this.live) this.live = this.start();
    const live = this.live;
    return Promise.race([f(live.remote), live.ended]);
  }

  get running(): boolean {
    return this.live !== undefined;
  }

  /** Start a run in a fresh worker (any previous run of this handle ends first). */
  create(doc: unknown, seed?: number, city?: PageCityFile): Promise<RunInfo> {
    this.terminate();
    return this.call((r) => r.create(doc, seed, city));
  }

  advance(n: number, options: AdvanceOptions = {}, onProgress?: ProgressFn): Promise<AdvanceResult> {
    const progress = onProgress ? Comlink.proxy(onProgress) : undefined;
    return this.call((r) => r.advance(n, options, progress));
  }

  /** Ask a running advance to return soon; the run stays and can continue. */
  async pause(): Promise<void> {
    if (this.live) await this.call((r) => r.pause());
  }

  /** Change the rules of the running classic grid (see the worker's `retune`). */
  retune(change: Record<string, unknown>): Promise<ChangeResult> {
    return this.call((r) => r.retune(change));
  }

  /** Move one classic agent by hand to an empty cell. */
  moveAgent(from: number, to: number): Promise<ChangeResult> {
    return this.call((r) => r.moveAgent(from, to));
  }

  view(withUnits = true): Promise<MapView> {
    return this.call((r) => r.view(withUnits));
  }

  /** One quarter's type over time (undefined without a typology). */
  typeHistory(quarter: number): Promise<QuarterTypes | undefined> {
    return this.call((r) => r.typeHistory(quarter));
  }

  /** The households of one unit by category, with location quotients. */
  unitShares(scale: string, unit: number): Promise<UnitShares | undefined> {
    return this.call((r) => r.unitShares(scale, unit));
  }

  /** Households by category in every unit of a scale (the choropleth). */
  unitCounts(scale: string): Promise<UnitCounts | undefined> {
    return this.call((r) => r.unitCounts(scale));
  }

  /** Each unit's local segregation score along a dimension (the local-score layer). */
  localScores(dimension: string, scale: string): Promise<Float64Array | undefined> {
    return this.call((r) => r.localScores(dimension, scale));
  }

  /** The multiscale profile of one index at the current tick. */
  profile(req: ProfileRequest, options: Partial<MeasuresSelection> = {}): Promise<ProfileRow[]> {
    return this.call((r) => r.profile(req, options));
  }

  /** The households in a rectangle of the raster (the map's dots). */
  householdsIn(
    dimension: string,
    x0: number,
    y0: number,
    x1: number,
    y1: number,
  ): Promise<WindowHouseholds | undefined> {
    return this.call((r) => r.householdsIn(dimension, x0, y0, x1, y1));
  }

  series(): Promise<Metrics[]> {
    return this.call((r) => r.series());
  }

  digests(): Promise<{ series: string; state: string; tick: number }> {
    return this.call((r) => r.digests());
  }

  /** End the worker now; pending calls reject with RunCancelled. */
  terminate(): void {
    if (this.live) this.finish(this.live, new RunCancelled());
  }
}
