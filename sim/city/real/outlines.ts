/**
 * A city file's boundaries in raster coordinates, for drawing the real areas on the map: each area's
 * rings projected as generation projects them (boundaries.ts, the layout's UTM zone) and moved onto
 * the layout's raster, x in cells east of its west edge and y in cells south of its north edge, so
 * that a polygon covers the cells generation gave its area. Areas come in the layout's order (table
 * rows); a display copy of the boundaries (simplified, e.g. berlin-display.geojson) may be used as
 * long as it has the same ids in the same reference system.
 */
import type { Problem } from '../../params/spec.ts';
import { readBoundaries } from './boundaries.ts';

/** Where the layout's raster lies (RealLayoutInfo's fields of the same names). */
export interface RasterPlace {
  readonly areaIds: readonly string[];
  readonly west: number;
  readonly north: number;
  readonly cellSize: number;
  readonly crs: string;
}

export interface AreaOutlines {
  /** x, y pairs in raster cells, all rings one after another. */
  readonly coords: Float32Array;
  /** First pair of each ring in `coords` (one more entry than rings: the end). */
  readonly ringStart: Int32Array;
  /** First ring of each area, in the layout's area order (one more entry than areas). */
  readonly areaRing: Int32Array;
}

export type OutlinesResult = { ok: true; outlines: AreaOutlines } | { ok: false; problems: Problem[] };

/** The boundaries of `geojson` on the raster of `place`; problems when they do not fit its areas. */
export function rasterOutlines(geojson: string, place: RasterPlace, name = 'geojson'): OutlinesResult {
  const read = readBoundaries(geojson);
  if (!read.ok)
    return { ok: false, problems: read.problems.map((p) => ({ ...p, path: `${name}: ${p.path}` })) };
  const b = read.boundaries;
  if (b.crs !== place.crs) {
    return {
      ok: false,
      problems: [
        {
          path: `${name}: crs`,
          value: b.crs,
          allowed: `the reference system of the city's boundaries (${place.crs})`,
        },
      ],
    };
  }
  const featureOf = new Map(b.ids.map((id, i) => [id, i]));
  const missing = place.areaIds.filter((id) => !featureOf.has(id));
  if (missing.length > 0) {
    return {
      ok: false,
      problems: missing.slice(0, 20).map((id) => ({
        path: `${name}: area ${id}: id`,
        value: id,
        allowed: 'a boundary feature for every area of the city file',
      })),
    };
  }
  let pairs = 0;
  let rings = 0;
  for (const id of place.areaIds) {
    for (const r of b.rings[featureOf.get(id)!]!) {
      pairs += r.length / 2;
      rings++;
    }
  }
  const coords = new Float32Array(pairs * 2);
  const ringStart = new Int32Array(rings + 1);
  const areaRing = new Int32Array(place.areaIds.length + 1);
  let p = 0;
  let k = 0;
  place.areaIds.forEach((id, a) => {
    areaRing[a] = k;
    for (const r of b.rings[featureOf.get(id)!]!) {
      ringStart[k++] = p;
      for (let j = 0; j < r.length; j += 2) {
        coords[2 * p] = (r[j]! - place.west) / place.cellSize;
        coords[2 * p + 1] = (place.north - r[j + 1]!) / place.cellSize;
        p++;
      }
    }
  });
  ringStart[k] = p;
  areaRing[place.areaIds.length] = k;
  return { ok: true, outlines: { coords, ringStart, areaRing } };
}
