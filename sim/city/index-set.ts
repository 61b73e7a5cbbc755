/**
 * A set of small integers (dwellings, households) as a dense list plus each member's position, so
 * that adding, removing (swap with the last) and drawing a random member are all O(1). The list
 * order is part of the state: it decides which member a random draw picks.
 *
 * Memory (a 1,000,000-dwelling city holds seven of these): the list grows by doubling from the
 * capacity given, so a pool that stays small (the pool abroad, communal places) stays small; and sets
 * whose members never overlap (the three vacancy pools; searchers and the pool abroad) may share one
 * position array, each checking membership by its own list.
 */
export class IndexSet {
  /** The members in list order; only the first `size` entries count. Grows by doubling. */
  items: Int32Array;
  /** Position of each id in the list of the set holding it, -1 when in none of the sharing sets. */
  readonly position: Int32Array;
  size = 0;
  private readonly universe: number;

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
    this.position[id] = this.size++;
  }

  remove(id: number): void {
    if (!this.has(id)) return;
    const i = this.position[id]!;
    const last = this.items[--this.size]!;
    this.items[i] = last;
    this.position[last] = i;
    this.position[id] = -1;
  }

  /** Replace the members by `list` in that order (restoring a snapshot). */
  setAll(list: Int32Array): void {
    for (let i = 0; i < this.size; i++) this.position[this.items[i]!] = -1;
    if (list.length > this.items.length) this.grow(list.length);
    this.size = list.length;
    this.items.set(list);
    for (let i = 0; i < list.length; i++) this.position[list[i]!] = i;
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
