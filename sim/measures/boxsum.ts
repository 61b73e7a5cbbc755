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
  private sat = new Float64Array(0);
  /** Per position along x (and y): up to two intervals [a0, a1], [b0, b1] of the box; b0 = -1 when one. */
  private xs = new Int32Array(0);
  private ys = new Int32Array(0);

  /** Build the table from per-cell counts pop[cell * k + m]. */
  build(pop: Float64Array, width: number, height: number, k: number): void {
    const stride = (width + 1) * k;
    const n = stride * (height + 1);
    if (this.sat.length < n) this.sat = new Float64Array(n);
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
   * out[cell * k + m] and outTotal[cell] for every cell with `occupied[cell] > 0`, at radius r;
   * other cells are left as they were.
   */
  fill(out: Float64Array, outTotal: Float64Array, occupied: Float64Array, r: number, torus: boolean): void {
    const { width, height, k, sat } = this;
    if (this.xs.length < 4 * width) this.xs = new Int32Array(4 * width);
    if (this.ys.length < 4 * height) this.ys = new Int32Array(4 * height);
    intervals(this.xs, width, r, torus);
    intervals(this.ys, height, r, torus);
    const { xs, ys } = this;
    const stride = (width + 1) * k;
    for (let y = 0; y < height; y++) {
      const ya0 = ys[4 * y]!;
      const ya1 = ys[4 * y + 1]!;
      const yb0 = ys[4 * y + 2]!;
      const yb1 = ys[4 * y + 3]!;
      for (let x = 0; x < width; x++) {
        const cell = y * width + x;
        if (occupied[cell] === 0) continue;
        const xa0 = xs[4 * x]!;
        const xa1 = xs[4 * x + 1]!;
        const xb0 = xs[4 * x + 2]!;
        const xb1 = xs[4 * x + 3]!;
        let total = 0;
        for (let m = 0; m < k; m++) {
          let s = rect(sat, stride, k, m, xa0, xa1, ya0, ya1);
          if (xb0 >= 0) s += rect(sat, stride, k, m, xb0, xb1, ya0, ya1);
          if (yb0 >= 0) {
            s += rect(sat, stride, k, m, xa0, xa1, yb0, yb1);
            if (xb0 >= 0) s += rect(sat, stride, k, m, xb0, xb1, yb0, yb1);
          }
          out[cell * k + m] = s;
          total += s;
        }
        outTotal[cell] = total;
      }
    }
  }
}

/** Sum of category m over cells [x0, x1] x [y0, y1] (inclusive). */
function rect(
  sat: Float64Array,
  stride: number,
  k: number,
  m: number,
  x0: number,
  x1: number,
  y0: number,
  y1: number,
) {
  const top = y0 * stride;
  const bottom = (y1 + 1) * stride;
  const left = x0 * k + m;
  const right = (x1 + 1) * k + m;
  return sat[bottom + right]! - sat[bottom + left]! - sat[top + right]! + sat[top + left]!;
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
