/**
 * The municipal waiting list for social housing: households eligible when they start a search are
 * entered in order of registration (first come, first served). An entry stays valid while the same
 * search goes on; entries of searches that ended (found elsewhere, gave up, left the city) are
 * skipped and dropped lazily, so registering and ending a search cost O(1).
 */
import { FREE, type Households, SEARCH_NONE } from './households.ts';

export class WaitingList {
  /** Entries in order of registration: household, start tick of its search, slot generation. */
  readonly household: Int32Array;
  readonly since: Int32Array;
  readonly generation: Uint32Array;
  /** Entries head .. tail - 1 are in use (some may be stale). */
  head = 0;
  tail = 0;

  constructor(capacity: number) {
    this.household = new Int32Array(capacity);
    this.since = new Int32Array(capacity);
    this.generation = new Uint32Array(capacity);
  }

  /** Whether entry i still stands for a household searching since it registered. */
  live(hh: Households, i: number): boolean {
    const h = this.household[i]!;
    return (
      hh.status[h] !== FREE &&
      hh.generation[h] === this.generation[i] &&
      hh.search[h] !== SEARCH_NONE &&
      hh.searchSince[h] === this.since[i]
    );
  }

  /** Register household h, searching since `since`. */
  add(hh: Households, h: number, since: number): void {
    if (this.tail === this.household.length) this.compact(hh);
    if (this.tail === this.household.length) return; // more live entries than households: cannot happen
    const i = this.tail++;
    this.household[i] = h;
    this.since[i] = since;
    this.generation[i] = hh.generation[h]!;
  }

  /** Drop the stale entries at the head (after an allocation round). */
  trimHead(hh: Households): void {
    while (this.head < this.tail && !this.live(hh, this.head)) this.head++;
    if (this.head === this.tail) this.head = this.tail = 0;
  }

  /** Keep only live entries, in order, from index 0. */
  compact(hh: Households): void {
    let n = 0;
    for (let i = this.head; i < this.tail; i++) {
      if (!this.live(hh, i)) continue;
      this.household[n] = this.household[i]!;
      this.since[n] = this.since[i]!;
      this.generation[n] = this.generation[i]!;
      n++;
    }
    this.head = 0;
    this.tail = n;
  }

  /** Live entries (O(length); for metrics). */
  length(hh: Households): number {
    let n = 0;
    for (let i = this.head; i < this.tail; i++) if (this.live(hh, i)) n++;
    return n;
  }

  /** The entries in use, as one array of triples (for snapshots and digests). */
  entries(): Int32Array {
    const n = this.tail - this.head;
    const out = new Int32Array(n * 3);
    for (let i = 0; i < n; i++) {
      out[i * 3] = this.household[this.head + i]!;
      out[i * 3 + 1] = this.since[this.head + i]!;
      out[i * 3 + 2] = this.generation[this.head + i]! | 0;
    }
    return out;
  }

  /** Restore from `entries()`. */
  setEntries(e: Int32Array): void {
    const n = Math.min(e.length / 3, this.household.length) | 0;
    for (let i = 0; i < n; i++) {
      this.household[i] = e[i * 3]!;
      this.since[i] = e[i * 3 + 1]!;
      this.generation[i] = e[i * 3 + 2]! >>> 0;
    }
    this.head = 0;
    this.tail = n;
  }
}
