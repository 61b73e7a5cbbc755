import { CityModel } from '../../sim/city/model.ts';
import type { CityPolicy } from '../../sim/city/policy-hooks.ts';
import { Digest } from '../../sim/digest.ts';
import { cityPolicies } from '../../sim/policies/build.ts';
import { loadScenario } from '../../sim/scenario/resolve.ts';
import type { Scenario } from '../../sim/scenario/spec.ts';

export const SEEDS = [1, 2, 3, 4];

/** A small city (3,000 dwellings in about 10 quarters) with the given policies, as written in a file. */
export function policyScenario(
  policies: Record<string, unknown>[],
  sections: Record<string, unknown> = {},
): Scenario {
  return loadScenario({
    mode: 'city',
    ticks: 120,
    city: { dwellings: 3000, dwellingsPerQuarter: 300 },
    measures: { every: 0 },
    outcomes: { every: 0 },
    policies,
    ...sections,
  });
}

/** The city model of a scenario with its policies (and any extra observer policies after them). */
export function cityModel(scenario: Scenario, seed: number, extra: CityPolicy[] = []): CityModel {
  return new CityModel(scenario, seed, undefined, [...cityPolicies(scenario), ...extra]);
}

/** Run `ticks` ticks, calling `each` after every tick. */
export function runFor(model: CityModel, ticks: number, each?: (m: CityModel) => void): CityModel {
  for (let t = 0; t < ticks; t++) {
    model.step();
    each?.(model);
  }
  return model;
}

/** Sum over the run of every metric whose name starts with `prefix`. */
export function summed(model: CityModel, ticks: number, prefix: string): number {
  let sum = 0;
  runFor(model, ticks, (m) => {
    for (const [k, v] of Object.entries(m.metrics())) if (k.startsWith(prefix)) sum += v;
  });
  return sum;
}

/**
 * Digest of what the households and quarters are (households, occupants, vacancies, rents, schools,
 * images) and of the engine's own refusal counts: everything but the refusal counts of the
 * policies' own reasons, which exist only when a policy is listed.
 */
export function stateDigest(model: CityModel): string {
  const s = model.state;
  const d = new Digest().number(s.tick);
  for (const [k, a] of Object.entries(s.hh.arrays())) d.text(k).array(a);
  d.array(s.occupant).array(s.rentIndex).array(s.school).array(s.image);
  d.array(s.vacancies.items.subarray(0, s.vacancies.size));
  d.array(s.refusals.subarray(0, 3 * s.groups));
  d.array(s.layout.segment).array(s.layout.baseRent);
  return d.hex();
}

export const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
