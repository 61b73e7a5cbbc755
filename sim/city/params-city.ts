/**
 * Parameters of the synthetic city generator (scenario section `city`): how many dwellings, how they
 * divide into housing types, the sizes of the administrative units, and each housing type's profile.
 */
import { bool, choice, int, num, type Problem, record, type Values } from '../params/spec.ts';
import { sumToOneProblem } from '../params/checks.ts';
import { realCitySpec, sourceFields } from './real/params.ts';

/** Housing types in the order the generator lays them out from the centre outwards by default. */
export const HOUSING_TYPES = ['oldTown', 'upscale', 'estate', 'suburb', 'village'] as const;
export type HousingType = (typeof HOUSING_TYPES)[number];

interface TypeDefaults {
  label: string;
  share: number;
  ring: number;
  dwellingsPerBuilding: number;
  socialShare: number;
  ownerShare: number;
  rent: number;
  quality: number;
  school: number;
  image: number;
  arrival: boolean;
}

function housingType(d: TypeDefaults) {
  return record({
    meaning: `Profile of ${d.label}.`,
    fields: {
      share: num({
        unit: 'share',
        default: d.share,
        min: 0,
        max: 1,
        step: 0.01,
        meaning: 'Share of all dwellings that are of this type (the shares of all types sum to 1).',
      }),
      ring: num({
        unit: 'share of radius',
        default: d.ring,
        min: 0,
        max: 1,
        step: 0.05,
        meaning:
          'Where quarters of this type lie: 0 = the centre, 1 = the edge of the city (types are laid out in rings in this order, with some noise).',
      }),
      dwellingsPerBuilding: num({
        unit: 'dwellings',
        default: d.dwellingsPerBuilding,
        min: 1,
        max: 200,
        meaning: 'Typical number of dwellings in one building (one building per raster cell): the density.',
      }),
      socialShare: num({
        unit: 'share',
        default: d.socialShare,
        min: 0,
        max: 1,
        step: 0.05,
        meaning: `Share of buildings of this type that are social housing (rent-controlled, income-tested). ${STOCK_SOURCE}`,
      }),
      ownerShare: num({
        unit: 'share',
        default: d.ownerShare,
        min: 0,
        max: 1,
        step: 0.05,
        meaning: `Share of buildings of this type that are owner-occupied; the rest is private rental. ${STOCK_SOURCE}`,
      }),
      rent: num({
        unit: 'EUR/month',
        default: d.rent,
        min: 50,
        max: 10_000,
        meaning:
          'Monthly rent (or owner cost) of a dwelling of average quality of this type in the private segment, at the start. Assumption (no source per type): the types are priced in the order they are described, the old town cheapest (small, unrenovated flats: the cheap inner-city housing where newcomers first settle), then the estates, villages, suburbs and upscale quarters; the arrival quarters turn over fastest only while they are the cheapest (sim/city/README.md, Calibration).',
      }),
      quality: num({
        unit: '0-1',
        default: d.quality,
        min: 0,
        max: 1,
        step: 0.05,
        meaning: 'Mean housing quality of the type (0 = poorest, 1 = best).',
      }),
      school: num({
        unit: '0-1',
        default: d.school,
        min: 0,
        max: 1,
        step: 0.05,
        meaning: 'Mean quality of the catchment school of quarters of this type at the start.',
      }),
      image: num({
        unit: '0-1',
        default: d.image,
        min: 0,
        max: 1,
        step: 0.05,
        meaning:
          'Mean image (reputation) of quarters of this type at the start (0 = stigmatised, 1 = coveted).',
      }),
      arrival: bool({
        default: d.arrival,
        meaning: 'Quarters of this type are arrival quarters (where newcomers typically first settle).',
      }),
    },
    check: (v) =>
      v.socialShare + v.ownerShare > 1 + 1e-9
        ? [
            {
              path: 'ownerShare',
              value: v.ownerShare,
              allowed: `at most ${+(1 - v.socialShare).toFixed(6)} (socialShare + ownerShare <= 1)`,
            },
          ]
        : [],
  });
}

/** Sources of the default housing stock, quoted in the declarations' meanings and the README. */
const STOCK_SOURCE =
  'Defaults give about 6 % social housing and 30 % owner-occupation. Sources: owner-occupied households 41.8 % in Germany, 16.0 % in Berlin, 20.1 % in Hamburg, 32.2 % in Bremen (Mikrozensus 2022, Zusatzerhebung Wohnen, Destatis); social rental dwellings about 1.1 million of 43 million dwellings in Germany, about 2.5 % (bpb, Zahlen und Fakten: Sozialmietwohnungen), more in large cities. A mid-sized city at 30 % owners and 6 % social housing is an assumption within those ranges.';

const cityFields = {
  ...sourceFields,
  real: realCitySpec,
  start: choice({
    options: ['settled', 'random', 'observed'],
    default: 'settled',
    meaning:
      'How the initial households are placed. "settled": social dwellings are let from the waiting list, the other households search and choose as movers do, then burnIn ticks run before the reported tick 0, so tick 0 is a city in its own equilibrium and levers start from it. "random": every household takes a dwelling at random among those it can afford and is eligible for (social dwellings let at random among the eligible), so a run shows how much segregation the moves themselves create. "observed" (a city file only, `source`): each area gets the households its data gives, by group exactly, low incomes by its transfer share, placed among its own dwellings; no burn-in, tick 0 is the data.',
  }),
  burnIn: int({
    unit: 'ticks',
    default: 60,
    min: 0,
    max: 600,
    meaning:
      'Ticks run after the settled placement and before the reported tick 0 (policies do not act in them; flows, moves, incomes and rents do). Counters start at tick 0. Ignored for start "random", whose point is tick 0 as placed.',
  }),
  communalPlacesPerQuarter: int({
    unit: 'places',
    default: 30,
    min: 0,
    max: 5000,
    meaning:
      'Places in communal accommodation (Gemeinschaftsunterkunft) in each quarter, one building on an open cell near its centre: where the authority puts asylum seekers under the residence obligation first (then into vacant rental and social dwellings, never owner-occupied homes). Not part of the housing stock (`dwellings`). Assumption: about 1.5 places per 100 dwellings.',
  }),
  communalQuality: num({
    unit: '0-1',
    default: 0.15,
    min: 0,
    max: 1,
    step: 0.05,
    meaning: 'Housing quality of a communal place (assumption: shared rooms and kitchens, below any flat).',
  }),
  dwellings: int({
    unit: 'dwellings',
    default: 20_000,
    min: 500,
    max: 2_000_000,
    step: 1000,
    meaning: 'Number of dwellings in the city (a seminar town has a few thousand, a large city a million).',
  }),
  dwellingsPerQuarter: int({
    unit: 'dwellings',
    default: 2000,
    min: 100,
    max: 100_000,
    meaning:
      'Typical number of dwellings in one quarter (the middle administrative scale, with its own school and image); the city has at least one quarter per housing type used.',
  }),
  quartersPerDistrict: int({
    unit: 'quarters',
    default: 6,
    min: 2,
    max: 100,
    meaning: 'Typical number of quarters grouped into one district (the largest administrative scale).',
  }),
  blockSide: int({
    unit: 'cells',
    default: 3,
    min: 1,
    max: 50,
    meaning:
      'Side of a block (the smallest administrative scale) in raster cells; a block never crosses a quarter border.',
  }),
  builtShare: num({
    unit: 'share',
    default: 0.85,
    min: 0.1,
    max: 1,
    step: 0.05,
    meaning: 'Share of raster cells that hold a building (the rest is open space); sets the raster size.',
  }),
  qualitySpread: num({
    unit: '0-1',
    default: 0.12,
    min: 0,
    max: 0.5,
    step: 0.01,
    meaning: 'Standard deviation of dwelling quality around its type mean.',
  }),
  rentSpread: num({
    unit: 'share',
    default: 0.15,
    min: 0,
    max: 1,
    step: 0.01,
    meaning: 'Relative standard deviation of rents around what type and quality give.',
  }),
  qualityRentEffect: num({
    unit: 'share',
    default: 0.6,
    min: 0,
    max: 3,
    step: 0.1,
    meaning: 'How much quality raises rent: rent x (1 + effect x (quality - mean quality of the type)).',
  }),
  socialRentFactor: num({
    unit: 'share',
    default: 0.6,
    min: 0.1,
    max: 1,
    step: 0.05,
    meaning: 'Rent of a social dwelling as a share of the private rent of the same dwelling.',
  }),
  unitSpread: num({
    unit: '0-1',
    default: 0.1,
    min: 0,
    max: 0.5,
    step: 0.01,
    meaning: 'Standard deviation of school quality and image between quarters of the same type.',
  }),
  ringNoise: num({
    unit: 'share of radius',
    default: 0.15,
    min: 0,
    max: 1,
    step: 0.05,
    meaning:
      'Noise on the distance from the centre when housing types are laid out in rings (0 = perfect rings).',
  }),
  types: record({
    meaning: 'The housing types of the city and their profiles.',
    fields: {
      oldTown: housingType({
        label: 'inner-city old housing: cheap, dense, mostly private rental; the typical arrival quarters',
        share: 0.25,
        ring: 0.15,
        dwellingsPerBuilding: 10,
        socialShare: 0.03,
        ownerShare: 0.1,
        rent: 550,
        quality: 0.35,
        school: 0.4,
        image: 0.35,
        arrival: true,
      }),
      upscale: housingType({
        label: 'upscale quarters: renovated period buildings and villas, expensive',
        share: 0.1,
        ring: 0.35,
        dwellingsPerBuilding: 6,
        socialShare: 0,
        ownerShare: 0.35,
        rent: 1400,
        quality: 0.85,
        school: 0.8,
        image: 0.85,
        arrival: false,
      }),
      estate: housingType({
        label: 'post-war and 1970s large estates with much social housing',
        share: 0.25,
        ring: 0.6,
        dwellingsPerBuilding: 30,
        socialShare: 0.2,
        ownerShare: 0.05,
        rent: 600,
        quality: 0.4,
        school: 0.35,
        image: 0.3,
        arrival: false,
      }),
      suburb: housingType({
        label: 'suburbs of mostly owner-occupied single-family and terraced houses',
        share: 0.3,
        ring: 0.85,
        dwellingsPerBuilding: 2,
        socialShare: 0.01,
        ownerShare: 0.6,
        rent: 1100,
        quality: 0.7,
        school: 0.65,
        image: 0.65,
        arrival: false,
      }),
      village: housingType({
        label: 'old village cores absorbed by the city: small, mixed, modest',
        share: 0.1,
        ring: 0.95,
        dwellingsPerBuilding: 3,
        socialShare: 0.01,
        ownerShare: 0.5,
        rent: 800,
        quality: 0.55,
        school: 0.55,
        image: 0.55,
        arrival: false,
      }),
    },
    check: (v) => {
      const shares = HOUSING_TYPES.map((t) => v[t].share);
      return sumToOneProblem('oldTown.share', v.oldTown.share, shares, 'shares of the housing types');
    },
  }),
} as const;

export const cityLayoutSpec = record({
  fields: cityFields,
  meaning: 'The synthetic city: dwellings, buildings, blocks, quarters, districts and housing types.',
  check: (v) => {
    const problems: Problem[] = [];
    if (v.start === 'observed' && v.source === '') {
      problems.push({
        path: 'start',
        value: v.start,
        allowed: '"settled" or "random" without a city file; "observed" needs city.source',
      });
    }
    if (v.source !== '' && v.boundaries === '') {
      problems.push({
        path: 'boundaries',
        value: v.boundaries,
        allowed: 'the GeoJSON of the areas named in city.source',
      });
    }
    const quarters = Math.round(v.dwellings / v.dwellingsPerQuarter);
    if (quarters > 20_000) {
      problems.push({
        path: 'dwellingsPerQuarter',
        value: v.dwellingsPerQuarter,
        allowed: `at least ${Math.ceil(v.dwellings / 20_000)} (at most 20,000 quarters)`,
      });
    }
    return problems;
  },
});

export type CityLayoutParams = Values<typeof cityFields>;
export type HousingTypeParams = CityLayoutParams['types'][HousingType];
