/**
 * A city file as a whole: the CSV of areas and the GeoJSON of their boundaries, read, joined on the
 * area id and laid on the raster. Every problem of either file, of the join (an area in one and not
 * the other) and of the raster (a polygon that holds no cell centre at the chosen cell size) comes
 * back at once, one line each; a city is returned only when there is none.
 */
import type { Problem } from '../../params/spec.ts';
import { type Boundaries, readBoundaries, ringsArea } from './boundaries.ts';
import { type CityTable, readCityTable } from './city-table.ts';
import { MAX_RASTER_CELLS, type Raster, rasterExtent, rasterise } from './rasterise.ts';

/** The texts of a city file, as the CLI or the page read them (sim/ reads no files). */
export interface CityFileText {
  /** Names shown in messages (the paths as written in the scenario). */
  readonly csvName: string;
  readonly geojsonName: string;
  readonly csv: string;
  readonly geojson: string;
}

export interface RealCity {
  readonly table: CityTable;
  readonly boundaries: Boundaries;
  readonly raster: Raster;
  /** Row of the table of each raster area (raster areas are table rows: features are reordered). */
  readonly areaCells: Int32Array;
}

export type CityFileResult = { ok: true; city: RealCity } | { ok: false; problems: Problem[] };

/** Read, join and rasterise; problems name their file. */
export function readCityFile(text: CityFileText, cellSize: number): CityFileResult {
  const t = readCityTable(text.csv);
  const b = readBoundaries(text.geojson);
  const named = (name: string, ps: readonly Problem[]) =>
    ps.map((p) => ({ ...p, path: `${name}: ${p.path}` }));
  const problems: Problem[] = [];
  if (!t.ok) problems.push(...named(text.csvName, t.problems));
  if (!b.ok) problems.push(...named(text.geojsonName, b.problems));
  if (!t.ok || !b.ok) return { ok: false, problems };
  const { table } = t;
  const { boundaries } = b;
  const featureOf = new Map(boundaries.ids.map((id, i) => [id, i]));
  const rows = new Set(table.ids);
  for (const id of table.ids) {
    if (!featureOf.has(id))
      problems.push({
        path: `${text.csvName}: area ${id}: id`,
        value: id,
        allowed: `an area with a boundary feature in ${text.geojsonName}`,
      });
  }
  for (const id of boundaries.ids) {
    if (!rows.has(id))
      problems.push({
        path: `${text.geojsonName}: area ${id}: id`,
        value: id,
        allowed: `an area with a row in ${text.csvName}`,
      });
  }
  if (problems.length > 0) return { ok: false, problems };
  // Rings in table order, so raster area i is table row i.
  const rings = table.ids.map((id) => boundaries.rings[featureOf.get(id)!]!);
  const extent = rasterExtent(rings, cellSize);
  if (extent.width * extent.height > MAX_RASTER_CELLS) {
    return {
      ok: false,
      problems: [
        {
          path: 'city.real.cellSize',
          value: cellSize,
          allowed: `a cell size that gives at most ${MAX_RASTER_CELLS.toLocaleString('en')} cells (${extent.width} x ${extent.height} here)`,
        },
      ],
    };
  }
  const raster = rasterise(rings, cellSize);
  table.ids.forEach((id, i) => {
    if (raster.cellsOfArea[i] === 0) {
      problems.push({
        path: `${text.geojsonName}: area ${id}: geometry`,
        value: `${Math.round(ringsArea(rings[i]!))} m²`,
        allowed: `a polygon holding the centre of at least one ${cellSize} m cell (a smaller city.real.cellSize, or merge the area with a neighbour)`,
      });
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, city: { table, boundaries, raster, areaCells: raster.cellsOfArea } };
}
