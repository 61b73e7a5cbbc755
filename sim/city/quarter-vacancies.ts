/**
 * The vacant dwellings of each quarter, so that a searcher can look near a place (a chain migrant
 * near its kin) in O(1): the dwellings are partitioned by quarter in one array, each quarter's
 * vacant ones first. Making a dwelling vacant or occupied swaps it across its quarter's boundary;
 * drawing a random vacancy of a quarter reads one slot. The order is part of the state (it decides
 * which dwelling a draw picks), so snapshots keep it.
 */

export class QuarterVacancies {
  /** Dwellings grouped by quarter: quarter q's are items[start[q] .. start[q + 1] - 1], vacant ones first. */
  readonly items: Int32Array;
  /** Position of each dwelling in items. */
  readonly position: Int32Array;
  /** First position of each quarter (quarters + 1 entries). */
  readonly start: Int32Array;
  /** Vacant dwellings of each quarter. */
  readonly size: Int32Array;
  private readonly quarterOf: Int32Array;

  /** All dwellings vacant, in dwelling order within each quarter. */
  constructor(dwellingQuarter: Int32Array, quarters: number) {
    const D = dwellingQuarter.length;
    this.quarterOf = dwellingQuarter;
    this.items = new Int32Array(D);
    this.position = new Int32Array(D);
    this.start = new Int32Array(quarters + 1);
    this.size = new Int32Array(quarters);
    for (let d = 0; d < D; d++) this.start[dwellingQuarter[d]! + 1]!++;
    for (let q = 0; q < quarters; q++) this.start[q + 1]! += this.start[q]!;
    const next = this.start.slice(0, quarters);
    for (let d = 0; d < D; d++) {
      const q = dwellingQuarter[d]!;
      const i = next[q]!++;
      this.items[i] = d;
      this.position[d] = i;
    }
    for (let q = 0; q < quarters; q++) this.size[q] = this.start[q + 1]! - this.start[q]!;
  }

  has(d: number): boolean {
    const q = this.quarterOf[d]!;
    return this.position[d]! < this.start[q]! + this.size[q]!;
  }

  /** Dwelling d becomes vacant (no-op when it is). */
  add(d: number): void {
    const q = this.quarterOf[d]!;
    const boundary = this.start[q]! + this.size[q]!;
    if (this.position[d]! < boundary) return;
    this.swap(this.position[d]!, boundary);
    this.size[q]!++;
  }

  /** Dwelling d is taken (no-op when it is not vacant). */
  remove(d: number): void {
    const q = this.quarterOf[d]!;
    const last = this.start[q]! + this.size[q]! - 1;
    if (this.position[d]! > last) return;
    this.swap(this.position[d]!, last);
    this.size[q]!--;
  }

  /** A random vacant dwelling of quarter q, or -1 when it has none. */
  sample(q: number, rng: () => number): number {
    const n = this.size[q]!;
    return n === 0 ? -1 : this.items[this.start[q]! + Math.floor(rng() * n)]!;
  }

  /** Restore a saved order (the items array of a snapshot), recomputing positions and sizes from `vacant`. */
  setAll(order: Int32Array, vacant: (d: number) => boolean): void {
    this.items.set(order);
    const quarters = this.size.length;
    this.size.fill(0);
    for (let i = 0; i < order.length; i++) this.position[order[i]!] = i;
    for (let q = 0; q < quarters; q++) {
      let n = 0;
      while (this.start[q]! + n < this.start[q + 1]! && vacant(this.items[this.start[q]! + n]!)) n++;
      this.size[q] = n;
    }
  }

  private swap(i: number, j: number): void {
    if (i === j) return;
    const a = this.items[i]!;
    const b = this.items[j]!;
    this.items[i] = b;
    this.items[j] = a;
    this.position[b] = i;
    this.position[a] = j;
  }
}
