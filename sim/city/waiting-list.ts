/**
 * The municipal waiting list for social housing: households eligible when they start a search are
 * entered in order of registration (first come, first served). An entry stays valid while the same
 * search goes on; entries of searches that ended (found elsewhere, gave up, left the city) are
 * skipped and dropped lazily, so registering and ending a search cost O(1). The entries grow by
 * doubling (after dropping the stale ones) up to twice the household slots: a list sized for every
 * slot from the start held 32 MB for a city of a million dwellings whose list is a few thousand long.
 */
import { FREE, type Households, SEARCH_NONE } from './households.ts';

/** Entries a new list holds before it first grows. */
const INITIAL_ENTRIES = 1024;

export class WaitingList {
  /** Entries in order of registration: household, start tick of its search, slot generation. */
  household: Int32Array;
  since: Int32Array;
  generation: Uint32Array;
  /** Most entries the list may hold (live entries never exceed the household slots). */
  private readonly most: number;
  /** Entries head .. tail - 1 are in use (some may be stale). */
  head = 0;
  tail = 0;

  constructor(capacity: number) {
    this.most = capacity;
    const n = Math.min(capacity, INITIAL_ENTRIES);
    this.household = new Int32Array(n);
    this.since = new Int32Array(n);
    this.generation = new Uint32Array(n);
  }

  /** Room for at least n entries from index 0, keeping those in use (call after compact). */
  private reserve(n: number): void {
    if (n <= this.household.length) return;
    let size = this.household.length;
    while (size < n) size *= 2;
    size = Math.min(Math.max(size, n), this.most);
    const household = new Int32Array(size);
    const since = new Int32Array(size);
    const generation = new Uint32Array(size);
    household.set(this.household.subarray(0, this.tail));
    since.set(this.since.subarray(0, this.tail));
    generation.set(this.generation.subarray(0, this.tail));
    this.household = household;
    this.since = since;
    this.generation = generation;
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
    if (this.tail === this.household.length) {
      this.compact(hh);
      // Grow when the list is more than half live, so that compaction stays rare.
      if (2 * this.tail >= this.household.length) this.reserve(2 * this.household.length);
    }
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

  /**
   * The live entries in order, as one array of triples (for snapshots and digests). Stale entries
   * are left out: how many of them a list still holds depends on when it last compacted, which
   * depends on its capacity, and a restored list starts with less capacity than the one it was
   * saved from; with them a restored run's digest drifted from the straight run's.
   */
  entries(hh: Households): Int32Array {
    const out = new Int32Array(this.length(hh) * 3);
    let n = 0;
    for (let i = this.head; i < this.tail; i++) {
      if (!this.live(hh, i)) continue;
      out[n * 3] = this.household[i]!;
      out[n * 3 + 1] = this.since[i]!;
      out[n * 3 + 2] = this.generation[i]! | 0;
      n++;
    }
    return out;
  }

  /** Restore from `entries()`. */
  setEntries(e: Int32Array): void {
    this.head = 0;
    this.tail = 0;
    const n = Math.min(e.length / 3, this.most) | 0;
    this.reserve(n);
    for (let i = 0; i < n; i++) {
      this.household[i] = e[i * 3]!;
      this.since[i] = e[i * 3 + 1]!;
      this.generation[i] = e[i * 3 + 2]! >>> 0;
    }
    this.head = 0;
    this.tail = n;
  }
}
