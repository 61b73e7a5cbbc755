/**
 * Outputs that count people, by origin group: the searches that ended this tick and how long they
 * took (mean and median), homeless spells and the share housed within 3 and 12 months, and where
 * the households refused during a search ended up. CityState feeds it from endSearch, depart and
 * moveIn, so every code path that ends a search or houses a household is counted; each call is O(1)
 * and the per-tick work is over the searches that ended, never over all households.
 */
import { medianInPlace } from '../math/select.ts';
import type { Metrics } from '../model.ts';
import { HOUSING_TYPES } from './params-city.ts';

/** How a search ended (CityState.endSearch): moved into a dwelling, chose to stay, gave up. */
export const ENDED_MOVED = 0;
export const ENDED_STAYED = 1;
export const ENDED_GAVE_UP = 2;

/**
 * Where a refused household's search ended: the housing type of the quarter it moved to, or one of
 * these (column names `afterRefusal.<where>.<group>`).
 */
export const AFTER_REFUSAL_LABELS = [...HOUSING_TYPES, 'stayed', 'gaveUp', 'left'] as const;
const AFTER_STAYED = HOUSING_TYPES.length;
const AFTER_GAVE_UP = HOUSING_TYPES.length + 1;
const AFTER_LEFT = HOUSING_TYPES.length + 2;

/** The thresholds (ticks) of `housedWithin<k>`; the ring of spell starts is as long as the largest. */
export const HOUSED_WITHIN = [3, 12] as const;
const RING = 12;
/** Ring slot of a tick (ticks of a settled start's burn-in are negative). */
const slot = (tick: number) => ((tick % RING) + RING) % RING;
/**
 * The first tick of the reported run: spells begun before it (in the burn-in, or open at tick 0)
 * are left out of the shares housed within 3 and 12 ticks, as their start was not observed.
 */
const FIRST_TICK = 1;
const INITIAL_ENDED = 1024;

/** The column names of one group, built once (metrics() runs every tick). */
interface GroupColumns {
  unhoused: string;
  searchesEnded: string;
  meanTicks: string;
  medianTicks: string;
  homeless: string;
  within3: string;
  within12: string;
  /** By AFTER_REFUSAL_LABELS. */
  afterRefusal: string[];
}

export class PeopleCounts {
  private readonly groups: number;
  private readonly columns: readonly GroupColumns[];
  /**
   * Searches that ended this tick: length in ticks and origin group, endedCount of them. The
   * buffers grow by doubling when a tick ends more searches than they hold (a few times early in a
   * run, then never): sized for every household they would cost 1M dwellings 12 MB for nothing.
   */
  private endedTicks = new Int32Array(INITIAL_ENDED);
  private endedOrigin = new Uint8Array(INITIAL_ENDED);
  private endedCount = 0;
  /** Scratch for the median of one group's lengths (reused every tick, grown with the above). */
  private scratch = new Int32Array(INITIAL_ENDED);
  /** Unhoused households by group, filled by the metrics' pass over the households. */
  readonly unhoused: Int32Array;
  /** Cumulative: afterRefusal[where * groups + g] (where: AFTER_REFUSAL_LABELS). */
  readonly afterRefusal: Int32Array;
  /** Homeless spells started since the start of the run, by group. */
  readonly homelessStarted: Int32Array;
  /**
   * Ring over the last 12 start ticks (slot tick % 12): spells started in that tick, and those of
   * them housed within 3 and within 12 ticks so far.
   */
  private readonly ringStarts: Int32Array;
  private readonly ringHoused3: Int32Array;
  private readonly ringHoused12: Int32Array;
  /** Cumulative over the spells whose 3 (12) ticks are over: how many, and how many were housed in time. */
  readonly decided3: Int32Array;
  readonly housed3: Int32Array;
  readonly decided12: Int32Array;
  readonly housed12: Int32Array;

  constructor(groupNames: readonly string[]) {
    const G = groupNames.length;
    this.groups = G;
    this.columns = groupNames.map((g) => ({
      unhoused: `unhoused.${g}`,
      searchesEnded: `searchesEnded.${g}`,
      meanTicks: `searchTicks.mean.${g}`,
      medianTicks: `searchTicks.median.${g}`,
      homeless: `homelessSearches.${g}`,
      within3: `housedWithin${HOUSED_WITHIN[0]}.${g}`,
      within12: `housedWithin${HOUSED_WITHIN[1]}.${g}`,
      afterRefusal: AFTER_REFUSAL_LABELS.map((w) => `afterRefusal.${w}.${g}`),
    }));
    this.unhoused = new Int32Array(G);
    this.afterRefusal = new Int32Array(AFTER_REFUSAL_LABELS.length * G);
    this.homelessStarted = new Int32Array(G);
    this.ringStarts = new Int32Array(RING * G);
    this.ringHoused3 = new Int32Array(RING * G);
    this.ringHoused12 = new Int32Array(RING * G);
    this.decided3 = new Int32Array(G);
    this.housed3 = new Int32Array(G);
    this.decided12 = new Int32Array(G);
    this.housed12 = new Int32Array(G);
  }

  /** Tick 0 of the reported run: forget everything counted so far (the burn-in's spells and searches). */
  beginRun(): void {
    this.endedCount = 0;
    for (const a of [
      this.afterRefusal,
      this.homelessStarted,
      this.ringStarts,
      this.ringHoused3,
      this.ringHoused12,
      this.decided3,
      this.housed3,
      this.decided12,
      this.housed12,
    ]) {
      a.fill(0);
    }
  }

  /** At the start of tick `tick`: forget last tick's ended searches, free the ring slot of this tick. */
  startTick(tick: number): void {
    this.endedCount = 0;
    const at = slot(tick) * this.groups;
    this.ringStarts.fill(0, at, at + this.groups);
    this.ringHoused3.fill(0, at, at + this.groups);
    this.ringHoused12.fill(0, at, at + this.groups);
  }

  /**
   * At the end of tick `tick`: the spells started at tick - 2 have had their 3 ticks (tick - 2,
   * tick - 1, tick), those started at tick - 11 their 12; add them to the cumulative shares.
   */
  endTick(tick: number): void {
    const G = this.groups;
    const c3 = tick - HOUSED_WITHIN[0] + 1;
    const c12 = tick - HOUSED_WITHIN[1] + 1;
    for (let g = 0; g < G; g++) {
      if (c3 >= FIRST_TICK) {
        const at = slot(c3) * G + g;
        this.decided3[g]! += this.ringStarts[at]!;
        this.housed3[g]! += this.ringHoused3[at]!;
      }
      if (c12 >= FIRST_TICK) {
        const at = slot(c12) * G + g;
        this.decided12[g]! += this.ringStarts[at]!;
        this.housed12[g]! += this.ringHoused12[at]!;
      }
    }
  }

  /** A search of a household of group g ended after `ticks` ticks. */
  searchEnded(g: number, ticks: number): void {
    if (this.endedCount === this.endedTicks.length) this.reserve(2 * this.endedCount);
    this.endedTicks[this.endedCount] = ticks;
    this.endedOrigin[this.endedCount] = g;
    this.endedCount++;
  }

  /** Room for n ended searches in this tick, keeping those recorded. */
  private reserve(n: number): void {
    if (n <= this.endedTicks.length) return;
    const ticks = new Int32Array(n);
    ticks.set(this.endedTicks.subarray(0, this.endedCount));
    const origin = new Uint8Array(n);
    origin.set(this.endedOrigin.subarray(0, this.endedCount));
    this.endedTicks = ticks;
    this.endedOrigin = origin;
    this.scratch = new Int32Array(n);
  }

  /** A household of group g refused at least once during its search: it moved into a quarter of `housingType`. */
  refusedMovedTo(g: number, housingType: number): void {
    this.afterRefusal[housingType * this.groups + g]!++;
  }

  /** A household of group g refused at least once during its search stopped searching where it lives. */
  refusedStayed(g: number, outcome: typeof ENDED_STAYED | typeof ENDED_GAVE_UP): void {
    this.afterRefusal[(outcome === ENDED_STAYED ? AFTER_STAYED : AFTER_GAVE_UP) * this.groups + g]!++;
  }

  /** A household of group g refused at least once during its search left the city while searching. */
  refusedLeft(g: number): void {
    this.afterRefusal[AFTER_LEFT * this.groups + g]!++;
  }

  /** A household of group g is without a dwelling in the city from tick `tick` on. */
  spellStarted(g: number, tick: number): void {
    this.ringStarts[slot(tick) * this.groups + g]!++;
    this.homelessStarted[g]!++;
  }

  /** A household of group g without a dwelling since `since` moved in at `tick`. */
  spellHoused(g: number, since: number, tick: number): void {
    if (since < FIRST_TICK) return;
    const took = tick - since + 1;
    const at = slot(since) * this.groups + g;
    if (took <= HOUSED_WITHIN[0]) this.ringHoused3[at]!++;
    if (took <= HOUSED_WITHIN[1]) this.ringHoused12[at]!++;
  }

  /** Add the columns to `m` (unhoused must have been filled by the caller's pass this tick). */
  addTo(m: Metrics): void {
    const G = this.groups;
    for (let g = 0; g < G; g++) m[this.columns[g]!.unhoused] = this.unhoused[g]!;
    for (let g = 0; g < G; g++) {
      const col = this.columns[g]!;
      let n = 0;
      let sum = 0;
      for (let i = 0; i < this.endedCount; i++) {
        if (this.endedOrigin[i] !== g) continue;
        this.scratch[n++] = this.endedTicks[i]!;
        sum += this.endedTicks[i]!;
      }
      m[col.searchesEnded] = n;
      m[col.meanTicks] = n > 0 ? sum / n : 0;
      m[col.medianTicks] = medianInPlace(this.scratch, n);
    }
    for (let i = 0; i < this.endedCount; i++) this.scratch[i] = this.endedTicks[i]!;
    m['medianSearchTicks'] = medianInPlace(this.scratch, this.endedCount);
    for (let g = 0; g < G; g++) {
      const col = this.columns[g]!;
      m[col.homeless] = this.homelessStarted[g]!;
      m[col.within3] = this.decided3[g]! > 0 ? this.housed3[g]! / this.decided3[g]! : 0;
      m[col.within12] = this.decided12[g]! > 0 ? this.housed12[g]! / this.decided12[g]! : 0;
    }
    for (let w = 0; w < AFTER_REFUSAL_LABELS.length; w++) {
      for (let g = 0; g < G; g++) m[this.columns[g]!.afterRefusal[w]!] = this.afterRefusal[w * G + g]!;
    }
  }

  /** The arrays to keep in a snapshot (live views, not copies). */
  arrays(): Record<string, Int32Array | Uint8Array> {
    return {
      peopleEndedTicks: this.endedTicks.subarray(0, this.endedCount),
      peopleEndedOrigin: this.endedOrigin.subarray(0, this.endedCount),
      peopleAfterRefusal: this.afterRefusal,
      peopleHomelessStarted: this.homelessStarted,
      peopleRingStarts: this.ringStarts,
      peopleRingHoused3: this.ringHoused3,
      peopleRingHoused12: this.ringHoused12,
      peopleDecided3: this.decided3,
      peopleHoused3: this.housed3,
      peopleDecided12: this.decided12,
      peopleHoused12: this.housed12,
    };
  }

  /** Take back what arrays() gave (from a snapshot). */
  restore(get: (name: string) => ArrayLike<number>): void {
    const ended = get('peopleEndedTicks');
    this.endedCount = 0;
    this.reserve(ended.length);
    this.endedCount = ended.length;
    this.endedTicks.set(ended);
    this.endedOrigin.set(get('peopleEndedOrigin'));
    this.afterRefusal.set(get('peopleAfterRefusal'));
    this.homelessStarted.set(get('peopleHomelessStarted'));
    this.ringStarts.set(get('peopleRingStarts'));
    this.ringHoused3.set(get('peopleRingHoused3'));
    this.ringHoused12.set(get('peopleRingHoused12'));
    this.decided3.set(get('peopleDecided3'));
    this.housed3.set(get('peopleHoused3'));
    this.decided12.set(get('peopleDecided12'));
    this.housed12.set(get('peopleHoused12'));
  }
}
