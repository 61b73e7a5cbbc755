/**
 * A hand-made city file for tests: four square areas of 1 km on a 2 x 2 grid in UTM 33N metres
 * (crs declared), in two districts (west: A, C; east: B, D), with counts chosen so the numbers
 * can be checked by hand.
 */
import type { CityFileText } from '../../../sim/city/real/city-file.ts';
import { loadScenario } from '../../../sim/scenario/resolve.ts';
import type { Scenario } from '../../../sim/scenario/spec.ts';

const X0 = 390_000;
const Y0 = 5_819_000;
const square = (col: number, row: number) => {
  const x = X0 + col * 1000;
  const y = Y0 - row * 1000;
  return [
    [
      [x, y],
      [x + 1000, y],
      [x + 1000, y - 1000],
      [x, y - 1000],
      [x, y],
    ],
  ];
};

export const AREAS = [
  { id: 'A', col: 0, row: 0, district: 'W' },
  { id: 'B', col: 1, row: 0, district: 'E' },
  { id: 'C', col: 0, row: 1, district: 'W' },
  { id: 'D', col: 1, row: 1, district: 'E' },
];

export function geojsonOf(areas = AREAS, crs: string | null = 'EPSG:32633'): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    ...(crs ? { crs: { type: 'name', properties: { name: crs } } } : {}),
    features: areas.map((a) => ({
      type: 'Feature',
      properties: { id: a.id },
      geometry: { type: 'Polygon', coordinates: square(a.col, a.row) },
    })),
  });
}

/** persons.x = 1900 x (1 + k) natives and 190 x k newcomers in area k, so households are round. */
export const CSV = [
  'id,name,parent.district,persons.native,persons.newcomer,dwellings,share.transfer,arrival',
  'A,Alpha,W,1900,0,,0.1,0',
  'B,Beta,E,3800,190,,0.2,1',
  'C,Gamma,W,5700,380,3000,,0',
  'D,Delta,E,7600,570,,0.4,0',
].join('\n');

export function text(csv = CSV, geojson = geojsonOf()): CityFileText {
  return { csvName: 'town.csv', geojsonName: 'town.geojson', csv, geojson };
}

/** A scenario on the fixture (groups native and newcomer), the city file attached. */
export function townScenario(city: Record<string, unknown> = {}, file = text()): Scenario {
  const base = loadScenario({
    mode: 'city',
    ticks: 12,
    city: {
      source: 'town.csv',
      boundaries: 'town.geojson',
      start: 'observed',
      communalPlacesPerQuarter: 5,
      ...city,
    },
    households: {
      groups: [
        { name: 'native', share: 0.9 },
        { name: 'newcomer', share: 0.1, incomeMedian: 1500, asylumShare: 0.5, yearsSettled: 2 },
      ],
    },
    measures: { every: 0 },
  });
  return { ...base, cityFile: file } as Scenario;
}
