/**
 * The unrolled yardstick: the same minimal Schelling as yardstick.ts (share rule, Moore radius 1,
 * torus, random order each tick, move to a uniformly random empty cell, seedrandom's alea), with
 * its inner loop written the fastest plain way we found: each agent and each empty cell keeps its
 * column and row side by side, the wrapped neighbour columns and row starts come from precomputed
 * tables, and the eight neighbours are read one by one, with no `%` and no loop. (Looking a cell's
 * column and row up in per-cell tables instead was slower at L = 1000.) Issue 18 asks kiez's
 * engine to take at most 0.7 of this one's time per tick at L = 1000.
 */
import seedrandom from 'seedrandom';

export class UnrolledYardstick {
  readonly size: number;
  readonly grid: Uint8Array; // 0 empty, 1 or 2 group
  /** Column and row of each agent: xy[2a], xy[2a + 1]. */
  readonly xy: Int32Array;
  /** Column and row of each empty cell, in the same layout. */
  readonly vacantXy: Int32Array;
  readonly order: Int32Array;
  /** Wrapped neighbour column (left, right) of each column and row start (up, down) of each row. */
  private readonly left: Int32Array;
  private readonly right: Int32Array;
  private readonly up: Int32Array;
  private readonly down: Int32Array;
  private readonly rng: () => number;
  private readonly threshold: number;

  constructor(size: number, occupied: number, threshold: number, seed: number) {
    this.size = size;
    this.threshold = threshold;
    const cells = size * size;
    const agents = Math.round(cells * occupied);
    this.rng = seedrandom.alea(`yardstick/${seed}`);
    const all = new Int32Array(cells);
    for (let i = 0; i < cells; i++) all[i] = i;
    for (let i = cells - 1; i > 0; i--) {
      const j = Math.floor(this.rng() * (i + 1));
      const t = all[i]!;
      all[i] = all[j]!;
      all[j] = t;
    }
    this.grid = new Uint8Array(cells);
    this.xy = new Int32Array(2 * agents);
    for (let a = 0; a < agents; a++) {
      const c = all[a]!;
      this.grid[c] = a < agents / 2 ? 1 : 2;
      this.xy[2 * a] = c % size;
      this.xy[2 * a + 1] = Math.floor(c / size);
    }
    this.vacantXy = new Int32Array(2 * (cells - agents));
    for (let k = 0; k < cells - agents; k++) {
      const c = all[agents + k]!;
      this.vacantXy[2 * k] = c % size;
      this.vacantXy[2 * k + 1] = Math.floor(c / size);
    }
    this.order = new Int32Array(agents);
    this.left = new Int32Array(size);
    this.right = new Int32Array(size);
    this.up = new Int32Array(size);
    this.down = new Int32Array(size);
    for (let i = 0; i < size; i++) {
      this.left[i] = (i - 1 + size) % size;
      this.right[i] = (i + 1) % size;
      this.up[i] = ((i - 1 + size) % size) * size;
      this.down[i] = ((i + 1) % size) * size;
    }
  }

  step(): number {
    const { size, grid, xy, vacantXy, order, rng, threshold, left, right, up, down } = this;
    const n = order.length;
    const empty = vacantXy.length >> 1;
    for (let i = 0; i < n; i++) order[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    let moves = 0;
    for (let i = 0; i < n; i++) {
      const a = order[i]!;
      const x = xy[2 * a]!;
      const y = xy[2 * a + 1]!;
      const xl = left[x]!;
      const xr = right[x]!;
      const r0 = up[y]!;
      const r1 = y * size;
      const r2 = down[y]!;
      const g = grid[r1 + x]!;
      const v0 = grid[r0 + xl]!;
      const v1 = grid[r0 + x]!;
      const v2 = grid[r0 + xr]!;
      const v3 = grid[r1 + xl]!;
      const v4 = grid[r1 + xr]!;
      const v5 = grid[r2 + xl]!;
      const v6 = grid[r2 + x]!;
      const v7 = grid[r2 + xr]!;
      const occ =
        (v0 !== 0 ? 1 : 0) +
        (v1 !== 0 ? 1 : 0) +
        (v2 !== 0 ? 1 : 0) +
        (v3 !== 0 ? 1 : 0) +
        (v4 !== 0 ? 1 : 0) +
        (v5 !== 0 ? 1 : 0) +
        (v6 !== 0 ? 1 : 0) +
        (v7 !== 0 ? 1 : 0);
      const same =
        (v0 === g ? 1 : 0) +
        (v1 === g ? 1 : 0) +
        (v2 === g ? 1 : 0) +
        (v3 === g ? 1 : 0) +
        (v4 === g ? 1 : 0) +
        (v5 === g ? 1 : 0) +
        (v6 === g ? 1 : 0) +
        (v7 === g ? 1 : 0);
      if (occ === 0 || same >= threshold * occ - 1e-9) continue;
      const slot = Math.floor(rng() * empty);
      const tx = vacantXy[2 * slot]!;
      const ty = vacantXy[2 * slot + 1]!;
      grid[ty * size + tx] = g;
      grid[r1 + x] = 0;
      xy[2 * a] = tx;
      xy[2 * a + 1] = ty;
      vacantXy[2 * slot] = x;
      vacantXy[2 * slot + 1] = y;
      moves++;
    }
    return moves;
  }
}
