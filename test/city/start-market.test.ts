import { describe, expect, it } from 'vitest';
import { COMMUNAL, OWNER } from '../../sim/city/generate.ts';
import { LEGAL_OBLIGATION } from '../../sim/city/households.ts';
import { CityModel } from '../../sim/city/model.ts';
import { HOUSING_TYPES } from '../../sim/city/params-city.ts';
import { createSimulation } from '../../sim/index.ts';
import { ScenarioError } from '../../sim/scenario/resolve.ts';
import { cityScenario } from './helpers.ts';

const SEEDS = [1, 2, 3];
/** A town of 5,000 dwellings in 10 quarters, like the seminar town. */
const town = (sections: Record<string, Record<string, unknown>> = {}, ticks = 48) =>
  cityScenario(
    { ...sections, city: { dwellings: 5000, dwellingsPerQuarter: 500, ...sections['city'] } },
    ticks,
  );

function series(scenario: ReturnType<typeof town>, seed: number, keys: readonly string[]) {
  const sim = createSimulation(scenario, seed);
  const out: Record<string, number[]> = Object.fromEntries(keys.map((k) => [k, [sim.metrics()[k]!]]));
  for (let t = 0; t < scenario.ticks; t++) {
    sim.advance(1);
    const m = sim.metrics();
    for (const k of keys) out[k]!.push(m[k]!);
  }
  return out;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('how the city starts', () => {
  it('from the random start, D(origin, quarter) rises during the run (every seed; by 0.02 on average)', () => {
    const rises = SEEDS.map((seed) => {
      const d = series(town({ city: { start: 'random' } }, 96), seed, ['D.origin.quarter'])[
        'D.origin.quarter'
      ]!;
      return d.at(-1)! - d[0]!;
    });
    for (const rise of rises) expect(rise).toBeGreaterThan(0);
    expect(mean(rises)).toBeGreaterThan(0.02);
  });

  it('from the random start, preferences set the change during the run, not the level at tick 0', () => {
    const change = (ownOriginWeight: number, seed: number) => {
      const scenario = town({ city: { start: 'random' }, behaviour: { ownOriginWeight } }, 96);
      const d = series(scenario, seed, ['D.origin.quarter'])['D.origin.quarter']!;
      return { start: d[0]!, change: d.at(-1)! - d[0]! };
    };
    const gaps: number[] = [];
    for (const seed of SEEDS) {
      const weak = change(0, seed);
      const strong = change(4, seed);
      // The placement reads no preference: the same households in the same dwellings.
      expect(strong.start).toBe(weak.start);
      expect(strong.change).toBeGreaterThan(weak.change);
      gaps.push(strong.change - weak.change);
    }
    expect(mean(gaps)).toBeGreaterThan(0.01);
  });

  it('a settled start reports tick 0 after its burn-in: nothing counted yet, nobody moved, newcomers none', () => {
    const m = new CityModel(town({ city: { burnIn: 24 } }), 1);
    const x = m.metrics();
    expect(m.tick).toBe(0);
    expect([x['arrivalsTotal'], x['departuresTotal'], x['populationChange'], x['newcomers']]).toEqual([
      0, 0, 0, 0,
    ]);
    const { hh } = m.state;
    for (let h = 0; h < hh.highWater; h++) {
      if (hh.status[h] === 0) continue;
      expect(hh.lastMoveTick[h]).toBe(-1);
      expect(hh.arrivalTick[h]).toBeLessThanOrEqual(0);
    }
  });

  it('the burn-in runs the city on: a settled start differs from its bare placement', () => {
    const bare = new CityModel(town({ city: { burnIn: 0 } }), 5);
    const settled = new CityModel(town({ city: { burnIn: 12 } }), 5);
    expect(settled.digest()).not.toBe(bare.digest());
    expect(settled.state.population0).not.toBe(bare.state.population0);
  });

  it('refuses a random start whose households do not fit the stock, naming city.start', () => {
    const poor = town({
      city: { start: 'random' },
      behaviour: { maxRentBurden: 0.1, transferIncome: 0 },
    });
    let error: unknown;
    try {
      new CityModel(poor, 1);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as ScenarioError).problems[0]!.path).toBe('city.start');
    expect(String((error as Error).message)).toMatch(/find no vacancy they can afford and are eligible for/);
  });

  it('refuses asylum arrivals without communal places, and a burn-in beyond its range, before the run', () => {
    expect(() => town({ city: { communalPlacesPerQuarter: 0 } })).toThrow(
      /city\.communalPlacesPerQuarter: 0: at least 1 while households\.groups\[3\] \(refugee\) brings asylum seekers/,
    );
    expect(() => town({ city: { burnIn: 601 } })).toThrow(/city\.burnIn: 601: a whole number from 0 to 600/);
  });
});

describe('the housing market', () => {
  it('never places a household under the residence obligation in an owner-occupied home, with or without dispersal', () => {
    for (const policies of [[], [{ type: 'asylum', placement: 'dispersed' }]]) {
      const m = new CityModel(town({ policies } as never, 24), 2);
      for (let t = 0; t <= 24; t++) {
        const { hh, layout } = m.state;
        let underObligation = 0;
        for (let h = 0; h < hh.highWater; h++) {
          if (hh.legal[h] !== LEGAL_OBLIGATION || hh.dwelling[h]! < 0) continue;
          underObligation++;
          expect(layout.segment[hh.dwelling[h]!]).not.toBe(OWNER);
        }
        expect(underObligation).toBeGreaterThan(0);
        m.step();
      }
    }
  });

  it('puts asylum seekers into communal places first', () => {
    const m = new CityModel(town({}, 12), 3);
    for (let t = 0; t < 12; t++) m.step();
    const { hh, layout } = m.state;
    let communal = 0;
    let under = 0;
    for (let h = 0; h < hh.highWater; h++) {
      if (hh.legal[h] !== LEGAL_OBLIGATION || hh.dwelling[h]! < 0) continue;
      under++;
      if (layout.segment[hh.dwelling[h]!] === COMMUNAL) communal++;
    }
    expect(communal / under).toBeGreaterThan(0.5);
  });

  it('owner-occupied prices respond to their own vacancy: prices fall where too many homes stand empty', () => {
    // Owners need 2 x the usual price-to-income: many owner homes stay empty, so prices fall.
    const m = new CityModel(town({ behaviour: { maxPriceToIncome: 4, rentTrend: 0 } }, 36), 1);
    for (let t = 0; t < 36; t++) m.step();
    const x = m.metrics();
    expect(x['vacancy.owner']!).toBeGreaterThan(x['vacancy.privateRent']!);
    expect(mean(Array.from(m.state.priceIndex))).toBeLessThan(0.95);
  });

  it('social housing, let from the waiting list, stands empty less than private rental (mean over the run, every seed)', () => {
    for (const seed of SEEDS) {
      const x = series(town({}, 36), seed, ['vacancy.social', 'vacancy.privateRent']);
      expect(mean(x['vacancy.social']!)).toBeLessThan(mean(x['vacancy.privateRent']!));
    }
  });

  it('rents and prices rise with the rent trend, on top of their response to vacancy', () => {
    const indices = (rentTrend: number) => {
      const m = new CityModel(town({ behaviour: { rentTrend } }, 36), 1);
      for (let t = 0; t < 36; t++) m.step();
      return [mean(Array.from(m.state.rentIndex)), mean(Array.from(m.state.priceIndex))];
    };
    const [rentFlat, priceFlat] = indices(0);
    const [rentRising, priceRising] = indices(0.05);
    expect(rentRising! / rentFlat!).toBeGreaterThan(1.05);
    expect(priceRising! / priceFlat!).toBeGreaterThan(1.05);
  });
});

describe('stylised facts (seeded, tolerant)', () => {
  it('about 8.5-10.5 % of rented dwellings change tenants a year, as Techem reports for German cities', () => {
    const turnover = SEEDS.map((seed) =>
      mean(series(town({}, 36), seed, ['rentalTurnover'])['rentalTurnover']!.slice(1)),
    );
    expect(mean(turnover)).toBeGreaterThan(0.085);
    expect(mean(turnover)).toBeLessThan(0.105);
  });

  // Berlin's moves in and out per 100 residents a year are highest in the inner-city arrival
  // quarters (Monitoring Soziale Stadtentwicklung 2021). A city of 60 quarters, mean over the seeds:
  // on the seminar town's 10 quarters the types' turnovers differ by seed more than between types.
  // The margin over the estates is small (about 0.01 a year) and holds while the old town is the
  // cheapest housing (sim/city/README.md, Calibration).
  it('the arrival quarters turn over faster than every other type of quarter (mean over seeds)', () => {
    const byType = HOUSING_TYPES.map(() => ({ sum: 0, n: 0 }));
    for (const seed of SEEDS) {
      const m = new CityModel(
        cityScenario({ city: { dwellings: 30_000, dwellingsPerQuarter: 500 } }, 24),
        seed,
      );
      for (let t = 0; t < 24; t++) m.step();
      const layer = m.view().layers['turnover']!;
      if (layer.kind !== 'continuous') throw new Error('turnover is a continuous layer');
      const { layout } = m.state;
      for (let c = 0; c < layer.values.length; c++) {
        const v = layer.values[c]!;
        if (Number.isNaN(v)) continue;
        const t = byType[layout.quarterType[layout.quarters.unitOfCell[c]!]!]!;
        t.sum += v;
        t.n++;
      }
    }
    const means = byType.map((t) => (t.n > 0 ? t.sum / t.n : 0));
    const oldTown = means[HOUSING_TYPES.indexOf('oldTown')]!;
    for (const other of ['upscale', 'estate', 'suburb', 'village'] as const) {
      expect(oldTown).toBeGreaterThan(means[HOUSING_TYPES.indexOf(other)]!);
    }
  });
});
