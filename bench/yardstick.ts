/**
 * The yardstick: a minimal hand-written Schelling of the same rule as the classic engine (share
 * rule, Moore radius 1, torus, random order each tick, move to a uniformly random empty cell),
 * written the plain fast way: a Uint8Array grid, an Int32Array of vacancies, an Int32Array of agent
 * positions, and a fast seeded generator (seedrandom's alea). Each visit rescans the 8 neighbours.
 * kiez's engine must be at least as fast as this at every size.
 */
import seedrandom from 'seedrandom';

export class Yardstick {
  readonly size: number;
  readonly grid: Uint8Array; // 0 empty, 1 or 2 group
  readonly pos: Int32Array;
  readonly vacant: Int32Array;
  readonly vacantIndex: Int32Array;
  readonly order: Int32Array;
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
    this.pos = all.slice(0, agents);
    for (let a = 0; a < agents; a++) this.grid[this.pos[a]!] = a < agents / 2 ? 1 : 2;
    this.vacant = all.slice(agents);
    this.vacantIndex = new Int32Array(cells).fill(-1);
    for (let i = 0; i < this.vacant.length; i++) this.vacantIndex[this.vacant[i]!] = i;
    this.order = new Int32Array(agents);
  }

  step(): number {
    const { size, grid, pos, vacant, vacantIndex, order, rng, threshold } = this;
    const n = order.length;
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
      const c = pos[a]!;
      const g = grid[c]!;
      const x = c % size;
      const y = (c - x) / size;
      let same = 0;
      let occ = 0;
      for (let dy = -1; dy <= 1; dy++) {
        const row = ((y + dy + size) % size) * size;
        for (let dx = -1; dx <= 1; dx++) {
          if (dx === 0 && dy === 0) continue;
          const v = grid[row + ((x + dx + size) % size)]!;
          if (v !== 0) {
            occ++;
            if (v === g) same++;
          }
        }
      }
      if (occ === 0 || same >= threshold * occ - 1e-9) continue;
      const slot = Math.floor(rng() * vacant.length);
      const to = vacant[slot]!;
      grid[to] = g;
      grid[c] = 0;
      pos[a] = to;
      vacant[slot] = c;
      vacantIndex[c] = slot;
      vacantIndex[to] = -1;
      moves++;
    }
    return moves;
  }
}
