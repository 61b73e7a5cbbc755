/**
 * Parameters of a city generated from a city file (`city.source`): the raster, what turns persons
 * into households and households into dwellings, and the defaults for what the file does not give.
 * Declared here, assembled into section `city` by params-city.ts.
 */
import { int, num, nums, record, str, type Values } from '../../params/spec.ts';

export const sourceFields = {
  source: str({
    default: '',
    maxLength: 1000,
    meaning:
      'City file (CSV, one row per statistical area; see docs/own-city.md) the city is generated from, relative to the scenario file. Empty: the synthetic city of the other `city` parameters.',
  }),
  boundaries: str({
    default: '',
    maxLength: 1000,
    meaning:
      "GeoJSON of the areas' boundaries, relative to the scenario file; needed with `source` (dwellings are placed inside the real polygons).",
  }),
  scale: int({
    unit: 'households',
    default: 1,
    min: 1,
    max: 1000,
    meaning:
      'One simulated household stands for this many real ones (a city file only): 10 runs Berlin at 1:10 for quick runs. Counts in outputs are simulated households; multiply by the scale for the city.',
  }),
} as const;

export const realCitySpec = record({
  meaning: 'How a city file becomes dwellings (only with city.source).',
  fields: {
    cellSize: num({
      unit: 'm',
      default: 100,
      min: 10,
      max: 1000,
      step: 10,
      meaning:
        'Side of a raster cell in metres: each area gets the cells whose centres lie inside its polygon, and its dwellings are spread evenly over them. Person-centred radii are in cells of this size.',
    }),
    householdSize: num({
      unit: 'persons',
      default: 1.9,
      min: 1,
      max: 6,
      step: 0.05,
      meaning:
        'Persons per household where the file gives no households: households = persons / householdSize. Default for Berlin: 3.90 million registered residents (31.12.2024) in about 2.0-2.1 million households (Mikrozensus: 1.8 persons per household, which counts residents differently); 1.9 is an assumption between them.',
    }),
    vacancy: num({
      unit: 'share',
      default: 0.02,
      min: 0.001,
      max: 0.3,
      step: 0.005,
      meaning:
        "Vacant share of the dwellings where the file gives none or fewer than the households need: dwellings = households / (1 - vacancy). Assumption: Berlin's market-active vacancy was below 1 % in the early 2020s (CBRE-empirica Leerstandsindex), all vacancy somewhat higher; 2 % leaves room for moves.",
    }),
    socialShare: num({
      unit: 'share',
      default: 0.05,
      min: 0,
      max: 1,
      step: 0.01,
      meaning:
        "Share of an area's dwellings that are social housing where the file gives none. Default: Berlin had roughly 90,000-100,000 rent-controlled social dwellings around 2022-2023 (figures of the Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen, as reported) of about 2.0 million dwellings, about 5 %.",
    }),
    ownerShare: num({
      unit: 'share',
      default: 0.16,
      min: 0,
      max: 1,
      step: 0.01,
      meaning:
        "Share of an area's dwellings that are owner-occupied where the file gives none. Default: 16.0 % of Berlin's households own their home (Mikrozensus 2022, Zusatzerhebung Wohnen, Destatis).",
    }),
    rent: num({
      unit: 'EUR/month',
      default: 650,
      min: 50,
      max: 10_000,
      meaning:
        'Monthly rent of a private dwelling of average quality where the file gives no rent: 7.21 EUR/m² net (Berliner Mietspiegel 2024, mean) for about 70 m², about 505 EUR, plus about 2 EUR/m² running costs; an assumption, the same everywhere.',
    }),
    quality: num({
      unit: '0-1',
      default: 0.5,
      min: 0,
      max: 1,
      step: 0.05,
      meaning: 'Mean housing quality (assumption: the file gives none); spread by city.qualitySpread.',
    }),
    dwellingsPerBuilding: int({
      unit: 'dwellings',
      default: 12,
      min: 1,
      max: 500,
      meaning:
        "Dwellings per building: a cell's dwellings are cut into buildings of this size (segment per building). Assumption: a Berlin block of flats has about 10-15 dwellings.",
    }),
    radii: nums({
      unit: 'm',
      default: [200, 500, 1000],
      min: 10,
      max: 10_000,
      minItems: 1,
      maxItems: 8,
      meaning:
        'Person-centred neighbourhood radii in metres, rounded to whole cells (measures name them rN, N cells of cellSize).',
    }),
  },
});

export type SourceParams = Values<typeof sourceFields>;
export type RealCityParams = Values<(typeof realCitySpec)['fields']>;
