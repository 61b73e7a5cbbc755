/** What every model (classic Schelling, the multidimensional city) offers the simulation wrapper. */
import type { MeasureInputs } from './measures/inputs.ts';
import type { RngState } from './rng.ts';
import type { MapView } from './view.ts';

/** A flat record of numbers for one tick: one CSV row, one JSON series entry. */
export type Metrics = Record<string, number>;

export type TypedArray =
  | Int8Array
  | Uint8Array
  | Uint8ClampedArray
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array;

/**
 * The full dynamic state of a model as plain data: enough to continue exactly as if never
 * interrupted. Arrays are copies, safe to hand to another thread as transferables.
 */
export interface ModelState {
  readonly tick: number;
  readonly arrays: Record<string, TypedArray>;
  readonly scalars: Record<string, number>;
  readonly rng: Record<string, RngState>;
}

/** One row of the `--state` export: column name to per-row values. */
export interface StateTable {
  readonly columns: readonly string[];
  readonly rows: number;
  /** Value of `column` in `row`; NaN stands for an empty field (e.g. a vacant dwelling). */
  value(column: string, row: number): number | string;
  /**
   * Tables that belong beside this one, by name (e.g. `cells`: the raster cells with their units),
   * written as `FILE.<name>.csv` next to `FILE.csv`.
   */
  readonly companions?: Readonly<Record<string, StateTable>>;
}

export interface Model {
  readonly tick: number;
  /** True when the model asks to stop (e.g. classic mode settled with stopWhenSettled). */
  readonly finished: boolean;
  /** Advance by one tick. */
  step(): void;
  /** Metrics of the current state (after the last step, or the initial state at tick 0). */
  metrics(): Metrics;
  /** Copy of the dynamic state. */
  save(): ModelState;
  /** Digest of the dynamic state, for determinism checks. */
  digest(): string;
  /** Per-cell or per-dwelling table for `kiez run --state`. */
  stateTable(): StateTable;
  /** Households, categories and units for the segregation measures (see measures/inputs.ts). */
  measureInputs(): MeasureInputs;
  /** Raster layers for the map (copies, transferable). */
  view(): MapView;
}
