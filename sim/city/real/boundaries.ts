/**
 * Reading a city file's boundaries: a GeoJSON FeatureCollection of Polygon or MultiPolygon features,
 * one per statistical area, joined on the feature's `id` (or `properties.id`). Coordinates are
 * longitude/latitude (WGS84, RFC 7946) unless a `crs` member declares a UTM zone in metres
 * (EPSG:326NN or EPSG:258NN); anything else is refused, as are lon/lat values outside their ranges
 * (a file in metres without its declaration). Rings come back in metres, flat [x0, y0, x1, y1, ...].
 */
import type { Problem } from '../../params/spec.ts';
import { toUtm, utmZone } from './projection.ts';

export interface Boundaries {
  readonly ids: readonly string[];
  /** Rings of each feature (outer rings and holes alike), in metres. */
  readonly rings: readonly (readonly Float64Array[])[];
  /** `EPSG:326NN` (projected here from WGS84) or the declared metric system. */
  readonly crs: string;
}

export type BoundariesResult = { ok: true; boundaries: Boundaries } | { ok: false; problems: Problem[] };

const MAX_PROBLEMS = 200;

type Crs = { kind: 'lonlat' } | { kind: 'utm'; name: string } | { kind: 'unknown'; name: string };

function crsOf(doc: Record<string, unknown>): Crs {
  const crs = doc['crs'] as { properties?: { name?: unknown } } | undefined;
  if (crs === undefined) return { kind: 'lonlat' };
  const name = String(crs?.properties?.name ?? '');
  if (/CRS84$|EPSG:{1,2}4326$/i.test(name)) return { kind: 'lonlat' };
  const utm = /EPSG:{1,2}(32[67]|258)(\d\d)$/i.exec(name);
  if (utm) return { kind: 'utm', name: `EPSG:${utm[1]}${utm[2]}` };
  return { kind: 'unknown', name };
}

export function readBoundaries(text: string): BoundariesResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      problems: [{ path: 'geojson', value: (e as Error).message, allowed: 'well-formed JSON (RFC 8259)' }],
    };
  }
  const problems: Problem[] = [];
  if (!isObject(doc) || doc['type'] !== 'FeatureCollection' || !Array.isArray(doc['features'])) {
    return {
      ok: false,
      problems: [
        {
          path: 'geojson: type',
          value: isObject(doc) ? doc['type'] : typeof doc,
          allowed: 'a GeoJSON FeatureCollection with a features array',
        },
      ],
    };
  }
  const crs = crsOf(doc);
  if (crs.kind === 'unknown') {
    return {
      ok: false,
      problems: [
        {
          path: 'geojson: crs',
          value: crs.name,
          allowed:
            'longitude/latitude (no crs member, CRS84 or EPSG:4326) or a UTM zone in metres (EPSG:326NN, EPSG:258NN)',
        },
      ],
    };
  }
  const features = doc['features'] as unknown[];
  const ids: string[] = [];
  const raw: number[][][] = [];
  const seen = new Set<string>();
  features.forEach((f, i) => {
    if (problems.length >= MAX_PROBLEMS) return;
    const props = isObject(f) && isObject(f['properties']) ? f['properties'] : {};
    const rawId = isObject(f) ? (f['id'] ?? props['id']) : undefined;
    const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : '';
    const where = id ? `area ${id}` : `feature ${i + 1}`;
    if (!id) {
      problems.push({
        path: `${where}: id`,
        value: rawId,
        allowed: "an id (the feature's id or properties.id) equal to a row's id",
      });
      return;
    }
    if (seen.has(id)) problems.push({ path: `${where}: id`, value: id, allowed: 'one feature per area' });
    seen.add(id);
    const g = isObject(f) ? f['geometry'] : undefined;
    const polygons =
      isObject(g) && g['type'] === 'Polygon'
        ? [g['coordinates']]
        : isObject(g) && g['type'] === 'MultiPolygon'
          ? g['coordinates']
          : undefined;
    if (!Array.isArray(polygons)) {
      problems.push({
        path: `${where}: geometry.type`,
        value: isObject(g) ? g['type'] : g,
        allowed: 'Polygon or MultiPolygon',
      });
      return;
    }
    const rings: number[][] = [];
    for (const poly of polygons) {
      if (!Array.isArray(poly)) {
        problems.push({
          path: `${where}: geometry.coordinates`,
          value: typeof poly,
          allowed: 'an array of rings',
        });
        return;
      }
      for (const ring of poly) {
        const flat = ringOf(ring);
        if (typeof flat === 'string') {
          problems.push({
            path: `${where}: geometry.coordinates`,
            value: flat,
            allowed: 'rings of at least 4 [x, y] positions of finite numbers',
          });
          return;
        }
        rings.push(flat);
      }
    }
    if (crs.kind === 'lonlat') {
      for (const ring of rings) {
        for (let k = 0; k < ring.length; k += 2) {
          const lon = ring[k]!;
          const lat = ring[k + 1]!;
          if (lon < -180 || lon > 180 || lat < 0 || lat > 84) {
            problems.push({
              path: `${where}: geometry.coordinates`,
              value: `[${lon}, ${lat}]`,
              allowed:
                'longitude -180 to 180 and latitude 0 to 84 (WGS84, northern hemisphere); coordinates in another reference system need a crs member naming it (EPSG:326NN or EPSG:258NN)',
            });
            return;
          }
        }
      }
    }
    ids.push(id);
    raw.push(rings);
  });
  if (ids.length === 0 && problems.length === 0)
    problems.push({ path: 'geojson: features', value: 0, allowed: 'at least one feature' });
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  if (crs.kind === 'utm') {
    return {
      ok: true,
      boundaries: { ids, rings: raw.map((rs) => rs.map((r) => Float64Array.from(r))), crs: crs.name },
    };
  }
  // The zone of the mean longitude of the first positions: one zone for the whole city.
  let lon = 0;
  for (const rs of raw) lon += rs[0]![0]!;
  const zone = utmZone(lon / raw.length);
  const rings = raw.map((rs) =>
    rs.map((r) => {
      const out = new Float64Array(r.length);
      for (let k = 0; k < r.length; k += 2) {
        const [x, y] = toUtm(r[k]!, r[k + 1]!, zone);
        out[k] = x;
        out[k + 1] = y;
      }
      return out;
    }),
  );
  return { ok: true, boundaries: { ids, rings, crs: `EPSG:326${String(zone).padStart(2, '0')}` } };
}

/** A ring as flat numbers, or what is wrong with it. */
function ringOf(ring: unknown): number[] | string {
  if (!Array.isArray(ring) || ring.length < 4)
    return `a ring of ${Array.isArray(ring) ? ring.length : 0} positions`;
  const flat: number[] = [];
  for (const p of ring) {
    if (
      !Array.isArray(p) ||
      typeof p[0] !== 'number' ||
      typeof p[1] !== 'number' ||
      !Number.isFinite(p[0]) ||
      !Number.isFinite(p[1])
    ) {
      return `position ${JSON.stringify(p)?.slice(0, 40)}`;
    }
    flat.push(p[0], p[1]);
  }
  return flat;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

/** Area (m²) enclosed by a feature's rings, holes subtracted (shoelace; rings of either orientation, the largest counted as outer). */
export function ringsArea(rings: readonly Float64Array[]): number {
  const areas = rings.map((r) => {
    let a = 0;
    for (let k = 0; k + 3 < r.length; k += 2) a += r[k]! * r[k + 3]! - r[k + 2]! * r[k + 1]!;
    return Math.abs(a) / 2;
  });
  // Outer rings and holes by containment are not worked out here: the sum of outer rings minus holes
  // equals the even-odd area when each hole lies in one outer ring, as in valid GeoJSON (RFC 7946 3.1.6).
  const orient = rings.map((r) => {
    let a = 0;
    for (let k = 0; k + 3 < r.length; k += 2) a += r[k]! * r[k + 3]! - r[k + 2]! * r[k + 1]!;
    return Math.sign(a);
  });
  const outer = orient[0] ?? 1;
  return areas.reduce((s, a, i) => s + (orient[i] === outer ? a : -a), 0);
}
