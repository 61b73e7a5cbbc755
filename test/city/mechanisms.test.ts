/**
 * Each mechanism moves outcomes the right way against the same seed without it (common random
 * numbers), for several seeds.
 */
import { describe, expect, it } from 'vitest';
import { CityModel } from '../../sim/city/model.ts';
import { shuffleInPlace, stream } from '../../sim/rng.ts';
import type { Scenario } from '../../sim/scenario/spec.ts';
import { blockDissimilarity, cityScenario, groupsWith, housedOrigins } from './helpers.ts';

const SEEDS = [1, 2, 3];

function run(scenario: Scenario, seed: number, ticks: number): CityModel {
  const m = new CityModel(scenario, seed);
  for (let t = 0; t < ticks; t++) m.step();
  return m;
}

/** Mean of a metric over the last `last` ticks of a run. */
function meanOver(scenario: Scenario, seed: number, ticks: number, last: number, key: string): number {
  const m = new CityModel(scenario, seed);
  let sum = 0;
  for (let t = 0; t < ticks; t++) {
    m.step();
    if (t >= ticks - last) sum += m.metrics()[key]!;
  }
  return sum / last;
}

/** Mean block dissimilarity of each origin group against the rest. */
function originSegregation(m: CityModel, origins?: Uint8Array): number {
  let sum = 0;
  for (let g = 0; g < m.state.groups; g++) sum += blockDissimilarity(m, g, origins);
  return sum / m.state.groups;
}

/** The same, with the housed households' origins shuffled over the same dwellings (seeded). */
function randomBaseline(m: CityModel, seed: number): number {
  const origins = housedOrigins(m);
  const order = new Int32Array(origins.length).map((_, i) => i);
  const rng = stream(seed, 'test/random-baseline');
  let sum = 0;
  const reps = 5;
  for (let r = 0; r < reps; r++) {
    shuffleInPlace(rng, order);
    sum += originSegregation(
      m,
      Uint8Array.from(order, (i) => origins[i]!),
    );
  }
  return sum / reps;
}

const noPreferences = {
  priceWeight: 0,
  qualityWeight: 0,
  ownOriginWeight: 0,
  statusWeight: 0,
  milieuWeight: 0,
  kinWeight: 0,
  schoolWeight: 0,
  imageWeight: 0,
};
const noConstraints = { maxRentBurden: 100, socialIncomeLimit: 1_000_000, maxPriceToIncome: 100 };
const noDiscrimination = groupsWith({
  eu: { discrimination: 0 },
  established: { discrimination: 0 },
  // No asylum seekers: the authority's communal accommodation concentrates them by design.
  refugee: { discrimination: 0, asylumShare: 0 },
});

describe('city model mechanisms', () => {
  it('stronger own-origin preference raises segregation by origin (every seed)', () => {
    for (const seed of SEEDS) {
      const weak = run(cityScenario({ behaviour: { ownOriginWeight: 0 } }), seed, 24);
      const strong = run(cityScenario({ behaviour: { ownOriginWeight: 4 } }), seed, 24);
      expect(originSegregation(strong)).toBeGreaterThan(originSegregation(weak) + 0.02);
    }
  });

  it('with all preferences off and no constraints, segregation by origin stays near the random baseline', () => {
    let observed = 0;
    let baseline = 0;
    for (const seed of SEEDS) {
      const m = run(
        cityScenario({
          behaviour: { ...noPreferences, ...noConstraints },
          households: { groups: noDiscrimination },
        }),
        seed,
        24,
      );
      observed += originSegregation(m);
      baseline += randomBaseline(m, seed);
    }
    observed /= SEEDS.length;
    baseline /= SEEDS.length;
    expect(Math.abs(observed - baseline)).toBeLessThan(0.02);
    // ... while the default preferences and constraints sort the same city well above it.
    const sorted = run(cityScenario({ behaviour: { ownOriginWeight: 3 } }), 1, 24);
    expect(originSegregation(sorted)).toBeGreaterThan(randomBaseline(sorted, 1) + 0.05);
  });

  it('landlord discrimination against a group lowers its share in private rental (every seed)', () => {
    for (const seed of SEEDS) {
      // Without asylum seekers: the authority's placements bypass landlords.
      const fair = cityScenario({
        households: { groups: groupsWith({ refugee: { discrimination: 0, asylumShare: 0 } }) },
      });
      const unfair = cityScenario({
        households: { groups: groupsWith({ refugee: { discrimination: 0.9, asylumShare: 0 } }) },
      });
      const a = meanOver(fair, seed, 12, 1, 'tenure.privateRent.refugee');
      const b = meanOver(unfair, seed, 12, 1, 'tenure.privateRent.refugee');
      // Weaker than before social housing shrank to 6 % of the stock: with few alternatives the
      // refused search longer rather than elsewhere.
      expect(b).toBeLessThan(a - 0.02);
    }
  });

  it("faster learning of language and skills raises newcomers' income gain (every seed)", () => {
    for (const seed of SEEDS) {
      const base = cityScenario({ behaviour: { skillLearning: 0.002 } }, 36);
      const springboard = cityScenario({ behaviour: { skillLearning: 0.03 } }, 36);
      const a = meanOver(base, seed, 36, 6, 'newcomerIncomeGain');
      const b = meanOver(springboard, seed, 36, 6, 'newcomerIncomeGain');
      expect(b).toBeGreaterThan(a);
    }
  });

  it('concentrated poverty lowers upward mobility: the trap parameter lowers income rises (every seed)', () => {
    for (const seed of SEEDS) {
      const none = meanOver(cityScenario({ behaviour: { povertyTrap: 0 } }, 12), seed, 12, 12, 'incomeRises');
      const trap = meanOver(cityScenario({ behaviour: { povertyTrap: 1 } }, 12), seed, 12, 12, 'incomeRises');
      expect(trap).toBeLessThan(none);
    }
  });

  // From the city as built: after a burn-in under each limit the two cities differ before the first
  // reported tick (under the tight limit households have already sorted into what they can afford).
  it('a tighter affordability limit raises refusals for affordability (every seed)', () => {
    for (const seed of SEEDS) {
      const loose = meanOver(
        cityScenario({ city: { burnIn: 0 }, behaviour: { maxRentBurden: 0.6 } }, 6),
        seed,
        6,
        6,
        'refusals.affordability.native',
      );
      const tight = meanOver(
        cityScenario({ city: { burnIn: 0 }, behaviour: { maxRentBurden: 0.3 } }, 6),
        seed,
        6,
        6,
        'refusals.affordability.native',
      );
      expect(tight).toBeGreaterThan(loose);
    }
  });

  it('the threshold choice with a demanding own-share threshold segregates more than with none (every seed)', () => {
    for (const seed of SEEDS) {
      const none = run(cityScenario({ behaviour: { choice: 'threshold', ownShareThreshold: 0 } }), seed, 24);
      const strict = run(
        cityScenario({ behaviour: { choice: 'threshold', ownShareThreshold: 0.6 } }),
        seed,
        24,
      );
      expect(originSegregation(strict)).toBeGreaterThan(originSegregation(none) + 0.1);
    }
  });
});
