/**
 * A set of small integers (dwellings, households) as a dense list plus each member's position, so
 * that adding, removing (swap with the last) and drawing a random member are all O(1). The list
 * order is part of the state: it decides which member a random draw picks.
 */
export class IndexSet {
  readonly items: Int32Array;
  /** Position of each id in items, -1 when absent. */
  readonly position: Int32Array;
  size = 0;

  constructor(universe: number) {
    this.items = new Int32Array(universe);
    this.position = new Int32Array(universe).fill(-1);
  }

  has(id: number): boolean {
    return this.position[id]! >= 0;
  }

  add(id: number): void {
    if (this.position[id]! >= 0) return;
    this.items[this.size] = id;
    this.position[id] = this.size++;
  }

  remove(id: number): void {
    const i = this.position[id]!;
    if (i < 0) return;
    const last = this.items[--this.size]!;
    this.items[i] = last;
    this.position[last] = i;
    this.position[id] = -1;
  }

  /** Replace the members by `list` in that order (restoring a snapshot). */
  setAll(list: Int32Array): void {
    this.position.fill(-1);
    this.size = list.length;
    this.items.set(list);
    for (let i = 0; i < list.length; i++) this.position[list[i]!] = i;
  }

  /** Copy of the members in list order. */
  toArray(): Int32Array {
    return this.items.slice(0, this.size);
  }
}
