/**
 * Household traces of one run: a seeded sample of the households present at tick 0, read from the
 * model's state table (the table `kiez run --state` writes) at the traced ticks. The sample is drawn
 * once from the run seed's stream "traces", so a run gives the same sample and the same rows
 * whatever the number of workers. A household is known by its id column (`household` in the city,
 * `agent` in classic mode) and, where the table has one, its arrival tick, so a slot that a later
 * household reuses is not taken for the traced one. Pure: plain data out.
 */
import type { StateTable } from '../model.ts';
import { stream } from '../rng.ts';

export interface TraceSpec {
  /** Households to sample (0 = no traces). */
  readonly sample: number;
  /** Trace every N ticks; 0 = the table's `every`. */
  readonly every: number;
}

export interface Traces {
  /** The state table's columns, the id column first, without `tick`. */
  readonly columns: readonly string[];
  /** One row per traced tick and household in the city, by tick then id: the tick, then each column (null = empty). */
  readonly rows: readonly (readonly (number | string | null)[])[];
}

/** The columns that name a household in the models' state tables, in order of preference. */
const ID_COLUMNS = ['household', 'agent'] as const;

export class TraceRecorder {
  private readonly every: number;
  private readonly seed: number;
  private readonly sample: number;
  private id = '';
  private columns: string[] = [];
  /** Traced id -> its arrival tick (NaN where the table has none). */
  private traced = new Map<number, number>();
  private readonly rows: (number | string | null)[][] = [];
  private lastTraced = -1;

  constructor(spec: TraceSpec, tableEvery: number, seed: number) {
    this.sample = spec.sample;
    this.every = spec.every > 0 ? spec.every : Math.max(1, tableEvery);
    this.seed = seed;
  }

  /** Draw the sample from the state at tick 0 and trace it there. */
  start(table: StateTable): void {
    const id = ID_COLUMNS.find((c) => table.columns.includes(c));
    if (!id) throw new Error('household traces: the state table has no household column');
    this.id = id;
    this.columns = [id, ...table.columns.filter((c) => c !== id)];
    const present: number[] = [];
    const arrival = new Map<number, number>();
    for (let r = 0; r < table.rows; r++) {
      const h = table.value(id, r);
      if (typeof h !== 'number' || !Number.isFinite(h)) continue;
      present.push(h);
      arrival.set(h, this.arrivalOf(table, r));
    }
    present.sort((a, b) => a - b);
    // A partial Fisher-Yates over the ids in id order: the first `n` places are the sample.
    const rng = stream(this.seed, 'traces');
    const n = Math.min(this.sample, present.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(rng() * (present.length - i));
      const t = present[i]!;
      present[i] = present[j]!;
      present[j] = t;
    }
    for (const h of present.slice(0, n).sort((a, b) => a - b)) this.traced.set(h, arrival.get(h)!);
    this.read(table, 0);
  }

  /** After a step to `tick`: trace it if it is due (the table is only built then). */
  atTick(tick: number, table: () => StateTable): void {
    if (tick % this.every === 0) this.read(table(), tick);
  }

  /** At the run's last tick, traced always. */
  finish(tick: number, table: StateTable): Traces {
    if (this.lastTraced !== tick) this.read(table, tick);
    return { columns: this.columns, rows: this.rows };
  }

  private arrivalOf(table: StateTable, row: number): number {
    if (!table.columns.includes('arrivalTick')) return Number.NaN;
    const a = table.value('arrivalTick', row);
    return typeof a === 'number' ? a : Number.NaN;
  }

  private read(table: StateTable, tick: number): void {
    this.lastTraced = tick;
    const found: (number | string | null)[][] = [];
    for (let r = 0; r < table.rows; r++) {
      const h = table.value(this.id, r);
      if (typeof h !== 'number' || !this.traced.has(h)) continue;
      const arrived = this.traced.get(h)!;
      // Same slot, another household (it arrived later): the traced one has left.
      if (!Number.isNaN(arrived) && this.arrivalOf(table, r) !== arrived) continue;
      found.push([
        tick,
        ...this.columns.map((c) => {
          const v = table.value(c, r);
          return typeof v === 'number' && !Number.isFinite(v) ? null : v;
        }),
      ]);
    }
    found.sort((a, b) => (a[1] as number) - (b[1] as number));
    this.rows.push(...found);
  }
}
