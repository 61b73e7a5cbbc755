/**
 * Geometry of the square grid: Moore-neighbourhood offsets and the incremental neighbour counts.
 * Each cell keeps how many of its neighbours are occupied and, per group, how many belong to that
 * group, side by side in one array, so the two numbers a contentment check needs usually sit in
 * one cache line (on a million cells they are read in random order). A move updates the (2r+1)^2 - 1 cells around its
 * two ends, so checking an agent's contentment is two reads of one place instead of a scan of its
 * neighbourhood.
 */

export class Grid {
  readonly size: number;
  readonly cells: number;
  readonly radius: number;
  readonly torus: boolean;
  readonly groups: number;
  /** dx, dy and flat offset of every neighbour position (centre excluded). */
  readonly dx: Int32Array;
  readonly dy: Int32Array;
  readonly offset: Int32Array;
  /** Entries per cell in `nb`: the occupied count, then one count per group. */
  readonly width: number;
  /**
   * nb[cell * width]: occupied neighbours of `cell`; nb[cell * width + 1 + g]: its neighbours in
   * group g.
   */
  readonly nb: Uint8Array;

  constructor(size: number, radius: number, torus: boolean, groups: number) {
    this.size = size;
    this.cells = size * size;
    this.radius = radius;
    this.torus = torus;
    this.groups = groups;
    const m = (2 * radius + 1) * (2 * radius + 1) - 1;
    this.dx = new Int32Array(m);
    this.dy = new Int32Array(m);
    this.offset = new Int32Array(m);
    let k = 0;
    for (let dy = -radius; dy <= radius; dy++) {
      for (let dx = -radius; dx <= radius; dx++) {
        if (dx === 0 && dy === 0) continue;
        this.dx[k] = dx;
        this.dy[k] = dy;
        this.offset[k] = dy * size + dx;
        k++;
      }
    }
    this.width = groups + 1;
    this.nb = new Uint8Array(this.cells * this.width);
  }

  /** Occupied neighbours of `cell`. */
  occupiedAt(cell: number): number {
    return this.nb[cell * this.width]!;
  }

  /** Neighbours of `cell` in group g. */
  similarAt(cell: number, g: number): number {
    return this.nb[cell * this.width + 1 + g]!;
  }

  get neighbourhoodSize(): number {
    return this.offset.length;
  }

  /** Add (delta = 1) or remove (delta = -1) an agent of group g at `cell` in its neighbours' counts. */
  adjust(cell: number, g: number, delta: number): void {
    const { size, radius, nb, offset, width } = this;
    const x = cell % size;
    const y = (cell - x) / size;
    const m = offset.length;
    if (x >= radius && x < size - radius && y >= radius && y < size - radius) {
      for (let k = 0; k < m; k++) {
        const i = (cell + offset[k]!) * width;
        nb[i] = nb[i]! + delta;
        nb[i + 1 + g] = nb[i + 1 + g]! + delta;
      }
      return;
    }
    const { dx, dy, torus } = this;
    for (let k = 0; k < m; k++) {
      let nx = x + dx[k]!;
      let ny = y + dy[k]!;
      if (torus) {
        if (nx < 0) nx += size;
        else if (nx >= size) nx -= size;
        if (ny < 0) ny += size;
        else if (ny >= size) ny -= size;
      } else if (nx < 0 || nx >= size || ny < 0 || ny >= size) {
        continue;
      }
      const i = (ny * size + nx) * width;
      nb[i] = nb[i]! + delta;
      nb[i + 1 + g] = nb[i + 1 + g]! + delta;
    }
  }

  /** Chebyshev (Moore) distance between two cells, respecting the torus. */
  distance(a: number, b: number): number {
    const { size } = this;
    let ddx = Math.abs((a % size) - (b % size));
    let ddy = Math.abs(Math.floor(a / size) - Math.floor(b / size));
    if (this.torus) {
      ddx = Math.min(ddx, size - ddx);
      ddy = Math.min(ddy, size - ddy);
    }
    return Math.max(ddx, ddy);
  }

  /** Largest ring distance that holds any cell. */
  get maxDistance(): number {
    return this.torus ? Math.floor(this.size / 2) : this.size - 1;
  }

  /**
   * Calls `visit` for each cell at exactly Chebyshev distance d from `cell` (each cell once, also
   * where the torus wraps a ring onto itself). Stops early when `visit` returns true.
   */
  ring(cell: number, d: number, visit: (n: number) => boolean | undefined): void {
    const { size, torus } = this;
    const x = cell % size;
    const y = (cell - x) / size;
    // On a torus of even side the ring at d = size/2 wraps onto itself: +d and -d are one column.
    const wrapsOnItself = torus && 2 * d === size;
    const hi = wrapsOnItself ? d - 1 : d;
    for (let oy = -d; oy <= hi; oy++) {
      const edgeRow = oy === -d || oy === d;
      const step = edgeRow ? 1 : 2 * d;
      for (let ox = -d; ox <= hi; ox += step) {
        let nx = x + ox;
        let ny = y + oy;
        if (torus) {
          nx = (nx + size) % size;
          ny = (ny + size) % size;
        } else if (nx < 0 || nx >= size || ny < 0 || ny >= size) {
          continue;
        }
        if (visit(ny * size + nx)) return;
      }
    }
  }
}
