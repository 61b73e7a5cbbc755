/**
 * Bad city files: each problem is one line naming the area, the column, the value and what is
 * allowed, every problem of a file is listed, and nothing is generated.
 */
import { describe, expect, it } from 'vitest';
import { CityModel } from '../../../sim/city/model.ts';
import { readCityFile } from '../../../sim/city/real/city-file.ts';
import { formatProblem } from '../../../sim/params/validate.ts';
import { ScenarioError } from '../../../sim/scenario/resolve.ts';
import { AREAS, CSV, geojsonOf, text, townScenario } from './fixture.ts';

const lines = (csv: string, geojson = geojsonOf(), cellSize = 100) => {
  const r = readCityFile(text(csv, geojson), cellSize);
  return r.ok ? [] : r.problems.map(formatProblem);
};
const row = (k: number, edit: (cells: string[]) => void) => {
  const rows = CSV.split('\n').map((r) => r.split(','));
  edit(rows[k]!);
  return rows.map((r) => r.join(',')).join('\n');
};

describe('a bad city file', () => {
  it('a negative and a fractional count: one line each, naming area, column, value and what is allowed', () => {
    const csv = row(2, (c) => {
      c[3] = '-5';
      c[4] = '12.5';
    });
    expect(lines(csv)).toEqual([
      'town.csv: area B: persons.native: "-5": a whole number at least 0',
      'town.csv: area B: persons.newcomer: "12.5": a whole number at least 0',
    ]);
  });

  it('a hierarchy that does not nest', () => {
    const csv = [
      'id,name,parent.region,parent.district,persons.native',
      'A,Alpha,r1,W,10',
      'B,Beta,r1,E,10',
      'C,Gamma,r2,W,10',
      'D,Delta,r2,W,10',
    ].join('\n');
    expect(lines(csv)).toEqual([
      'town.csv: area B: parent.district: "E": W (region r1 lies in district W in area A: the scales must nest)',
    ]);
  });

  it('malformed CSV: an unclosed quote, and a row with too few fields', () => {
    expect(lines(`${CSV}\n"E,Epsilon,W,1,1,,,0`)).toEqual([
      'town.csv: csv: "an odd number of quote marks": a well-formed CSV (RFC 4180): every quoted field closed',
    ]);
    expect(lines(`${CSV}\nE,Epsilon,W`)).toEqual([
      'town.csv: area E: "3 fields": as many fields as the header has columns (8)',
    ]);
  });

  it('an unknown column, with the nearest declared name', () => {
    expect(lines(CSV.replace('share.transfer', 'share.tranfser'))[0]).toMatch(
      /^town\.csv: header column 7: "share\.tranfser": a declared column \(.*\) \(did you mean "share\.transfer"\?\)$/,
    );
  });

  it('malformed GeoJSON', () => {
    expect(lines(CSV, '{"type": "FeatureCollection", "features": [')[0]).toMatch(
      /^town\.geojson: geojson: ".*": well-formed JSON \(RFC 8259\)$/,
    );
  });

  it('an area in one file and not the other, both ways', () => {
    const three = geojsonOf(
      AREAS.filter((a) => a.id !== 'D').concat([{ id: 'X', col: 1, row: 1, district: 'E' }]),
    );
    expect(lines(CSV, three)).toEqual([
      'town.csv: area D: id: "D": an area with a boundary feature in town.geojson',
      'town.geojson: area X: id: "X": an area with a row in town.csv',
    ]);
  });

  it('a polygon too small for one cell at the chosen size', () => {
    // At 1.5 km cells the 1 km squares hold no cell centre... except where one falls inside.
    const problems = lines(CSV, geojsonOf(), 1500);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(
      /^town\.geojson: area [A-D]: geometry: "1000000 m²": a polygon holding the centre of at least one 1500 m cell \(a smaller city\.real\.cellSize, or merge the area with a neighbour\)$/,
    );
  });

  it('coordinates in an undeclared reference system: metres without a crs, or a crs kiez does not know', () => {
    expect(lines(CSV, geojsonOf(AREAS, null))[0]).toBe(
      'town.geojson: area A: geometry.coordinates: "[390000, 5819000]": longitude -180 to 180 and latitude 0 to 84 (WGS84, northern hemisphere); coordinates in another reference system need a crs member naming it (EPSG:326NN or EPSG:258NN)',
    );
    expect(lines(CSV, geojsonOf(AREAS, 'EPSG:3857'))).toEqual([
      'town.geojson: geojson: crs: "EPSG:3857": longitude/latitude (no crs member, CRS84 or EPSG:4326) or a UTM zone in metres (EPSG:326NN, EPSG:258NN)',
    ]);
  });

  it("groups of the file that are not the scenario's are refused before anything is generated", () => {
    const csv = CSV.replace('persons.newcomer', 'persons.arrival');
    expect(() => new CityModel(townScenario({}, text(csv)), 1)).toThrow(ScenarioError);
    try {
      new CityModel(townScenario({}, text(csv)), 1);
    } catch (e) {
      expect((e as ScenarioError).problems.map(formatProblem)).toEqual([
        'city file: persons.newcomer: "absent": a column persons.<group> for every origin group of the scenario (native, newcomer)',
        'city file: persons.arrival: "arrival": an origin group of the scenario (native, newcomer): add it to households.groups or rename the column',
      ]);
    }
  });
});
