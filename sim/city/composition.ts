/**
 * Who lives in each block and quarter, by origin, income band and milieu, kept up to date at every
 * move-in and move-out so that a candidate dwelling's neighbourhood is read in O(1).
 */
import { INCOME_BAND_LABELS, MILIEU_LABELS } from './params-households.ts';

const BANDS = INCOME_BAND_LABELS.length;
const MILIEUS = MILIEU_LABELS.length;

/** Counts for the units of one scale. */
export class UnitCounts {
  readonly units: number;
  readonly groups: number;
  /** Housed households per unit. */
  readonly total: Int32Array;
  /** total households of origin g in unit u: origin[u * groups + g]. */
  readonly origin: Int32Array;
  /** band[u * 3 + b] for bands low, middle, high. */
  readonly band: Int32Array;
  /** milieu[u * 4 + m]. */
  readonly milieu: Int32Array;

  constructor(units: number, groups: number) {
    this.units = units;
    this.groups = groups;
    this.total = new Int32Array(units);
    this.origin = new Int32Array(units * groups);
    this.band = new Int32Array(units * BANDS);
    this.milieu = new Int32Array(units * MILIEUS);
  }

  adjust(u: number, origin: number, band: number, milieu: number, by: number): void {
    this.total[u]! += by;
    this.origin[u * this.groups + origin]! += by;
    this.band[u * BANDS + band]! += by;
    this.milieu[u * MILIEUS + milieu]! += by;
  }

  clear(): void {
    this.total.fill(0);
    this.origin.fill(0);
    this.band.fill(0);
    this.milieu.fill(0);
  }

  /** Share of high minus share of low incomes (0 in an empty unit). */
  status(u: number): number {
    const n = this.total[u]!;
    return n === 0 ? 0 : (this.band[u * BANDS + 2]! - this.band[u * BANDS]!) / n;
  }

  lowShare(u: number): number {
    const n = this.total[u]!;
    return n === 0 ? 0 : this.band[u * BANDS]! / n;
  }
}

export { BANDS, MILIEUS };
