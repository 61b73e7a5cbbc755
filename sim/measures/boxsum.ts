/**
 * Person-centred neighbourhood counts from a summed-area table: for every occupied raster cell, the
 * households of each category within Chebyshev distance r (a (2r+1) x (2r+1) square, the cell
 * itself included). The table is built once per dimension in O(cells x categories); each radius
 * then costs four look-ups per occupied cell and category (a few more where the box wraps), so the
 * person-centred indices are never quadratic in households. On a torus the box wraps; when it is
 * as wide as the raster it covers each cell once (never twice). On a bounded raster it is clipped.
 */

export class BoxCounts {
  private width = 0;
  private height = 0;
  private k = 0;
  /** sat[(y * (width + 1) + x) * k + m]: households of category m in cells [0, x) x [0, y). */
  private sat = new Int32Array(0);
  /** Per position along x (and y): up to two intervals [a0, a1], [b0, b1] of the box; b0 = -1 when one. */
  private xs = new Int32Array(0);
  private ys = new Int32Array(0);
  /** The raster and radius xs and ys were computed for. */
  private windowR = -1;
  private windowTorus = false;
  private windowW = -1;
  private windowH = -1;
  private readonly corners = new Int32Array(16);

  /** Build the table from per-cell counts pop[cell * k + m]. */
  build(pop: Int32Array, width: number, height: number, k: number): void {
    const stride = (width + 1) * k;
    const n = stride * (height + 1);
    if (this.sat.length < n) this.sat = new Int32Array(n);
    const sat = this.sat;
    sat.fill(0, 0, stride);
    for (let y = 1; y <= height; y++) {
      const row = y * stride;
      const above = row - stride;
      const src = (y - 1) * width * k;
      for (let m = 0; m < k; m++) sat[row + m] = 0;
      for (let x = 1; x <= width; x++) {
        const o = x * k;
        for (let m = 0; m < k; m++) {
          // Running row sum = this cell's left neighbour in the table minus the one above it.
          sat[row + o + m] =
            sat[above + o + m]! + (sat[row + o - k + m]! - sat[above + o - k + m]!) + pop[src + o - k + m]!;
        }
      }
    }
    this.width = width;
    this.height = height;
    this.k = k;
  }

  /**
   * out[cell * k + m] and outTotal[cell] at radius r for the cells listed in occupied[from .. to);
   * other cells are left as they were.
   */
  fill(
    out: Int32Array,
    outTotal: Int32Array,
    occupied: Int32Array,
    from: number,
    to: number,
    r: number,
    torus: boolean,
  ): void {
    const { width, k, sat } = this;
    this.windows(r, torus);
    const { xs, ys } = this;
    const stride = (width + 1) * k;
    // Table offsets of the four corners of each rectangle the box covers (one unless it wraps).
    const corners = this.corners;
    for (let i = from; i < to; i++) {
      const cell = occupied[i]!;
      const y = (cell / width) | 0;
      const x = cell - y * width;
      let rects = 0;
      for (let yi = 4 * y; yi < 4 * y + 4; yi += 2) {
        const y0 = ys[yi]!;
        if (y0 < 0) break;
        const top = y0 * stride;
        const bottom = (ys[yi + 1]! + 1) * stride;
        for (let xi = 4 * x; xi < 4 * x + 4; xi += 2) {
          const x0 = xs[xi]!;
          if (x0 < 0) break;
          const left = x0 * k;
          const right = (xs[xi + 1]! + 1) * k;
          corners[rects++] = bottom + right;
          corners[rects++] = bottom + left;
          corners[rects++] = top + right;
          corners[rects++] = top + left;
        }
      }
      const o = cell * k;
      let total = 0;
      if (rects === 4) {
        const br = corners[0]!;
        const bl = corners[1]!;
        const tr = corners[2]!;
        const tl = corners[3]!;
        for (let m = 0; m < k; m++) {
          const v = sat[br + m]! - sat[bl + m]! - sat[tr + m]! + sat[tl + m]!;
          out[o + m] = v;
          total += v;
        }
      } else {
        for (let m = 0; m < k; m++) {
          let v = 0;
          for (let j = 0; j < rects; j += 4) {
            v +=
              sat[corners[j]! + m]! -
              sat[corners[j + 1]! + m]! -
              sat[corners[j + 2]! + m]! +
              sat[corners[j + 3]! + m]!;
          }
          out[o + m] = v;
          total += v;
        }
      }
      outTotal[cell] = total;
    }
  }

  /** The box's intervals along x and along y at radius r, computed when r (or the raster) changes. */
  private windows(r: number, torus: boolean): void {
    const { width, height } = this;
    if (
      r !== this.windowR ||
      torus !== this.windowTorus ||
      width !== this.windowW ||
      height !== this.windowH
    ) {
      if (this.xs.length < 4 * width) this.xs = new Int32Array(4 * width);
      if (this.ys.length < 4 * height) this.ys = new Int32Array(4 * height);
      intervals(this.xs, width, r, torus);
      intervals(this.ys, height, r, torus);
      this.windowR = r;
      this.windowTorus = torus;
      this.windowW = width;
      this.windowH = height;
    }
  }
}

/**
 * For each position i of a line of `length`, the window [i - r, i + r] as one or two inclusive
 * intervals: out[4i..4i+3] = a0, a1, b0, b1 (b0 = b1 = -1 when one interval suffices).
 */
function intervals(out: Int32Array, length: number, r: number, torus: boolean): void {
  for (let i = 0; i < length; i++) {
    let a0 = i - r;
    let a1 = i + r;
    let b0 = -1;
    let b1 = -1;
    if (torus && 2 * r + 1 >= length) {
      a0 = 0;
      a1 = length - 1;
    } else if (torus && a0 < 0) {
      b0 = a0 + length;
      b1 = length - 1;
      a0 = 0;
    } else if (torus && a1 >= length) {
      b0 = 0;
      b1 = a1 - length;
      a1 = length - 1;
    } else {
      a0 = Math.max(a0, 0);
      a1 = Math.min(a1, length - 1);
    }
    out[4 * i] = a0;
    out[4 * i + 1] = a1;
    out[4 * i + 2] = b0;
    out[4 * i + 3] = b1;
  }
}
