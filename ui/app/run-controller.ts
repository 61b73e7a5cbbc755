/**
 * Play / pause / step / speed / reset for one run in its worker. The animation loop lives here, on
 * the page side: it asks the worker for ticks (a time budget at full speed, one tick at a time when
 * slowed down), records the rows, and fetches a fresh map after each batch.
 */
import type { QuarterTypes } from '../../sim/measures/type-history.ts';
import type { UnitCounts } from '../../sim/measures/unit-counts.ts';
import type { UnitShares } from '../../sim/measures/unit-shares.ts';
import type { Metrics } from '../../sim/model.ts';
import type { MapView } from '../../sim/view.ts';
import type { WindowHouseholds } from '../../sim/measures/households-window.ts';
import type { MeasuresSelection } from '../../sim/measures/params.ts';
import type { ProfileRequest, ProfileRow } from '../../sim/measures/profile.ts';
import { appendNewRows, RunCancelled, SimRun } from '../worker/bridge.ts';
import type { ChangeResult, PageCityFile, RunInfo } from '../worker/sim.worker.ts';

export type RunState = 'idle' | 'starting' | 'paused' | 'running' | 'finished' | 'failed';

export interface RunHooks {
  /** New rows were appended to `series` (or it was replaced). */
  rows(): void;
  view(view: MapView): void;
  status(): void;
  /** The run failed; `invalid` when the worker refused its scenario or city file (one problem a line). */
  error(message: string, invalid: boolean): void;
}

/** At full speed the worker returns after this long so the map can be redrawn. */
const FRAME_BUDGET_MS = 150;

export class RunController {
  private readonly run = new SimRun();
  series: Metrics[] = [];
  info: RunInfo | undefined;
  state: RunState = 'idle';
  digest = '';
  /** Ticks per second; 0 = as fast as possible. */
  speed = 0;
  private doc: unknown;
  private seed: number | undefined;
  private city: PageCityFile | undefined;
  private units: MapView['units'] = {};
  /** Bumped when the run is replaced or stopped: work of an older run is dropped. */
  private generation = 0;
  private playing = false;
  /** The batch in flight, so the next one waits for it. */
  private busy: Promise<unknown> = Promise.resolve();
  /**
   * A step in flight, and what was asked meanwhile: → pressed again (each press one more tick) or
   * play. The state reads `running` during a step, so without these a press that came before the
   * step's map was in was lost.
   */
  private stepping = false;
  private queuedSteps = 0;
  private playAfterStep = false;

  constructor(private readonly hooks: RunHooks) {}

  get tick(): number {
    return this.series.at(-1)?.['tick'] ?? 0;
  }

  /** Playing, or asked to play once the step in flight is done (what play/pause toggles on). */
  get isPlaying(): boolean {
    return this.playing || this.playAfterStep;
  }

  /** Create the run in a fresh worker and show its initial state (paused); `city`: its city file's texts. */
  async start(doc: unknown, seed?: number, city?: PageCityFile): Promise<boolean> {
    const generation = ++this.generation;
    this.playing = false;
    this.busy = Promise.resolve();
    this.doc = doc;
    this.seed = seed;
    this.city = city;
    this.queuedSteps = 0;
    this.playAfterStep = false;
    this.setState('starting');
    this.series = [];
    this.digest = '';
    this.info = undefined;
    this.hooks.rows();
    try {
      const info = await this.run.create(doc, seed, city);
      if (generation !== this.generation) return false;
      this.info = info;
      this.series = [info.initial];
      this.hooks.rows();
      await this.fetchView(true);
      if (generation !== this.generation) return false;
      this.setState('paused');
      return true;
    } catch (e) {
      if (generation === this.generation) this.fail(e);
      return false;
    }
  }

  play(): void {
    if (this.stepping) {
      this.playAfterStep = true;
      return;
    }
    if (this.state !== 'paused') return;
    this.setState('running');
    this.playing = true;
    void this.loop(this.generation);
  }

  /**
   * Stop playing; the batch in flight returns at its next slice and its ticks are kept. The state
   * turns to paused once that batch is in, so a paused run's tick no longer moves.
   */
  async pause(): Promise<void> {
    this.playAfterStep = false;
    this.queuedSteps = 0;
    if (!this.playing) return;
    this.playing = false;
    await this.run.pause().catch(() => {});
    await this.busy;
    if (this.state === 'running') this.setState('paused');
  }

  /** One tick; a step asked for while one is in flight follows it. */
  async step(): Promise<void> {
    if (this.stepping) {
      this.queuedSteps++;
      return;
    }
    if (this.state !== 'paused') return;
    const generation = this.generation;
    this.stepping = true;
    this.setState('running');
    try {
      let more = await this.batch(1, 0, generation);
      while (more && this.queuedSteps > 0 && generation === this.generation) {
        this.queuedSteps--;
        more = await this.batch(1, 0, generation);
      }
    } finally {
      this.stepping = false;
      this.queuedSteps = 0;
    }
    if (generation !== this.generation) return;
    if ((this.state as RunState) === 'running' && !this.playing) this.setState('paused');
    if (this.playAfterStep) {
      this.playAfterStep = false;
      this.play();
    }
  }

  /** Start again from tick 0 with the same scenario and seed, in a fresh worker. */
  reset(): Promise<boolean> {
    return this.start(this.doc, this.seed, this.city);
  }

  /**
   * Teaching: change the rules of the running classic grid without a restart (the tick count goes
   * on). Returns the problems, as sentences, when the change is refused.
   */
  retune(change: Record<string, unknown>): Promise<readonly string[]> {
    return this.change((run) => run.retune(change));
  }

  /** Teaching: move the agent in cell `from` to the empty cell `to`; problems when refused. */
  moveAgent(from: number, to: number): Promise<readonly string[]> {
    return this.change((run) => run.moveAgent(from, to));
  }

  /**
   * A change to the running grid between ticks: the current row is replaced, the map redrawn, and
   * a finished run that has discontented agents again can go on.
   */
  private async change(ask: (run: SimRun) => Promise<ChangeResult>): Promise<readonly string[]> {
    const generation = this.generation;
    const result = await this.ask(ask);
    if (!result || generation !== this.generation) return [];
    if (result.problems.length > 0 || !result.row) return result.problems;
    const last = this.series.at(-1);
    if (last && last['tick'] === result.row['tick']) this.series[this.series.length - 1] = result.row;
    else this.series.push(result.row);
    this.hooks.rows();
    await this.fetchView(false);
    if (this.state === 'finished' && !result.done) {
      this.digest = '';
      this.setState('paused');
    } else this.hooks.status();
    return [];
  }

  /** One quarter's type over time in this run (undefined when no run is there to ask). */
  typeHistory(quarter: number): Promise<QuarterTypes | undefined> {
    return this.ask((run) => run.typeHistory(quarter));
  }

  /** The households of one unit by category in this run (undefined when no run is there to ask). */
  unitShares(scale: string, unit: number): Promise<UnitShares | undefined> {
    return this.ask((run) => run.unitShares(scale, unit));
  }

  /** Households by category in every unit of a scale (undefined when no run is there to ask). */
  unitCounts(scale: string): Promise<UnitCounts | undefined> {
    return this.ask((run) => run.unitCounts(scale));
  }

  /** Each unit's local segregation score along a dimension (undefined when no run is there to ask). */
  localScores(dimension: string, scale: string): Promise<Float64Array | undefined> {
    return this.ask((run) => run.localScores(dimension, scale));
  }

  /** The multiscale profile of one index now (undefined when no run is there to ask). */
  profile(req: ProfileRequest, options: Partial<MeasuresSelection> = {}): Promise<ProfileRow[] | undefined> {
    return this.ask((run) => run.profile(req, options));
  }

  /** The households in a rectangle of the raster (undefined when no run is there to ask). */
  householdsIn(
    dimension: string,
    x0: number,
    y0: number,
    x1: number,
    y1: number,
  ): Promise<WindowHouseholds | undefined> {
    return this.ask((run) => run.householdsIn(dimension, x0, y0, x1, y1));
  }

  /** A question to the running worker; undefined when there is no run or it was cancelled meanwhile. */
  private async ask<T>(question: (run: SimRun) => Promise<T | undefined>): Promise<T | undefined> {
    if (!this.info || !this.run.running) return undefined;
    try {
      return await question(this.run);
    } catch (e) {
      if (e instanceof RunCancelled) return undefined;
      throw e;
    }
  }

  /** End the run and free its worker. */
  stop(): void {
    this.generation++;
    this.playing = false;
    this.run.terminate();
    this.setState('idle');
  }

  private async loop(generation: number): Promise<void> {
    while (this.playing && generation === this.generation) {
      const began = performance.now();
      const slow = this.speed > 0;
      const more = await this.batch(slow ? 1 : 1_000_000_000, slow ? 0 : FRAME_BUDGET_MS, generation);
      if (!more) return;
      if (slow && this.playing) {
        const wait = 1000 / this.speed - (performance.now() - began);
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
    }
  }

  /**
   * Advance, record, redraw; false when the run ended, failed or was replaced. Batches run one
   * after another (never two advances at once in the worker), and every tick the worker made is
   * recorded, also those of a batch that a pause cut short.
   */
  private batch(n: number, budgetMs: number, generation: number): Promise<boolean> {
    const work = this.busy.then(async () => {
      if (generation !== this.generation) return false;
      const result = await this.run.advance(n, { budgetMs }, (rows) => {
        if (generation !== this.generation) return;
        if (appendNewRows(this.series, rows) > 0) this.hooks.rows();
      });
      if (generation !== this.generation) return false;
      if (appendNewRows(this.series, result.rows) > 0) this.hooks.rows();
      await this.fetchView(false);
      if (result.done) {
        this.digest = (await this.run.digests()).series;
        this.playing = false;
        this.setState('finished');
        return false;
      }
      this.hooks.status();
      return true;
    });
    this.busy = work.then(
      () => {},
      () => {},
    );
    return work.catch((e) => {
      if (generation === this.generation) this.fail(e);
      return false;
    });
  }

  private async fetchView(withUnits: boolean): Promise<void> {
    const view = await this.run.view(withUnits);
    if (withUnits) this.units = view.units;
    this.hooks.view(withUnits ? view : { ...view, units: this.units });
  }

  private fail(e: unknown): void {
    if (e instanceof RunCancelled) return;
    this.playing = false;
    this.run.terminate();
    this.setState('failed');
    this.hooks.error(
      e instanceof Error ? e.message : String(e),
      e instanceof Error && e.name === 'ScenarioError',
    );
  }

  private setState(s: RunState): void {
    this.state = s;
    this.hooks.status();
  }
}
