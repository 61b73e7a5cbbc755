/**
 * The households living in a rectangle of the raster, with their category along one dimension: what
 * the map draws as dots when it is zoomed in far enough to tell households apart. Sorted by cell
 * (counting sort), so the page lays each building's households out side by side without sorting.
 */
import type { MeasureInputs } from './inputs.ts';

export interface WindowHouseholds {
  readonly dimension: string;
  readonly labels: readonly string[];
  /** The rectangle asked for, clipped to the raster: cells x0 <= x < x1, y0 <= y < y1. */
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  /** Raster cell of each household in the rectangle, ascending. */
  readonly cells: Int32Array;
  /** Category of each of those households, in the same order. */
  readonly categories: Uint8Array;
}

/** Households in [x0, x1) x [y0, y1) by cell; undefined for an unknown dimension. */
export function householdsInWindow(
  inputs: MeasureInputs,
  dimension: string,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): WindowHouseholds | undefined {
  const d = inputs.dimensions.find((x) => x.name === dimension);
  if (!d) return undefined;
  const { width, height, cellOf, households: n } = inputs;
  const cx0 = Math.max(0, Math.floor(x0));
  const cy0 = Math.max(0, Math.floor(y0));
  const cx1 = Math.min(width, Math.ceil(x1));
  const cy1 = Math.min(height, Math.ceil(y1));
  const w = Math.max(0, cx1 - cx0);
  const h = Math.max(0, cy1 - cy0);
  // Counting sort over the window's cells: first how many live in each, then where each goes.
  const start = new Int32Array(w * h + 1);
  const local = (c: number) => {
    const x = c % width;
    const y = (c - x) / width;
    return x >= cx0 && x < cx1 && y >= cy0 && y < cy1 ? (y - cy0) * w + (x - cx0) : -1;
  };
  for (let i = 0; i < n; i++) {
    const k = local(cellOf[i]!);
    if (k >= 0) start[k + 1]!++;
  }
  for (let k = 0; k < w * h; k++) start[k + 1]! += start[k]!;
  const total = start[w * h]!;
  const cells = new Int32Array(total);
  const categories = new Uint8Array(total);
  const next = start.slice(0, w * h);
  for (let i = 0; i < n; i++) {
    const c = cellOf[i]!;
    const k = local(c);
    if (k < 0) continue;
    const at = next[k]!++;
    cells[at] = c;
    categories[at] = d.category[i]!;
  }
  return { dimension, labels: d.labels, x0: cx0, y0: cy0, x1: cx1, y1: cy1, cells, categories };
}
