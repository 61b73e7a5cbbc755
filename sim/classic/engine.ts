/**
 * The classic Schelling model. Each tick visits every agent once in a fresh random order; an agent
 * that is discontented when its turn comes moves (to a random empty cell, to the nearest empty
 * cell where it would be content, or by NetLogo's random walk). Contentment is read from incrementally kept neighbour counts
 * (see grid.ts), so a tick costs one shuffle, one pass of two array reads per agent, and work
 * proportional to the moves.
 */
import { Digest } from '../digest.ts';
import type { ContainerScale, MeasureInputs } from '../measures/inputs.ts';
import type { Metrics, Model, ModelState, StateTable } from '../model.ts';
import { type Rng, type RngState, restoreStream, shuffleInPlace, stream } from '../rng.ts';
import { apportion } from '../math/apportion.ts';
import { Grid } from './grid.ts';
import { areaOfCells, EMPTY_CELL, parseLayoutGrid } from './layout.ts';
import { type ClassicParams, classicAgentCount } from './params.ts';
import { type BlockScale, blockScales, CLASSIC_RADII, classicContainers } from './units.ts';
import type { MapView } from '../view.ts';

export const VACANT = 255;

/** Tolerance so that e.g. threshold 0.3 of 10 neighbours asks for 3, not 3.0000000000000004. */
const EPS = 1e-9;

/**
 * A walking agent gives up and stays after this many jumps. On a grid with a few empty cells a
 * walk ends within tens of jumps; the cap only keeps a nearly full grid from stalling a tick.
 */
const WALK_MAX_JUMPS = 10_000;

/** What `retune` may change on the running grid: the agents' rules, not the grid or its people. */
export const LIVE_CLASSIC_KEYS = [
  'threshold',
  'ceiling',
  'rule',
  'minSimilar',
  'move',
  'walkStep',
  'similarMeasure',
  'decide',
  'stopWhenSettled',
] as const satisfies readonly (keyof ClassicParams)[];

export class ClassicModel implements Model {
  /** The parameters in force (the rules can change mid-run with `retune`). */
  params: ClassicParams;
  readonly grid: Grid;
  readonly agents: number;
  readonly groups: number;
  /** Group of the agent in each cell, VACANT when empty. */
  readonly cellGroup: Uint8Array;
  /** Agent id in each cell, -1 when empty. */
  readonly cellAgent: Int32Array;
  readonly agentCell: Int32Array;
  readonly agentGroup: Uint8Array;
  /** Pool of empty cells (order matters for the random draw) and each cell's index in it (-1). */
  readonly vacant: Int32Array;
  readonly vacantPos: Int32Array;
  /**
   * ok[(g * (m + 1) + occ) * (m + 1) + similar] is 1 when an agent of group g with `occ` occupied
   * and `similar` like neighbours is content: one lookup decides, whatever the rule.
   */
  private ok: Uint8Array;
  private readonly order: Int32Array;
  /** decide "atTickStart": 1 for the agents discontented when the tick began (allocated on first use). */
  private discontentAtStart: Uint8Array | undefined;
  private orderRng: Rng;
  private moveRng: Rng;
  private blocks: BlockScale[] | undefined;
  private containers: ContainerScale[] = [];
  /** Agents' cells and groups in cell order, for the indices (they count by cell). */
  private measureCell = new Int32Array(0);
  private measureGroup = new Uint8Array(0);
  private _tick = 0;
  private lastMoves = 0;
  /** Moves made by hand (moveByHand) since the start, also counted in their tick's moves. */
  private handMoves = 0;
  private settled = false;

  constructor(params: ClassicParams, seed: number, saved?: ModelState) {
    this.params = params;
    this.groups = params.shares.length;
    this.agents = classicAgentCount(params);
    this.grid = new Grid(params.size, params.radius, params.torus, this.groups);
    const { cells } = this.grid;
    this.cellGroup = new Uint8Array(cells).fill(VACANT);
    this.cellAgent = new Int32Array(cells).fill(-1);
    this.agentCell = new Int32Array(this.agents);
    this.agentGroup = new Uint8Array(this.agents);
    this.vacant = new Int32Array(cells - this.agents);
    this.vacantPos = new Int32Array(cells).fill(-1);
    this.order = new Int32Array(this.agents);
    this.ok = this.buildContentTable();
    if (saved) {
      this.agentCell.set(saved.arrays['agentCell'] as Int32Array);
      this.agentGroup.set(saved.arrays['agentGroup'] as Uint8Array);
      this.vacant.set(saved.arrays['vacant'] as Int32Array);
      this._tick = saved.tick;
      this.lastMoves = saved.scalars['lastMoves'] ?? 0;
      this.handMoves = saved.scalars['handMoves'] ?? 0;
      this.orderRng = restoreStream(saved.rng['order'] as RngState);
      this.moveRng = restoreStream(saved.rng['move'] as RngState);
    } else {
      this.place(stream(seed, 'classic/init'));
      this.orderRng = stream(seed, 'classic/order');
      this.moveRng = stream(seed, 'classic/move');
    }
    this.index();
    this.settled = this.countDiscontented() === 0;
  }

  get tick(): number {
    return this._tick;
  }

  get finished(): boolean {
    return this.params.stopWhenSettled && this.settled;
  }

  private buildContentTable(): Uint8Array {
    const m = this.grid.neighbourhoodSize;
    const { rule, minSimilar, threshold, ceiling } = this.params;
    const ok = new Uint8Array(this.groups * (m + 1) * (m + 1));
    for (let g = 0; g < this.groups; g++) {
      const t = threshold[threshold.length === 1 ? 0 : g]!;
      for (let occ = 0; occ <= m; occ++) {
        for (let sim = 0; sim <= occ; sim++) {
          const content =
            rule === 'count'
              ? sim >= minSimilar
              : occ === 0 || (sim >= t * occ - EPS && sim <= ceiling * occ + EPS);
          ok[(g * (m + 1) + occ) * (m + 1) + sim] = content ? 1 : 0;
        }
      }
    }
    return ok;
  }

  /** The starting layout (see layout.ts). */
  private place(rng: Rng): void {
    const { layout } = this.params;
    if (layout === 'random') this.placeRandom(rng);
    else if (layout === 'grid') this.placeDrawn();
    else this.placeSegregated(rng, layout);
  }

  /** Random initial mix: a random set of cells, groups in proportion to the shares. */
  private placeRandom(rng: Rng): void {
    const { cells } = this.grid;
    const cellsShuffled = new Int32Array(cells);
    for (let i = 0; i < cells; i++) cellsShuffled[i] = i;
    shuffleInPlace(rng, cellsShuffled);
    const sizes = apportion(this.params.shares, this.agents);
    let a = 0;
    sizes.forEach((n, g) => {
      for (let i = 0; i < n; i++, a++) {
        this.agentCell[a] = cellsShuffled[a]!;
        this.agentGroup[a] = g;
      }
    });
    this.vacant.set(cellsShuffled.subarray(this.agents));
  }

  /** Agents where the layout grid draws them, numbered in cell order; the rest empty. */
  private placeDrawn(): void {
    const parsed = parseLayoutGrid(this.params.grid, this.grid.size, this.groups);
    if (!parsed.ok) throw new Error('classic.grid: the layout was not validated');
    let a = 0;
    let v = 0;
    for (let c = 0; c < parsed.cells.length; c++) {
      const g = parsed.cells[c]!;
      if (g === EMPTY_CELL) this.vacant[v++] = c;
      else {
        this.agentCell[a] = c;
        this.agentGroup[a++] = g;
      }
    }
  }

  /** Each group's agents on random cells of its own area; the cells left over are empty. */
  private placeSegregated(rng: Rng, layout: 'halves' | 'stripes' | 'blocks'): void {
    const { size, cells } = this.grid;
    const area = areaOfCells(layout, size, this.params.blockSize, this.params.shares);
    const need = apportion(this.params.shares, this.agents);
    const own = new Int32Array(cells);
    let a = 0;
    let v = 0;
    for (let g = 0; g < this.groups; g++) {
      let n = 0;
      for (let c = 0; c < cells; c++) if (area[c] === g) own[n++] = c;
      shuffleInPlace(rng, own, n);
      for (let i = 0; i < n; i++) {
        if (i < need[g]!) {
          this.agentCell[a] = own[i]!;
          this.agentGroup[a++] = g;
        } else this.vacant[v++] = own[i]!;
      }
    }
  }

  /** Derive the cell-side arrays and the neighbour counts from the agent and vacancy arrays. */
  private index(): void {
    for (let a = 0; a < this.agents; a++) {
      const c = this.agentCell[a]!;
      this.cellAgent[c] = a;
      this.cellGroup[c] = this.agentGroup[a]!;
      this.grid.adjust(c, this.agentGroup[a]!, 1);
    }
    for (let i = 0; i < this.vacant.length; i++) this.vacantPos[this.vacant[i]!] = i;
  }

  /** Would an agent of group g be content at `cell`, counting the neighbourhood as it is now? */
  isContentAt(cell: number, g: number): boolean {
    const { nb, width, neighbourhoodSize } = this.grid;
    const stride = neighbourhoodSize + 1;
    const k = cell * width;
    return this.ok[(g * stride + nb[k]!) * stride + nb[k + 1 + g]!] === 1;
  }

  step(): void {
    const { order, agentCell, agentGroup, ok } = this;
    const { nb, width } = this.grid;
    const stride = this.grid.neighbourhoodSize + 1;
    for (let i = 0; i < order.length; i++) order[i] = i;
    shuffleInPlace(this.orderRng, order);
    if (this.params.decide === 'atTickStart') {
      this.moveThoseDiscontentedAtStart();
      return;
    }
    let moves = 0;
    for (let i = 0; i < order.length; i++) {
      const a = order[i]!;
      const c = agentCell[a]!;
      const g = agentGroup[a]!;
      const k = c * width;
      if (ok[(g * stride + nb[k]!) * stride + nb[k + 1 + g]!] === 1) continue;
      const target = this.targetFor(c, g);
      if (target < 0) continue;
      this.relocate(a, c, target);
      moves++;
    }
    this.endTick(moves);
  }

  /** Where a discontented agent of group g in cell c moves by the move rule: a cell, or -1 (stays). */
  private targetFor(c: number, g: number): number {
    const { move } = this.params;
    if (move === 'random') return this.vacant[Math.floor(this.moveRng() * this.vacant.length)]!;
    return move === 'nearest' ? this.nearestContentVacancy(c, g) : this.walk(c);
  }

  /** The tick is over: its moves are counted, the clock advances, and the grid may have settled. */
  private endTick(moves: number): void {
    this.lastMoves = moves;
    this._tick++;
    this.settled = this.countDiscontented() === 0;
  }

  /**
   * decide "atTickStart" (NetLogo's ask turtles with [not happy?]): who moves is settled before
   * anyone moves; then each of them, in the tick's random order, moves even if earlier moves of
   * the tick have made it content meanwhile.
   */
  private moveThoseDiscontentedAtStart(): void {
    const { order, agentCell, agentGroup, ok } = this;
    const { nb, width } = this.grid;
    const stride = this.grid.neighbourhoodSize + 1;
    if (!this.discontentAtStart) this.discontentAtStart = new Uint8Array(this.agents);
    const flag = this.discontentAtStart;
    for (let a = 0; a < this.agents; a++) {
      const k = agentCell[a]! * width;
      const g = agentGroup[a]!;
      flag[a] = ok[(g * stride + nb[k]!) * stride + nb[k + 1 + g]!] === 1 ? 0 : 1;
    }
    let moves = 0;
    for (let i = 0; i < order.length; i++) {
      const a = order[i]!;
      if (flag[a] === 0) continue;
      const c = agentCell[a]!;
      const target = this.targetFor(c, agentGroup[a]!);
      if (target < 0) continue;
      this.relocate(a, c, target);
      moves++;
    }
    this.endTick(moves);
  }

  private relocate(a: number, from: number, to: number): void {
    const g = this.agentGroup[a]!;
    this.grid.adjust(from, g, -1);
    this.cellGroup[from] = VACANT;
    this.cellAgent[from] = -1;
    const slot = this.vacantPos[to]!;
    this.vacant[slot] = from;
    this.vacantPos[from] = slot;
    this.vacantPos[to] = -1;
    this.cellGroup[to] = g;
    this.cellAgent[to] = a;
    this.agentCell[a] = to;
    this.grid.adjust(to, g, 1);
  }

  /**
   * NetLogo's find-new-spot: jump in a uniformly random direction over a uniformly random distance
   * below walkStep, from wherever the last jump landed, until the cell there (the nearest cell
   * centre) is empty; landing on the agent's own cell ends the walk too, and the agent stays (-1).
   * The direction is drawn by rejection from the square, not with sin and cos, so every engine
   * gives the same bits.
   */
  private walk(from: number): number {
    const { size, torus } = this.grid;
    const rng = this.moveRng;
    const reach = this.params.walkStep;
    let x = from % size;
    let y = (from - x) / size;
    for (let jump = 0; jump < WALK_MAX_JUMPS; jump++) {
      let u: number;
      let v: number;
      let s: number;
      do {
        u = 2 * rng() - 1;
        v = 2 * rng() - 1;
        s = u * u + v * v;
      } while (s === 0 || s > 1);
      const r = (rng() * reach) / Math.sqrt(s);
      let nx = x + u * r;
      let ny = y + v * r;
      if (torus) {
        // Into [-0.5, size - 0.5), where rounding gives a column or row of the grid.
        nx -= size * Math.floor((nx + 0.5) / size);
        ny -= size * Math.floor((ny + 0.5) / size);
      } else if (nx < -0.5 || nx >= size - 0.5 || ny < -0.5 || ny >= size - 0.5) {
        continue;
      }
      x = nx;
      y = ny;
      const cell =
        Math.min(size - 1, Math.max(0, Math.round(y))) * size +
        Math.min(size - 1, Math.max(0, Math.round(x)));
      if (cell === from) return -1;
      if (this.cellGroup[cell] === VACANT) return cell;
    }
    return -1;
  }

  /**
   * Move one agent by hand, as a student drags it: from an occupied cell to an empty one. Counted
   * in the current tick's moves; everyone's contentment follows from the updated counts. Returns
   * a plain sentence and changes nothing when the move is not possible.
   */
  moveByHand(from: number, to: number): string | undefined {
    const { cells } = this.grid;
    const valid = (c: number) => Number.isInteger(c) && c >= 0 && c < cells;
    if (!valid(from)) return `cell ${from} is not on the ${this.grid.size} x ${this.grid.size} grid`;
    if (!valid(to)) return `cell ${to} is not on the ${this.grid.size} x ${this.grid.size} grid`;
    const a = this.cellAgent[from]!;
    if (a < 0) return `cell ${from} is empty: there is no agent to move`;
    if (from === to) return 'the agent is already there';
    if (this.cellAgent[to]! >= 0) return `cell ${to} is occupied: an agent can only move to an empty cell`;
    this.relocate(a, from, to);
    this.lastMoves++;
    this.handMoves++;
    this.settled = this.countDiscontented() === 0;
    return undefined;
  }

  /**
   * Change the agents' rules on the running grid, keeping every agent where it is and the tick
   * count going: contentment is decided afresh under the new rules from the next look at it.
   */
  retune(params: ClassicParams): void {
    this.params = params;
    this.ok = this.buildContentTable();
    this.settled = this.countDiscontented() === 0;
  }

  /**
   * The nearest empty cell (ring by ring in the Moore metric) where the agent would be content once
   * there; ties within a ring are broken uniformly at random. -1 when there is none.
   */
  private nearestContentVacancy(from: number, g: number): number {
    const { grid, ok } = this;
    const stride = grid.neighbourhoodSize + 1;
    const rng = this.moveRng;
    let chosen = -1;
    let seen = 0;
    for (let d = 1; d <= grid.maxDistance && chosen < 0; d++) {
      // The mover leaves its old cell: where that cell is a neighbour of the candidate, discount it.
      const self = d <= grid.radius ? 1 : 0;
      grid.ring(from, d, (n) => {
        if (this.cellGroup[n] !== VACANT) return false;
        const occ = grid.occupiedAt(n) - self;
        const sim = grid.similarAt(n, g) - self;
        if (ok[(g * stride + occ) * stride + sim] === 1) {
          seen++;
          if (seen === 1 || rng() * seen < 1) chosen = n;
        }
        return false;
      });
    }
    return chosen;
  }

  /**
   * Agents discontented in the current configuration. Walks the cells in order rather than the
   * agents: the same count, read from memory in sequence (after every tick this pass was a
   * quarter of the tick's time when it followed the agents around the grid).
   */
  countDiscontented(): number {
    const { cellGroup, ok } = this;
    const { nb, width } = this.grid;
    const stride = this.grid.neighbourhoodSize + 1;
    let n = 0;
    for (let c = 0, k = 0; c < cellGroup.length; c++, k += width) {
      const g = cellGroup[c]!;
      if (g === VACANT) continue;
      if (ok[(g * stride + nb[k]!) * stride + nb[k + 1 + g]!] === 0) n++;
    }
    return n;
  }

  /**
   * The share of similar neighbours, counted by the convention `similarMeasure` names:
   * "meanOfRatios" = mean over agents of similar / occupied neighbours, agents without any occupied
   * neighbour left out (the convention of the classic literature); "ratioOfSums" = all similar
   * neighbours over all occupied neighbours (NetLogo); "polygons" = the mean of the ratios with an
   * isolated agent counted as 1 (the Parable of the Polygons).
   */
  similarShare(convention: ClassicParams['similarMeasure'] = this.params.similarMeasure): number {
    const { agentCell, agentGroup } = this;
    const { nb, width } = this.grid;
    let sum = 0;
    let n = 0;
    let similar = 0;
    let neighbours = 0;
    for (let a = 0; a < this.agents; a++) {
      const k = agentCell[a]! * width;
      const occ = nb[k]!;
      const sim = nb[k + 1 + agentGroup[a]!]!;
      similar += sim;
      neighbours += occ;
      if (occ === 0) continue;
      sum += sim / occ;
      n++;
    }
    if (convention === 'ratioOfSums') return neighbours === 0 ? 0 : similar / neighbours;
    if (convention === 'polygons') return (sum + (this.agents - n)) / this.agents;
    return n === 0 ? 0 : sum / n;
  }

  metrics(): Metrics {
    const discontented = this.countDiscontented();
    const similarShare = this.similarShare();
    const m: Metrics = {
      tick: this._tick,
      similarShare,
      discontentedShare: discontented / this.agents,
      moves: this.lastMoves,
      settled: discontented === 0 ? 1 : 0,
    };
    // The Polygons' segregation figure: 0 for a random mix of two equal groups, 1 for complete separation.
    if (this.params.similarMeasure === 'polygons') m['segregationS'] = 2 * (similarShare - 0.5);
    return m;
  }

  save(): ModelState {
    return {
      tick: this._tick,
      arrays: {
        agentCell: this.agentCell.slice(),
        agentGroup: this.agentGroup.slice(),
        vacant: this.vacant.slice(),
      },
      scalars:
        this.handMoves > 0
          ? { lastMoves: this.lastMoves, handMoves: this.handMoves }
          : { lastMoves: this.lastMoves },
      rng: { order: this.orderRng.state(), move: this.moveRng.state() },
    };
  }

  digest(): string {
    return new Digest()
      .number(this._tick)
      .array(this.agentCell)
      .array(this.agentGroup)
      .array(this.vacant)
      .hex();
  }

  measureInputs(): MeasureInputs {
    if (!this.blocks) {
      this.blocks = blockScales(this.grid.size, this.grid.torus);
      this.containers = classicContainers(this.blocks);
    }
    if (this.measureCell.length !== this.agents) {
      this.measureCell = new Int32Array(this.agents);
      this.measureGroup = new Uint8Array(this.agents);
    }
    // In cell order: counting by cell then writes memory in order (agents are in random order).
    const { cellGroup, measureCell, measureGroup } = this;
    let i = 0;
    for (let c = 0; c < cellGroup.length; c++) {
      const g = cellGroup[c]!;
      if (g === VACANT) continue;
      measureCell[i] = c;
      measureGroup[i++] = g;
    }
    const labels = this.params.shares.map((_, g) => `group${g + 1}`);
    return {
      households: this.agents,
      width: this.grid.size,
      height: this.grid.size,
      torus: this.grid.torus,
      cellOf: measureCell,
      dimensions: [{ name: 'group', labels, category: measureGroup }],
      scales: this.containers,
      radii: CLASSIC_RADII.filter((r) => 2 * r + 1 <= this.grid.size),
    };
  }

  view(): MapView {
    const labels = this.params.shares.map((_, g) => `group${g + 1}`);
    const content = new Uint8Array(this.grid.cells).fill(VACANT);
    for (let a = 0; a < this.agents; a++) {
      const c = this.agentCell[a]!;
      content[c] = this.isContentAt(c, this.agentGroup[a]!) ? 1 : 0;
    }
    const blocks = this.blocks ?? blockScales(this.grid.size, this.grid.torus);
    const units: Record<string, Int32Array> = {};
    for (const b of blocks) units[b.name] = b.blockOfCell.slice();
    return {
      width: this.grid.size,
      height: this.grid.size,
      tick: this._tick,
      layers: {
        group: { kind: 'category', values: this.cellGroup.slice(), labels },
        content: { kind: 'category', values: content, labels: ['discontented', 'content'] },
      },
      units,
    };
  }

  stateTable(): StateTable {
    const { size } = this.grid;
    const columns = ['cell', 'x', 'y', 'agent', 'group', 'similar', 'occupiedNeighbours', 'content'] as const;
    return {
      columns,
      rows: this.grid.cells,
      value: (column, cell) => {
        const a = this.cellAgent[cell]!;
        const g = this.cellGroup[cell]!;
        switch (column) {
          case 'cell':
            return cell;
          case 'x':
            return cell % size;
          case 'y':
            return Math.floor(cell / size);
          case 'agent':
            return a < 0 ? Number.NaN : a;
          case 'group':
            return g === VACANT ? Number.NaN : g;
          case 'similar':
            return g === VACANT ? Number.NaN : this.grid.similarAt(cell, g);
          case 'occupiedNeighbours':
            return this.grid.occupiedAt(cell);
          case 'content':
            return g === VACANT ? Number.NaN : this.isContentAt(cell, g) ? 1 : 0;
          default:
            throw new Error(`unknown state column ${column}`);
        }
      },
    };
  }
}

/** Re-exported where the city model has long imported it from. */
export { apportion };
