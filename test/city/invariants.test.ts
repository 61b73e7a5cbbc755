import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../sim/city/invariants.ts';
import { CityModel } from '../../sim/city/model.ts';
import type { CityPolicy } from '../../sim/city/policy-hooks.ts';
import type { Scenario } from '../../sim/scenario/spec.ts';
import { cityScenario, groupsWith } from './helpers.ts';

/** Run with the invariants checked after every tick; also returns each metric summed over the ticks. */
function runChecked(
  scenario: Scenario,
  seed: number,
  ticks: number,
  policies: CityPolicy[] = [],
): { model: CityModel; sums: Record<string, number> } {
  const model = new CityModel(scenario, seed, undefined, policies);
  expect(checkInvariants(model)).toEqual([]);
  const sums: Record<string, number> = {};
  for (let t = 0; t < ticks; t++) {
    model.step();
    const problems = checkInvariants(model);
    if (problems.length > 0) throw new Error(`seed ${seed}, tick ${model.tick}:\n${problems.join('\n')}`);
    for (const [k, v] of Object.entries(model.metrics())) sums[k] = (sums[k] ?? 0) + v;
  }
  return { model, sums };
}

/** A market under stress: full at the start, many arrivals, rents that rise fast, much discrimination. */
const tight = cityScenario(
  {
    households: {
      occupancy: 1,
      groups: groupsWith({
        native: { arrivals: 6, leaveRate: 0.006 },
        refugee: { arrivals: 3, asylumShare: 1, discrimination: 0.8, leaveRate: 0.01 },
      }),
      obligationMonths: 6,
    },
    behaviour: { rentSpeed: 0.05, displacementBurden: 0.35, displacementRate: 0.5, maxSearchTicks: 2 },
  },
  30,
);

describe('city model invariants', () => {
  it.each([1, 2, 3])('hold after every tick of the default small city (seed %i)', (seed) => {
    const { model } = runChecked(cityScenario({}, 30), seed, 30);
    const x = model.metrics();
    expect(x['moves']).toBeGreaterThan(0);
    expect(x['arrivalsTotal']).toBeGreaterThan(0);
    expect(x['departuresTotal']).toBeGreaterThan(0);
  });

  it.each([4, 5])('hold in a tight market with displacement and unhoused households (seed %i)', (seed) => {
    const { model, sums } = runChecked(tight, seed, 30);
    const x = model.metrics();
    expect(x['unhoused']).toBeGreaterThan(0);
    expect(x['population']).toBe(x['housed']! + x['unhoused']!);
    expect(sums['displacements']).toBeGreaterThan(0);
    expect(sums['becameUnhoused']).toBeGreaterThan(0);
    expect(sums['authorityPlacements']).toBeGreaterThan(0);
    expect(sums['secondaryMoves']).toBeGreaterThan(0);
  });

  it('hold with the threshold choice rule', () => {
    runChecked(cityScenario({ behaviour: { choice: 'threshold', ownShareThreshold: 0.5 } }, 20), 6, 20);
  });

  it('hold when arrivals exceed the household slots: the surplus is counted as not admitted, never dropped silently', () => {
    // One tick passes the check (3,600 households for 3,000 dwellings); running on overflows the slots.
    const none = { arrivals: 0, leaveRate: 0 };
    const flood = cityScenario(
      {
        // No burn-in: its 60 ticks would flood the slots before tick 0, and the unhoused leave again.
        city: { burnIn: 0 },
        households: {
          occupancy: 1,
          groups: groupsWith({
            native: { arrivals: 200, leaveRate: 0 },
            eu: none,
            established: none,
            refugee: none,
          }),
        },
      },
      1,
    );
    const { model, sums } = runChecked(flood, 7, 4);
    expect(sums['notAdmitted']).toBeGreaterThan(0);
    expect(model.state.hh.freeCount).toBe(0);
  });

  it('let a policy hook refuse dwellings: refusals are counted under its reason and group, and the group never moves into refused dwellings', () => {
    // Without asylum seekers: the authority places those without asking landlords or policies.
    const scenario = cityScenario(
      { households: { groups: groupsWith({ refugee: { asylumShare: 0 } }) } },
      12,
    );
    const refugee = scenario.households.groups.findIndex((g) => g.name === 'refugee');
    const banned: CityPolicy = {
      name: 'test ban on private rental for one group',
      reasons: ['testBan'],
      refuse: (city, h, d) => (city.hh.origin[h] === refugee && city.layout.segment[d] === 1 ? 1 : 0),
    };
    const { model: m, sums } = runChecked(scenario, 8, 12, [banned]);
    expect(sums['refusals.testBan.refugee']).toBeGreaterThan(0);
    expect(sums['refusals.testBan.native']).toBe(0);
    const { hh } = m.state;
    for (let h = 0; h < hh.highWater; h++) {
      if (hh.status[h] === 1 && hh.origin[h] === refugee && hh.lastMoveTick[h]! > 0) {
        expect(m.state.layout.segment[hh.dwelling[h]!]).not.toBe(1);
      }
    }
  });

  it('keep every copy in step when a policy converts dwellings to social housing through setDwellingHousing', () => {
    const convert: CityPolicy = {
      name: 'test conversion of the first 300 dwellings at tick 3',
      reasons: [],
      beforeTick: (city) => {
        if (city.tick !== 3) return;
        for (let d = 0; d < 300; d++) city.setDwellingHousing(d, 0, city.layout.baseRent[d]! * 0.5);
      },
    };
    const { model } = runChecked(cityScenario({}, 6), 9, 6, [convert]);
    const s = model.state;
    for (let d = 0; d < 300; d++) {
      expect(s.layout.segment[d]).toBe(0);
      const h = s.occupant[d]!;
      if (h >= 0) expect(s.housingCost(h)).toBe(s.rent(d));
    }
  });
});
