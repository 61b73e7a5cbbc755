/**
 * Drawing a MapView: one pass over the raster writes packed colours into an ImageData, which is
 * then scaled onto the visible canvas. Unit borders are merged into long straight runs once per
 * run and scale, and drawn as one path on top.
 */
import type { MapLayer } from '../../sim/view.ts';
import { categoryLut, packRgba, SCALES, type Scale } from './palette.ts';

export interface ValueRange {
  readonly min: number;
  readonly max: number;
}

const NOTHING = packRgba(242, 242, 238);

/** Lowest and highest finite value of a continuous layer. */
export function rangeOf(values: ArrayLike<number>): ValueRange {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min > max) return { min: 0, max: 1 };
  return { min, max };
}

/**
 * Which raster cell each pixel of a smaller picture shows (nearest cell), so a raster larger than
 * the screen is painted at screen size: fewer pixels to colour, and no scaling afterwards.
 */
export function samplingOf(rasterW: number, rasterH: number, pictureW: number, pictureH: number): Int32Array {
  const src = new Int32Array(pictureW * pictureH);
  const xs = new Int32Array(pictureW);
  for (let x = 0; x < pictureW; x++)
    xs[x] = Math.min(rasterW - 1, Math.floor(((x + 0.5) * rasterW) / pictureW));
  for (let y = 0; y < pictureH; y++) {
    const row = Math.min(rasterH - 1, Math.floor(((y + 0.5) * rasterH) / pictureH)) * rasterW;
    const base = y * pictureW;
    for (let x = 0; x < pictureW; x++) src[base + x] = row + xs[x]!;
  }
  return src;
}

/**
 * Colour `layer` into `pixels` (one Uint32 per pixel). Without `src` pixel i shows cell i; with it,
 * pixel i shows cell src[i].
 */
export function paintLayer(
  layer: MapLayer,
  pixels: Uint32Array,
  scale: Scale,
  range: ValueRange | undefined,
  src?: Int32Array,
): ValueRange | undefined {
  const n = pixels.length;
  if (layer.kind === 'category') {
    const lut = categoryLut(layer.labels?.length ?? 255);
    const values = layer.values;
    if (src) for (let i = 0; i < n; i++) pixels[i] = lut[values[src[i]!]!]!;
    else for (let i = 0; i < n; i++) pixels[i] = lut[values[i]!]!;
    return undefined;
  }
  const values = layer.values;
  const r = range ?? rangeOf(values);
  const lut = SCALES[scale];
  const span = r.max > r.min ? 255 / (r.max - r.min) : 0;
  const lo = r.min;
  for (let i = 0; i < n; i++) {
    const v = values[src ? src[i]! : i]!;
    // NaN fails both comparisons and lands on "nothing here".
    if (v >= lo) pixels[i] = lut[Math.min(255, ((v - lo) * span) | 0)]!;
    else if (v < lo) pixels[i] = lut[0]!;
    else pixels[i] = NOTHING;
  }
  return r;
}

/**
 * Borders between cells of different units, as straight segments in raster coordinates, with runs
 * along a column or row boundary merged. Flat array: x0, y0, x1, y1 per segment.
 */
export function borderSegments(
  units: Int32Array,
  width: number,
  height: number,
  /** Only the outline of this one unit (its border with every other unit and the edge). */
  only?: number,
): Float32Array {
  const differ =
    only === undefined
      ? (a: number, b: number) => units[a]! !== units[b]!
      : (a: number, b: number) => (units[a] === only) !== (units[b] === only);
  const inside = (i: number) => only !== undefined && units[i] === only;
  const out: number[] = [];
  // Vertical borders: between column x-1 and x (and the map's edges, for one unit's outline).
  for (let x = only === undefined ? 1 : 0; x <= (only === undefined ? width - 1 : width); x++) {
    let start = -1;
    for (let y = 0; y <= height; y++) {
      const i = y * width + x;
      const differs = y < height && (x === 0 ? inside(i) : x === width ? inside(i - 1) : differ(i, i - 1));
      if (differs && start < 0) start = y;
      else if (!differs && start >= 0) {
        out.push(x, start, x, y);
        start = -1;
      }
    }
  }
  // Horizontal borders: between row y-1 and y.
  for (let y = only === undefined ? 1 : 0; y <= (only === undefined ? height - 1 : height); y++) {
    let start = -1;
    for (let x = 0; x <= width; x++) {
      const i = y * width + x;
      const differs =
        x < width && (y === 0 ? inside(i) : y === height ? inside(i - width) : differ(i, i - width));
      if (differs && start < 0) start = x;
      else if (!differs && start >= 0) {
        out.push(start, y, x, y);
        start = -1;
      }
    }
  }
  return Float32Array.from(out);
}

export function bordersPath(segments: Float32Array): Path2D {
  const path = new Path2D();
  for (let i = 0; i < segments.length; i += 4) {
    path.moveTo(segments[i]!, segments[i + 1]!);
    path.lineTo(segments[i + 2]!, segments[i + 3]!);
  }
  return path;
}
