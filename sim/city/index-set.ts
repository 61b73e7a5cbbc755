/**
 * A set of small integers (dwellings, households) as a dense list plus each member's position, so
 * that adding, removing (swap with the last) and drawing a random member are all O(1). The list
 * order is part of the state: it decides which member a random draw picks.
 *
 * Memory (a 1,000,000-dwelling city holds seven of these): the list grows by doubling from the
 * capacity given, so a pool that stays small (the pool abroad, communal places) stays small; and sets
 * whose members never overlap (the three vacancy pools; searchers and the pool abroad) may share one
 * position array, each checking membership by its own list.
 *
 * A set may also keep a mirror (mirrorOf): each member's record copied from a per-id table, in list
 * order. Drawing a random member and reading its record then touches two small arrays instead of
 * one slot of a table that spans the universe (measured: search over Berlin's 2.2 million
 * dwellings looks at a million vacancies a tick, most refused on their rent alone).
 */
export class IndexSet {
  /** The members in list order; only the first `size` entries count. Grows by doubling. */
  items: Int32Array;
  /** Position of each id in the list of the set holding it, -1 when in none of the sharing sets. */
  readonly position: Int32Array;
  size = 0;
  private readonly universe: number;
  /** The table mirrored (record of id at id * stride), or null while there is no mirror. */
  private source: Float32Array | null = null;
  private stride = 0;
  /** Record of items[i] at i * stride; grows by doubling, independently of items. */
  private records = new Float32Array(0);
  /** With keyBy: the function that makes a member's key from its record, else null. */
  private keyOf: ((records: Float32Array, at: number) => number) | null = null;
  /** With keyBy: the key of items[i] at keys[i] (as long as the records, in members). */
  private keys = new Float64Array(0);

  /**
   * @param universe ids are 0 .. universe - 1
   * @param initial list length to start with (grown when needed, never beyond universe)
   * @param position a position array shared with sets whose members never overlap this one's
   */
  constructor(universe: number, initial = universe, position?: Int32Array) {
    this.universe = universe;
    this.items = new Int32Array(Math.min(universe, Math.max(16, initial)));
    if (position && position.length !== universe)
      throw new Error('a shared position array must span the universe');
    this.position = position ?? new Int32Array(universe).fill(-1);
  }

  has(id: number): boolean {
    const p = this.position[id]!;
    return p >= 0 && p < this.size && this.items[p] === id;
  }

  add(id: number): void {
    if (this.has(id)) return;
    if (this.size === this.items.length) this.grow(this.size + 1);
    this.items[this.size] = id;
    if (this.source) {
      this.copyRecord(this.size, id);
      if (this.keyOf) this.keys[this.size] = this.keyOf(this.records, this.size * this.stride);
    }
    this.position[id] = this.size++;
  }

  remove(id: number): void {
    if (!this.has(id)) return;
    const i = this.position[id]!;
    const last = this.items[--this.size]!;
    this.items[i] = last;
    this.position[last] = i;
    this.position[id] = -1;
    if (this.source) {
      const k = this.stride;
      const r = this.records;
      for (let j = 0; j < k; j++) r[i * k + j] = r[this.size * k + j]!;
      if (this.keyOf) this.keys[i] = this.keys[this.size]!;
    }
  }

  /**
   * The members' records from `source` (id's record at id * stride), in list order: the record of
   * items[i] starts at i * stride. Built on the first call and kept in step from then on; the array
   * returned may be replaced when the set grows, so ask again after adding. Whoever writes `source`
   * calls refresh for the ids written.
   */
  mirrorOf(source: Float32Array, stride: number): Float32Array {
    const fit = Math.max(16, this.size + (this.size >> 1));
    if (this.source !== source || this.stride !== stride) {
      this.source = source;
      this.stride = stride;
      this.records = new Float32Array(fit * stride);
      for (let i = 0; i < this.size; i++) this.copyRecord(i, this.items[i]!);
      if (this.keyOf) this.keyBy(this.keyOf);
    } else if (this.records.length > 4 * fit * stride) {
      // A pool that shrank a lot (the start fills a city whose dwellings all began vacant) gives memory back.
      this.records = this.records.slice(0, fit * stride);
      if (this.keys.length > fit) this.keys = this.keys.slice(0, fit);
    }
    return this.records;
  }

  /**
   * A number per member made from its mirrored record (mirrorOf first) by keyOf, in list order: the
   * key of items[i] is keys[i]. Made now for every member and from then on for each member added or
   * refreshed; call again whenever something keyOf reads besides the record has changed. The array
   * returned may be replaced when the set grows, so ask again (keyBy or keysNow) after adding.
   */
  keyBy(keyOf: (records: Float32Array, at: number) => number): Float64Array {
    if (!this.source) throw new Error('keyBy needs a mirror (mirrorOf)');
    this.keyOf = keyOf;
    const n = this.records.length / this.stride;
    if (this.keys.length < n) this.keys = new Float64Array(n);
    const { keys, records, stride } = this;
    for (let i = 0; i < this.size; i++) keys[i] = keyOf(records, i * stride);
    return keys;
  }

  /** The keys made by keyBy, kept in step since. */
  keysNow(): Float64Array {
    return this.keys;
  }

  /** id's record in the mirror, again from the source (after the source was written). */
  refresh(id: number): void {
    if (!this.source || !this.has(id)) return;
    const i = this.position[id]!;
    this.copyRecord(i, id);
    if (this.keyOf) this.keys[i] = this.keyOf(this.records, i * this.stride);
  }

  private copyRecord(i: number, id: number): void {
    const k = this.stride;
    if ((i + 1) * k > this.records.length) {
      const records = new Float32Array(2 * this.records.length + k);
      records.set(this.records);
      this.records = records;
      if (this.keyOf) {
        const keys = new Float64Array(records.length / k);
        keys.set(this.keys);
        this.keys = keys;
      }
    }
    const from = this.source!;
    const to = this.records;
    for (let j = 0; j < k; j++) to[i * k + j] = from[id * k + j]!;
  }

  /** Replace the members by `list` in that order (restoring a snapshot). */
  setAll(list: Int32Array): void {
    for (let i = 0; i < this.size; i++) this.position[this.items[i]!] = -1;
    if (list.length > this.items.length) this.grow(list.length);
    this.size = list.length;
    this.items.set(list);
    for (let i = 0; i < list.length; i++) this.position[list[i]!] = i;
    const source = this.source;
    this.source = null;
    if (source) this.mirrorOf(source, this.stride);
  }

  /** Copy of the members in list order. */
  toArray(): Int32Array {
    return this.items.slice(0, this.size);
  }

  private grow(need: number): void {
    let length = this.items.length;
    while (length < need) length *= 2;
    const items = new Int32Array(Math.min(this.universe, length));
    items.set(this.items.subarray(0, this.size));
    this.items = items;
  }
}
