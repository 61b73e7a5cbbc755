/**
 * A city file's boundaries on the layout's raster (sim/city/real/outlines.ts), for the map: the
 * hand-made town's squares land on whole cells, refused when the reference system or an area
 * differs; Berlin's simplified display boundaries hold the centres of the cells generation gave
 * their areas (all but a few along the edges, where the 5 m simplification moves a line), and
 * the full boundaries generation used hold every one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withCityFile } from '../../../cli/city-file.ts';
import { loadScenarioFile } from '../../../cli/files.ts';
import { CityModel } from '../../../sim/city/model.ts';
import { type AreaOutlines, rasterOutlines } from '../../../sim/city/real/outlines.ts';
import { geojsonOf } from './fixture.ts';

const TOWN = { areaIds: ['D', 'A'], west: 390_000, north: 5_819_000, cellSize: 100, crs: 'EPSG:32633' };

/** Even-odd test of a point against all rings of one area. */
function inside(o: AreaOutlines, area: number, x: number, y: number): boolean {
  let odd = false;
  for (let r = o.areaRing[area]!; r < o.areaRing[area + 1]!; r++) {
    const first = o.ringStart[r]!;
    const last = o.ringStart[r + 1]! - 1;
    for (let i = first, j = last; i <= last; j = i++) {
      const xi = o.coords[2 * i]!;
      const yi = o.coords[2 * i + 1]!;
      const xj = o.coords[2 * j]!;
      const yj = o.coords[2 * j + 1]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

describe('boundaries on the raster', () => {
  it('puts the town in the order asked: D from cell (10, 10) to (20, 20), A from (0, 0) to (10, 10)', () => {
    const r = rasterOutlines(geojsonOf(), TOWN);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const o = r.outlines;
    expect(Array.from(o.areaRing)).toEqual([0, 1, 2]);
    expect(Array.from(o.ringStart)).toEqual([0, 5, 10]);
    expect(Array.from(o.coords)).toEqual([
      10, 10, 20, 10, 20, 20, 10, 20, 10, 10, 0, 0, 10, 0, 10, 10, 0, 10, 0, 0,
    ]);
  });

  it('refuses boundaries in another reference system, or missing an area, naming the file', () => {
    const other = rasterOutlines(geojsonOf(undefined, 'EPSG:25832'), TOWN, 'town-display.geojson');
    expect(other).toEqual({
      ok: false,
      problems: [
        {
          path: 'town-display.geojson: crs',
          value: 'EPSG:25832',
          allowed: "the reference system of the city's boundaries (EPSG:32633)",
        },
      ],
    });
    const missing = rasterOutlines(geojsonOf(), { ...TOWN, areaIds: ['A', 'E'] }, 'town.geojson');
    expect(missing.ok ? [] : missing.problems.map((p) => p.path)).toEqual(['town.geojson: area E: id']);
  });

  it("holds the centres of Berlin's cells with dwellings in their own area: 100 % with the full boundaries, 99.8 % with the display copy", () => {
    const path = 'scenarios/berlin.json';
    const s = loadScenarioFile(path);
    const m = new CityModel(withCityFile({ ...s, city: { ...s.city, scale: 10 } }, path), 1);
    const layout = m.state.layout;
    const real = layout.real!;
    const display = readFileSync('examples/cities/berlin/berlin-display.geojson', 'utf8');
    const full = readFileSync('examples/cities/berlin/berlin.geojson', 'utf8');
    const areaOf = new Map<number, number>();
    for (let d = 0; d < layout.dwellings; d++)
      areaOf.set(layout.dwellingCell[d]!, layout.dwellingQuarter[d]!);
    const percentInside = (text: string) => {
      const r = rasterOutlines(text, real);
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      expect(r.outlines.areaRing.length).toBe(543);
      let hits = 0;
      for (const [cell, a] of areaOf) {
        const x = (cell % layout.width) + 0.5;
        const y = Math.floor(cell / layout.width) + 0.5;
        if (inside(r.outlines, a, x, y)) hits++;
      }
      return Math.round((hits / areaOf.size) * 1000) / 10;
    };
    expect(percentInside(display)).toBe(99.8);
    expect(percentInside(full)).toBe(100);
  });
});
