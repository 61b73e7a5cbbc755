/**
 * The type of every quarter at each tick the typology was computed, for "its type over time" on
 * the map. One Int8 row of quarter types per recorded tick (at most MAX_TYPES types; -1 = no
 * type, a quarter without households). Rows grow by doubling when one is recorded, so a long run
 * reallocates a handful of times and never inside a model step.
 */
import type { TypedArray } from '../model.ts';

/** One quarter's history: the recorded ticks (ascending) and its type at each (-1 = none). */
export interface QuarterTypes {
  readonly ticks: Int32Array;
  readonly types: Int8Array;
}

/** Consecutive recorded ticks in one type (-1 = no type): ticks `from`..`to`, `rows` records. */
export interface TypeRun {
  readonly type: number;
  readonly from: number;
  readonly to: number;
  readonly rows: number;
}

/** The runs of one quarter's history, oldest first (what the map's strip draws). */
export function typeRuns(h: QuarterTypes): TypeRun[] {
  const runs: TypeRun[] = [];
  let start = 0;
  for (let i = 1; i <= h.types.length; i++) {
    if (i < h.types.length && h.types[i] === h.types[start]) continue;
    runs.push({ type: h.types[start]!, from: h.ticks[start]!, to: h.ticks[i - 1]!, rows: i - start });
    start = i;
  }
  return runs;
}

const FIRST_ROWS = 16;

export class TypeHistory {
  readonly quarters: number;
  private tickOf: Int32Array;
  private rows: Int8Array;
  private count = 0;

  constructor(quarters: number) {
    this.quarters = quarters;
    this.tickOf = new Int32Array(FIRST_ROWS);
    this.rows = new Int8Array(FIRST_ROWS * quarters);
  }

  /** Number of recorded ticks. */
  get length(): number {
    return this.count;
  }

  /**
   * Record the types at `tick`. The history is what was computed up to this tick: a tick computed
   * again (metrics asked twice at one tick) replaces its row rather than adding one.
   */
  record(tick: number, type: Int32Array): void {
    let row = this.count;
    while (row > 0 && this.tickOf[row - 1]! >= tick) row--;
    if (row === this.tickOf.length) this.grow(2 * row);
    const Q = this.quarters;
    this.tickOf[row] = tick;
    for (let q = 0; q < Q; q++) this.rows[row * Q + q] = type[q]!;
    this.count = row + 1;
  }

  /** The recorded ticks (a copy). */
  ticks(): Int32Array {
    return this.tickOf.slice(0, this.count);
  }

  /** Types of all quarters at the i-th recorded tick (a view, valid until the next record). */
  row(i: number): Int8Array {
    if (!(i >= 0 && i < this.count)) throw new RangeError(`no recorded row ${i} (${this.count} recorded)`);
    return this.rows.subarray(i * this.quarters, (i + 1) * this.quarters);
  }

  /** One quarter's history, as fresh arrays that can be transferred to the page. */
  of(quarter: number): QuarterTypes {
    if (!(Number.isInteger(quarter) && quarter >= 0 && quarter < this.quarters))
      throw new RangeError(`quarter ${quarter} is not one of 0..${this.quarters - 1}`);
    const types = new Int8Array(this.count);
    for (let i = 0; i < this.count; i++) types[i] = this.rows[i * this.quarters + quarter]!;
    return { ticks: this.ticks(), types };
  }

  /** Copies for a snapshot. */
  save(): { ticks: Int32Array; types: Int8Array } {
    return { ticks: this.ticks(), types: this.rows.slice(0, this.count * this.quarters) };
  }

  /** Back to a saved history; arrays of the wrong kind or size are refused. */
  restore(ticks: TypedArray, types: TypedArray): void {
    if (!(ticks instanceof Int32Array) || !(types instanceof Int8Array))
      throw new Error(
        'typology history in a snapshot must be an Int32Array of ticks and an Int8Array of types',
      );
    if (types.length !== ticks.length * this.quarters)
      throw new Error(
        `typology history in a snapshot has ${types.length} types for ${ticks.length} ticks x ${this.quarters} quarters`,
      );
    if (ticks.length > this.tickOf.length) this.grow(ticks.length);
    this.tickOf.set(ticks);
    this.rows.set(types);
    this.count = ticks.length;
  }

  private grow(rows: number): void {
    const tickOf = new Int32Array(rows);
    tickOf.set(this.tickOf.subarray(0, this.count));
    const data = new Int8Array(rows * this.quarters);
    data.set(this.rows.subarray(0, this.count * this.quarters));
    this.tickOf = tickOf;
    this.rows = data;
  }
}
