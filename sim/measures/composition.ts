/**
 * The shared input of every index: for each row (an administrative unit, or a raster cell for the
 * person-centred view), the households living there by category (`pop`) and the composition of
 * the environment those households see (`env`). For containers the environment is the unit itself
 * (`env` is `pop`); for person-centred neighbourhoods it is the box of cells around the row.
 * Buffers are allocated once and grow only when a bigger input arrives. Counts are whole numbers
 * below 2^31 (at most the households of the city), kept in Int32Arrays: half the memory of doubles
 * for the passes that stream them, and exact integer keys for the entropy look-up tables.
 */
import { RowSums } from './row-sums.ts';

export class Composition {
  rows = 0;
  categories = 0;
  /** pop[row * categories + m]: households of category m living in the row. */
  pop: Int32Array = new Int32Array(0);
  /** Households living in each row (indices skip rows where this is 0). */
  popTotal: Int32Array = new Int32Array(0);
  /** env[row * categories + m]: households of category m in the row's environment. */
  env: Int32Array = new Int32Array(0);
  /** Sum of env over categories, per row. */
  envTotal: Int32Array = new Int32Array(0);
  /** Households of each category in the whole city (sum of pop over rows). */
  totals: Float64Array = new Float64Array(0);
  /** Households in the whole city. */
  total = 0;
  /** Rows with households, ascending (the first `occupiedCount`): the only rows an index reads. */
  occupied: Int32Array = new Int32Array(0);
  occupiedCount = 0;
  /** Changes whenever the counts change, so that the row sums are filled once per state. */
  version = 0;
  /** The sums over rows the indices read, shared by every index of this state. */
  readonly sums = new RowSums();
  private ownEnv: Int32Array = new Int32Array(0);

  /** Size the buffers for `rows` x `categories` and clear the counts. */
  reset(rows: number, categories: number): void {
    const n = rows * categories;
    if (this.pop.length < n) {
      this.pop = new Int32Array(n);
      this.ownEnv = new Int32Array(n);
    }
    if (this.envTotal.length < rows) {
      this.envTotal = new Int32Array(rows);
      this.popTotal = new Int32Array(rows);
      this.occupied = new Int32Array(rows);
    }
    if (this.totals.length < categories) this.totals = new Float64Array(categories);
    this.rows = rows;
    this.categories = categories;
    this.pop.fill(0, 0, n);
    this.popTotal.fill(0, 0, rows);
    this.totals.fill(0, 0, categories);
    this.env = this.pop;
    this.total = 0;
    this.occupiedCount = 0;
    this.version++;
  }

  /** Count households into rows: `rowOf[h]` is the row (unit or cell) of household h. */
  count(rowOf: Int32Array, category: Uint8Array, households: number): void {
    const { pop, popTotal, totals, categories } = this;
    for (let h = 0; h < households; h++) {
      const m = category[h]!;
      if (m >= categories) throw new Error(`household ${h}: category ${m} beyond the ${categories} labels`);
      const r = rowOf[h]!;
      pop[r * categories + m]!++;
      popTotal[r]!++;
      totals[m]!++;
    }
    this.total = households;
    this.listOccupied();
    this.version++;
  }

  /**
   * Count another categorisation of the households just counted (same rows, same households): the
   * households per row and the occupied rows are kept, only the counts by category are new.
   */
  recount(rowOf: Int32Array, category: Uint8Array, households: number, categories: number): void {
    if (households !== this.total)
      throw new Error(`recount of ${households} households, ${this.total} counted`);
    const n = this.rows * categories;
    if (this.pop.length < n) {
      this.pop = new Int32Array(n);
      this.ownEnv = new Int32Array(n);
    }
    if (this.totals.length < categories) this.totals = new Float64Array(categories);
    this.categories = categories;
    const { pop, totals, occupied, occupiedCount } = this;
    pop.fill(0, 0, n);
    this.env = pop;
    for (let h = 0; h < households; h++) {
      const m = category[h]!;
      if (m >= categories) throw new Error(`household ${h}: category ${m} beyond the ${categories} labels`);
      pop[rowOf[h]! * categories + m]!++;
    }
    // Totals by category from the rows: fewer additions than households, none chained.
    totals.fill(0, 0, categories);
    for (let i = 0; i < occupiedCount; i++) {
      const o = occupied[i]! * categories;
      for (let m = 0; m < categories; m++) totals[m]! += pop[o + m]!;
    }
    this.version++;
  }

  private listOccupied(): void {
    const { popTotal, occupied } = this;
    let n = 0;
    for (let r = 0; r < this.rows; r++) if (popTotal[r]! > 0) occupied[n++] = r;
    this.occupiedCount = n;
  }

  /**
   * Add the occupied rows of `rows` (raster cells, or the units of a finer scale) up into `units`
   * units: row r goes to unit unitOfRow[r]. The same counts as counting the households by unit.
   */
  aggregate(rows: Composition, unitOfRow: Int32Array, units: number): void {
    const k = rows.categories;
    this.reset(units, k);
    const { pop, popTotal } = this;
    const from = rows.pop;
    for (let i = 0; i < rows.occupiedCount; i++) {
      const r = rows.occupied[i]!;
      const u = unitOfRow[r]!;
      if (!(u >= 0 && u < units)) throw new Error(`row ${r} has households but unit ${u} of ${units}`);
      for (let m = 0; m < k; m++) pop[u * k + m]! += from[r * k + m]!;
      popTotal[u]! += rows.popTotal[r]!;
    }
    this.totals.set(rows.totals.subarray(0, k));
    this.total = rows.total;
    this.listOccupied();
    this.useOwnRows();
  }

  /** The environment is the row itself (administrative units). */
  useOwnRows(): void {
    this.env = this.pop;
    this.envTotal.set(this.popTotal.subarray(0, this.rows));
    this.version++;
  }

  /** A separate environment buffer, to be filled by the caller (e.g. box sums), then `envChanged()`. */
  separateEnv(): Int32Array {
    this.env = this.ownEnv;
    return this.ownEnv;
  }

  /** The caller filled env and envTotal of the occupied rows (e.g. BoxCounts.fill). */
  envChanged(): void {
    this.version++;
  }
}

/** Build a composition of households by unit (containers). */
export function unitComposition(
  c: Composition,
  units: number,
  unitOf: Int32Array,
  category: Uint8Array,
  households: number,
  categories: number,
): Composition {
  c.reset(units, categories);
  c.count(unitOf, category, households);
  c.useOwnRows();
  return c;
}
